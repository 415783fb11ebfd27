// The one canonical layout of a scorecard source (`yardstick fmt`). Formatting never changes meaning (the output
// parses to the same tree) and never loses a comment; formatting twice gives the same text as formatting once.
import type { Comment, Document } from '../ast/nodes';
import { attachComments } from './comments';
import { joinEmptyBlocks, layoutDocument, type BlankPolicy, type OutLine } from './document-layout';
import { INDENT } from './layout';
import { blankLineBefore } from './source-scan';

/** Canonical text of a parsed document; `source` is the text it was parsed from (for comments and blank lines). */
export function formatDocument(doc: Document, source: string): string {
  const lines = layoutDocument(doc, source);
  const tail = attachComments(lines, doc.comments, source);
  const out = new Output();
  for (const line of joinEmptyBlocks(lines)) renderLine(out, line, source);
  tail.forEach((c) => out.emit(0, commentText(c), blankLineBefore(source, c.span.start.offset)));
  return out.text();
}

class Output {
  private readonly lines: string[] = [];

  emit(depth: number, text: string, blankBefore: boolean): void {
    if (blankBefore && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    this.lines.push((INDENT.repeat(depth) + text).trimEnd());
  }

  text(): string {
    return this.lines.length > 0 ? `${this.lines.join('\n')}\n` : '';
  }
}

const commentText = (c: Comment): string => c.text.trimEnd();

/**
 * A line with its comments: those before it on lines of their own, the last one after the code when it was
 * written after code. A blank line the author left before the group (or between its comments) is kept.
 */
function renderLine(out: Output, line: OutLine, source: string): void {
  const attached = line.comments;
  const last = attached[attached.length - 1];
  const trailing = last?.trailing ? last.comment : undefined;
  const leading = (trailing ? attached.slice(0, -1) : attached).map((a) => a.comment);
  // comments lifted out of the line's own code are not separate paragraphs
  const hoisted = leading.some((c) => c.span.start.offset > line.start);
  let first = true;
  for (const c of leading) {
    const at = c.span.start.offset;
    const blank = first ? allows(line.blankFirst, source, Math.min(at, line.start)) : line.grouped && at < line.start && blankLineBefore(source, at);
    out.emit(line.commentDepth, commentText(c), blank);
    first = false;
  }
  const blank = first ? !isClose(line) && allows(line.blankFirst, source, line.start) : line.grouped && !hoisted && !isClose(line) && blankLineBefore(source, line.start);
  out.emit(line.depth, trailing ? `${line.text}  ${commentText(trailing)}` : line.text, blank);
}

const isClose = (line: OutLine): boolean => line.role === 'close';

function allows(policy: BlankPolicy, source: string, offset: number): boolean {
  return policy === 'force' || (policy === 'keep' && blankLineBefore(source, offset));
}
