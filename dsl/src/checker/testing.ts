import { parseDocument } from '../parser/parse';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { checkDocument } from './check';

// Support for the checker's specs (no test framework here, so it type-checks with the sources):
// diagnostics as the highlighted text, `{ code: 'YS104', at: 'csta' }`, and fixture builders.

export interface Found {
  readonly code: string;
  /** the source text the diagnostic highlights */
  readonly at: string;
  readonly suggestion?: string;
}

/** Parse and check; syntax diagnostics are included so a broken fixture shows up in the failure. */
export function checkSource(source: string): Diagnostic[] {
  const parsed = parseDocument(source);
  if (!parsed.value) return [...parsed.diagnostics];
  return [...parsed.diagnostics, ...checkDocument(parsed.value).diagnostics];
}

const found = (source: string, d: Diagnostic): Found => ({
  code: d.code, at: source.slice(d.span.start.offset, d.span.end.offset), ...(d.suggestion ? { suggestion: d.suggestion } : {}),
});

/** Every diagnostic, errors and warnings. */
export const diagnosticsAt = (source: string): Found[] => checkSource(source).map((d) => found(source, d));

/** Errors only: for fixtures where unweighted kpis and the like would add warnings. */
export const errorsAt = (source: string): Found[] =>
  checkSource(source).filter((d) => d.severity === 'error').map((d) => found(source, d));

/**
 * A complete, clean scorecard around `body`: a metric `handled`, a kpi `base` weighted 100% by the
 * default profile, so a fixture shows only the problems of its own lines.
 */
export function scorecardWith(body: string, options: { subject?: string; name?: string } = {}): string {
  const subject = options.subject ? `  subject ${options.subject}\n` : '';
  return `scorecard ${options.name ?? 'frontline'} {\n${subject}  metric handled = count()\n  kpi base = handled\n${body}\n`
    + '  profile normal default { base: 100% }\n}\n';
}
