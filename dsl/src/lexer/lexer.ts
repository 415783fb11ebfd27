// Source text to tokens. Never throws: unknown characters (YS001), malformed numbers (YS003), unterminated
// strings (YS002) and bad escapes (YS005) become diagnostics and lexing goes on, so the parser sees the rest.
import { Lexer, type IToken } from 'chevrotain';
import type { Comment, Span } from '../ast/nodes';
import { diagnostic } from '../diagnostics/catalogue';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { LineMap } from './positions';
import { ALL_TOKENS, BadNumber, categoryOf, StringLit, UnterminatedString, type TokenCategory } from './tokens';

const lexerInstance = new Lexer(ALL_TOKENS, { positionTracking: 'full', ensureOptimizations: true });

export interface LexResult {
  /** the tokens the parser reads (no comments, no whitespace) */
  readonly tokens: IToken[];
  readonly comments: Comment[];
  readonly diagnostics: Diagnostic[];
  readonly lines: LineMap;
}

/** A token for the editor's highlighter. */
export interface HighlightToken {
  readonly category: TokenCategory;
  readonly text: string;
  readonly span: Span;
}

export const tokenSpan = (lines: LineMap, token: IToken): Span => lines.span(token.startOffset, token.endOffset! + 1);

export function lex(source: string, lines: LineMap = new LineMap(source)): LexResult {
  const result = lexerInstance.tokenize(source);
  const diagnostics: Diagnostic[] = result.errors.map((e) => {
    const text = source.slice(e.offset, e.offset + e.length);
    return diagnostic('YS001', lines.span(e.offset, e.offset + e.length), { text });
  });
  const tokens = result.tokens;
  for (const token of tokens) {
    if (token.tokenType === BadNumber) diagnostics.push(diagnostic('YS003', tokenSpan(lines, token), { text: token.image }));
    else if (token.tokenType === UnterminatedString) {
      diagnostics.push(diagnostic('YS002', lines.span(token.startOffset, token.startOffset + 1)));
      checkEscapes(token, lines, diagnostics);
    } else if (token.tokenType === StringLit) checkEscapes(token, lines, diagnostics);
  }
  const comments = (result.groups.comments ?? []).map((t): Comment => ({ kind: 'comment', text: t.image, span: tokenSpan(lines, t) }));
  return { tokens, comments, diagnostics, lines };
}

/** Only `\"` and `\\` are escapes; anything else after a backslash is YS005 at the two characters. */
function checkEscapes(token: IToken, lines: LineMap, out: Diagnostic[]): void {
  const image = token.image;
  for (let i = image.indexOf('\\'); i >= 0 && i < image.length; i = image.indexOf('\\', i + 2)) {
    const next = image[i + 1];
    if (next === '"' || next === '\\') continue;
    const text = image.slice(i, i + 2);
    const at = token.startOffset + i;
    out.push(diagnostic('YS005', lines.span(at, at + Math.max(text.length, 1)), { text }));
  }
}

/** The value of a string literal: quotes removed, `\"` and `\\` unescaped (an unknown escape keeps its character). */
export function unescapeString(image: string, closed: boolean): string {
  const body = image.slice(1, closed ? -1 : undefined);
  return body.replace(/\\(.?)/g, (_m, c: string) => c);
}

/** Every token of a source with its category and span, comments included: for the editor's highlighting. */
export function tokenize(source: string): HighlightToken[] {
  const lines = new LineMap(source);
  const result = lexerInstance.tokenize(source);
  const all = [...result.tokens, ...(result.groups.comments ?? [])].sort((a, b) => a.startOffset - b.startOffset);
  return all.map((t) => ({ category: categoryOf(t.tokenType), text: t.image, span: tokenSpan(lines, t) }));
}
