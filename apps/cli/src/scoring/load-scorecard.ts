import { compile, hasErrors, type CompiledScorecard } from '@yardstick/dsl';
import { readTextFile } from '../io/source-file';
import { renderDiagnostics } from '../output/diagnostics';
import type { Lang } from '../usage/args';
import { CliError, EXIT, usageError } from '../usage/cli-error';

/**
 * Compiles FILE.kpi and picks the scorecard to score. Diagnostics go to stderr (warnings too, since they
 * often explain a surprising score); any error stops the command with exit code 1.
 */
export function loadScorecard(
  path: string, display: string, key: string | undefined, lang: Lang, err: (text: string) => void,
): CompiledScorecard {
  const result = compile(readTextFile(path, display));
  err(renderDiagnostics(result.diagnostics, display, lang));
  if (!result.value || hasErrors(result.diagnostics)) {
    throw new CliError(`${display} has errors; nothing was scored (see \`yardstick check ${display}\`)`, EXIT.problems);
  }
  const scorecards = result.value.scorecards;
  if (key !== undefined) {
    const found = scorecards.find((s) => s.key === key);
    if (!found) throw usageError(`--scorecard ${key}: ${display} has no scorecard \`${key}\` (it has ${keysOf(scorecards)})`);
    return found;
  }
  if (scorecards.length === 0) throw usageError(`${display} has no scorecard to score`);
  if (scorecards.length > 1) {
    throw usageError(`${display} holds several scorecards (${keysOf(scorecards)}): choose one with --scorecard KEY`);
  }
  return scorecards[0];
}

const keysOf = (scorecards: readonly CompiledScorecard[]): string => scorecards.map((s) => s.key).join(', ') || 'none';
