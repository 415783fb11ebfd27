import type { CheckedDocument } from '../checker/model';
import { compileCompensation } from './compensation';
import { compileScorecard } from './scorecard';
import type { CompiledDocument, CompiledScorecard } from './types';

// The compiler's entry point: a checked document (no errors) → plain functions for the engine.
// Scorecards go to JavaScript functions (codegen.ts), compensations to exact decimal evaluation
// (compensation.ts); explanations run the reference interpreter (interpret.ts).

export function compileDocument(checked: CheckedDocument): CompiledDocument {
  const scorecards = checked.scorecards.map(compileScorecard);
  const byKey = new Map<string, CompiledScorecard>(scorecards.map((s) => [s.key, s]));
  const compensations = checked.compensations.map((c) => compileCompensation(c, byKey.get(c.scorecard)));
  return { scorecards, compensations };
}
