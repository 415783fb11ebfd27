import type { Document, ScorecardDecl } from '../ast/nodes';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic';
import { formatDocument } from '../format/format';
import { tokenize, type HighlightToken } from '../lexer/lexer';
import { parseDocument } from '../parser/parse';
import { firstScorecard } from './read-tables';

// How a table edit becomes source text: find the node in the language's parse tree, replace exactly its span
// (so everything around it — comments, other items — stays as written), then run the language's own formatter
// over the result. Pure functions; each returns the new source or why it could not.

export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

export type EditFailure =
  /** the source does not parse: the tables are read-only until the text is fixed */
  | { ok: false; reason: 'syntax'; diagnostics: readonly Diagnostic[] }
  | { ok: false; reason: 'no-scorecard' | 'unknown-profile' | 'unknown-target' | 'invalid-value'; detail?: string };

export type EditResult = { ok: true; source: string } | EditFailure;

/** The parsed document and its first scorecard, or the failure the edit functions answer with. */
export function parseForEdit(source: string): { doc: Document; scorecard: ScorecardDecl } | EditFailure {
  const parsed = parseDocument(source);
  if (!parsed.value || hasErrors(parsed.diagnostics)) return { ok: false, reason: 'syntax', diagnostics: parsed.diagnostics };
  const scorecard = firstScorecard(parsed.value.blocks);
  return scorecard ? { doc: parsed.value, scorecard } : { ok: false, reason: 'no-scorecard' };
}

/** Applies non-overlapping edits (any order) to `source`. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.from - a.from);
  let text = source;
  for (const edit of sorted) text = text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
  return text;
}

/**
 * The edited source through the formatter. An edit that breaks the syntax (it never should: callers validate
 * what they splice) is refused rather than handed back half-broken.
 */
export function applyAndFormat(source: string, edits: readonly TextEdit[]): EditResult {
  const edited = applyEdits(source, edits);
  const formatted = formatSource(edited);
  if (formatted.value === undefined) return { ok: false, reason: 'syntax', diagnostics: formatted.diagnostics };
  return { ok: true, source: formatted.value };
}

/** The tokens the parser reads (no comments), with offsets: to find commas and braces around a node. */
export interface CodeToken {
  text: string;
  from: number;
  to: number;
}

export function codeTokens(source: string): CodeToken[] {
  return tokenize(source).filter((t: HighlightToken) => t.category !== 'comment')
    .map((t) => ({ text: t.text, from: t.span.start.offset, to: t.span.end.offset }));
}

/** The first comment token starting on the same line after `offset` (a trailing comment), if any. */
export function trailingCommentEnd(source: string, offset: number): number | null {
  const lineEnd = source.indexOf('\n', offset);
  const end = lineEnd < 0 ? source.length : lineEnd;
  const comment = tokenize(source).find((t) => t.category === 'comment' && t.span.start.offset >= offset && t.span.start.offset < end);
  if (!comment) return null;
  // only when nothing but blanks separates the code from its comment
  return source.slice(offset, comment.span.start.offset).trim() === '' ? comment.span.end.offset : null;
}

/** Number text without binary artefacts or exponent: 12.5, 0.1, 33.3333333333. */
export function numberText(value: number): string {
  const tidy = Number(value.toPrecision(12));
  return Number.isInteger(tidy) ? String(tidy) : tidy.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

/** The canonical layout (the façade's `format`, without importing the façade). */
function formatSource(source: string): { value?: string; diagnostics: readonly Diagnostic[] } {
  const parsed = parseDocument(source);
  if (!parsed.value || hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  return { value: formatDocument(parsed.value, source), diagnostics: parsed.diagnostics };
}
