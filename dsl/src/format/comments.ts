// Puts every comment of the document back beside an output line: a comment after code stays after the code it
// followed (if that code still ends a line), any other comment goes before the line holding the next code.
// Comments whose code was joined onto one line (inside an expression) move before that line, in order.
import type { Comment } from '../ast/nodes';
import type { OutLine } from './document-layout';
import { codeBeforeOnLine, indexComments, nextCode } from './source-scan';

/** Attaches comments to `lines` (mutating their comment lists); returns those after the last code. */
export function attachComments(lines: readonly OutLine[], comments: readonly Comment[], source: string): Comment[] {
  const index = indexComments(comments);
  const tail: Comment[] = [];
  const sorted = [...comments].sort((a, b) => a.span.start.offset - b.span.start.offset);
  for (const comment of sorted) {
    const start = comment.span.start.offset;
    const before = codeBeforeOnLine(source, start);
    const anchor = before >= 0 ? before : nextCode(source, comment.span.end.offset, index);
    if (anchor < 0 || lines.length === 0) {
      tail.push(comment);
      continue;
    }
    const target = lineAt(lines, anchor);
    target.comments.push({ comment, trailing: before >= 0 && target.start <= before });
  }
  return tail;
}

/** The last line starting at or before `offset` (the first line when none does). */
function lineAt(lines: readonly OutLine[], offset: number): OutLine {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}
