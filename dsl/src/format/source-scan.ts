// Small questions about the raw source text the AST does not answer: where a comment sits on its line,
// what code is next to it, and whether the author left a blank line.
import type { Comment } from '../ast/nodes';

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff';
const isNewline = (c: string): boolean => c === '\n' || c === '\r';

/** Comments by start offset, to skip over them while scanning. */
export type CommentIndex = ReadonlyMap<number, Comment>;

export const indexComments = (comments: readonly Comment[]): CommentIndex =>
  new Map(comments.map((c) => [c.span.start.offset, c]));

/** Offset of the last code character before `offset` on the same line, or -1 when only blanks precede it. */
export function codeBeforeOnLine(source: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = source[i];
    if (isNewline(c)) return -1;
    if (!isSpace(c)) return i;
  }
  return -1;
}

/** Offset of the next code at or after `offset`, skipping blanks and comments; -1 at the end of the source. */
export function nextCode(source: string, offset: number, comments: CommentIndex): number {
  let i = offset;
  while (i < source.length) {
    const comment = comments.get(i);
    if (comment) i = Math.max(comment.span.end.offset, i + 1);
    else if (isSpace(source[i]) || isNewline(source[i])) i++;
    else return i;
  }
  return -1;
}

/** True when the blanks right before `offset` hold an empty line (two line breaks or more). */
export function blankLineBefore(source: string, offset: number): boolean {
  let breaks = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = source[i];
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) breaks++;
    else if (!isSpace(c) && c !== '\r') break;
    if (breaks >= 2) return true;
  }
  return false;
}

/** The `{` opening a block whose header ends at `from`; comments in between are skipped. -1 if there is none. */
export function openBrace(source: string, from: number, to: number, comments: CommentIndex): number {
  for (let i = nextCode(source, from, comments); i >= 0 && i < to; i = nextCode(source, i + 1, comments)) {
    if (source[i] === '{') return i;
  }
  return -1;
}
