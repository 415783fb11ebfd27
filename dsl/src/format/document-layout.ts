// The document as output lines: block headers, items (possibly several lines each), closing braces. Each line
// remembers the source offset it came from and how blank lines and comments may be placed around it.
import type { Comment, CompensationDecl, Document, ScorecardDecl, TopLevel } from '../ast/nodes';
import { verbatim } from './expr-printer';
import { ItemPrinter } from './item-printer';
import type { Frag } from './layout';

/** `force`: always a blank line before (between top-level blocks); `keep`: one when the author had one or more. */
export type BlankPolicy = 'never' | 'keep' | 'force';

export interface AttachedComment {
  readonly comment: Comment;
  /** written after code on its line in the source */
  readonly trailing: boolean;
}

export interface OutLine {
  readonly depth: number;
  readonly text: string;
  /** source offset of this line's code; non-decreasing along the document */
  readonly start: number;
  /** blank lines may separate comments from this line (block headers, items, the dangling end of a block) */
  readonly grouped: boolean;
  readonly blankFirst: BlankPolicy;
  /** indentation of comments placed before this line */
  readonly commentDepth: number;
  readonly comments: AttachedComment[];
  /** the `{` line and the `}` line of a top-level block */
  readonly role?: 'open' | 'close';
}

const line = (depth: number, text: string, start: number, extra: Partial<OutLine> = {}): OutLine => ({
  depth, text, start, grouped: false, blankFirst: 'never', commentDepth: depth, comments: [], ...extra,
});

export function layoutDocument(doc: Document, source: string): OutLine[] {
  const printer = new ItemPrinter(source, doc.comments);
  const lines = doc.blocks.flatMap((block, i) => layoutBlock(block, i === 0 ? 'keep' : 'force', printer, source));
  // keep offsets monotonic even for a tree with error nodes, so comment lookup stays well defined
  let last = 0;
  return lines.map((l) => {
    last = Math.max(last, l.start);
    return l.start === last ? l : { ...l, start: last };
  });
}

function layoutBlock(block: TopLevel, blankFirst: BlankPolicy, printer: ItemPrinter, source: string): OutLine[] {
  if (block.kind === 'error-item') {
    return fragLines(verbatim(source, block.span.start.offset, block.span.end.offset), 0, block.span.start.offset)
      .map((l, i) => (i === 0 ? { ...l, grouped: true, blankFirst } : l));
  }
  const header = line(0, `${block.kind} ${title(block)} {`, block.span.start.offset, { grouped: true, blankFirst, role: 'open' });
  const items = (block.items as readonly (ScorecardDecl['items'][number] | CompensationDecl['items'][number])[])
    .flatMap((item, i) => fragLines(printer.print(item, 1), 1, item.span.start.offset)
      .map((l, j) => (j === 0 ? { ...l, grouped: true, blankFirst: i === 0 ? 'never' as const : 'keep' as const } : l)));
  const close = line(0, '}', Math.max(block.span.end.offset - 1, block.span.start.offset), {
    grouped: true, blankFirst: block.items.length > 0 ? 'keep' : 'never', commentDepth: 1, role: 'close',
  });
  return [header, ...items, close];
}

const title = (block: ScorecardDecl | CompensationDecl): string =>
  block.label ? `${block.name.name} ${block.label.raw}` : block.name.name;

/** A fragment placed at `depth`; a closing-brace line takes the comments before it at the inner depth. */
function fragLines(frag: Frag, depth: number, start: number): OutLine[] {
  return frag.map((l, i) => {
    const d = depth + l.depth;
    return line(d, l.text, i === 0 ? start : l.start, { commentDepth: l.text.startsWith('}') ? d + 1 : d });
  });
}

/** `scorecard a {}` for a block with nothing inside, not even a comment. */
export function joinEmptyBlocks(lines: readonly OutLine[]): OutLine[] {
  const out: OutLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i];
    const close = lines[i + 1];
    const openTrails = open.comments[open.comments.length - 1]?.trailing === true;
    if (open.role === 'open' && close?.role === 'close' && close.comments.length === 0 && !openTrails) {
      out.push({ ...open, text: `${open.text}}` });
      i++;
    } else out.push(open);
  }
  return out;
}
