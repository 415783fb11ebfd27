// The façade of the scorecard language. No function here throws on user input: each returns
// `{ value?, diagnostics }`, and a value is present whenever the stage could produce one.
import type { Document } from './ast/nodes';
import type { CheckedDocument } from './checker/model';
import { checkDocument } from './checker/check';
import { compileDocument } from './compile/compile';
import type { CompiledDocument } from './compile/types';
import { hasErrors, type Diagnostic, type Result } from './diagnostics/diagnostic';
import { formatDocument } from './format/format';
import { parseDocument } from './parser/parse';

export type * from './ast/nodes';
export type * from './compile/types';
export type * from './checker/model';
export type { Diagnostic, Result, Severity } from './diagnostics/diagnostic';
export { hasErrors } from './diagnostics/diagnostic';
export { CATALOGUE, type DiagnosticCode } from './diagnostics/catalogue';
export { BUILTIN_FIELDS, AGENT_ATTRIBUTES, RESERVED_WORDS } from './fields';
export { eq12, cmp12, roundHalfAway, safeDiv } from './runtime/numbers';

/** Source text to a syntax tree. The tree is always present (possibly with error nodes) unless a limit was exceeded. */
export function parse(source: string): Result<Document> {
  return parseDocument(source);
}

/** Parse and check: names, scopes, units, cycles, profiles, tiers, targets. */
export function check(source: string): Result<CheckedDocument> {
  const parsed = parseDocument(source);
  if (!parsed.value) return parsed as Result<never>;
  const checked = checkDocument(parsed.value);
  return { value: checked.value, diagnostics: sortDiagnostics([...parsed.diagnostics, ...checked.diagnostics]) };
}

/** The canonical layout of a source, comments kept. No value when the source has syntax errors. */
export function format(source: string): Result<string> {
  const parsed = parseDocument(source);
  if (!parsed.value || hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  return { value: formatDocument(parsed.value, source), diagnostics: parsed.diagnostics };
}

/** Check and compile to executable functions. No value when there is any error. */
export function compile(source: string): Result<CompiledDocument> {
  const checked = check(source);
  if (!checked.value || hasErrors(checked.diagnostics)) return { diagnostics: checked.diagnostics };
  return { value: compileDocument(checked.value), diagnostics: checked.diagnostics };
}

/** `file:line:col: error YS104 message`, the form compilers and editors understand. */
export function formatDiagnostic(d: Diagnostic, file: string, lang: 'en' | 'zh' = 'en'): string {
  const text = lang === 'zh' ? d.messageZh : d.message;
  return `${file}:${d.span.start.line}:${d.span.start.column}: ${d.severity} ${d.code} ${text}`;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.span.start.offset - b.span.start.offset || a.code.localeCompare(b.code));
}

export { compileExpression, type CompiledExpression, type ExpressionInputs } from './compile/expression';
export {
  completions, completionRange, hover, semanticTokens, tokenize,
  type CompletionItem, type CompletionKind, type Hover, type SemanticToken, type HighlightToken, type Lang,
} from './service';
export { stripSpans, astEqual } from './format';
/** For the engine's streaming scorer: every aggregate of a record in one generated call (see compile/codegen-accumulate.ts). */
export {
  compileAccumulate, feedsRecords, ACC_STRIDE, ACC_N, ACC_MIN, ACC_MAX, ACC_USED, ACC_SUM,
  type AccumulateStep, type AccumulateLists, type AccumulatePlan, type AccumulateRuntime,
} from './compile/codegen-accumulate';
export * from './compile/sql';
export * from './edit';
