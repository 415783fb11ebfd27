import type { Document, Span } from '../ast/nodes';
import { diagnostic } from '../diagnostics/catalogue';
import type { Diagnostic, Result } from '../diagnostics/diagnostic';
import type { CheckRule, DocumentAnalysis, RuleContext } from './analysis';
import { analyzeDocument } from './analyze';
import { compensationModel, scorecardModel } from './build-model';
import type { CheckedDocument } from './model';
import { RULES } from './rules';
import { hintFor } from './suggest';

// The checker: shared passes (analyze.ts) learn what every name and expression means, then each rule
// of the registry reports its kind of problem. Error nodes from the parser are skipped silently.

const context: RuleContext = { hint: hintFor };

export function checkDocument(doc: Document): Result<CheckedDocument> {
  let analysis: DocumentAnalysis;
  let value: CheckedDocument;
  try {
    analysis = analyzeDocument(doc);
    const scorecards = analysis.scorecards.map(scorecardModel);
    value = { document: doc, scorecards, compensations: analysis.compensations.map((c) => compensationModel(c, scorecards)) };
  } catch (e) {
    return { diagnostics: [internalError(doc, e)] };
  }
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) diagnostics.push(...runRule(rule, analysis, doc));
  diagnostics.sort((a, b) => a.span.start.offset - b.span.start.offset || a.code.localeCompare(b.code));
  return { value, diagnostics };
}

/** A bug of ours, never the user's: one rule failing still leaves every other rule's findings. */
function runRule(rule: CheckRule, analysis: DocumentAnalysis, doc: Document): Diagnostic[] {
  try {
    return rule.check(analysis, context);
  } catch (e) {
    return [internalError(doc, e, rule.id)];
  }
}

function internalError(doc: Document, e: unknown, rule?: string): Diagnostic {
  const reason = `${rule ? `${rule}: ` : ''}${e instanceof Error ? e.message : String(e)}`;
  const at: Span = { start: doc.span.start, end: doc.span.start };
  return diagnostic('YS199', at, { reason });
}
