// Scorecard and compensation items, one per line in canonical form (`metric name "label" = expr as unit`).
// Profiles go on one line when short, else one weight per line; comments inside a profile force the long form
// so each comment keeps its place beside its weight.
import type { Comment, CompensationItem, Identifier, ProfileDecl, ScorecardItem, StringLiteral } from '../ast/nodes';
import { ExprPrinter, LEVEL, verbatim } from './expr-printer';
import { indexComments, openBrace, type CommentIndex } from './source-scan';
import { concat, displayWidth, INDENT, isSingleLine, join, MAX_WIDTH, text, type Frag } from './layout';

const labelled = (name: Identifier, label?: StringLiteral): string => (label ? `${name.name} ${label.raw}` : name.name);

export class ItemPrinter {
  private readonly exprs: ExprPrinter;
  private readonly commentIndex: CommentIndex;

  constructor(private readonly source: string, private readonly comments: readonly Comment[]) {
    this.exprs = new ExprPrinter(source);
    this.commentIndex = indexComments(comments);
  }

  /** The item's lines; the first starts at the item's own offset. `depth` is where the item is indented. */
  print(item: ScorecardItem | CompensationItem, depth: number): Frag {
    const frag = this.body(item, depth);
    return [{ ...frag[0], start: item.span.start.offset }, ...frag.slice(1)];
  }

  private body(item: ScorecardItem | CompensationItem, depth: number): Frag {
    const e = this.exprs;
    switch (item.kind) {
      case 'period': case 'subject': case 'missing': return text(`${item.kind} ${item.value.name}`);
      case 'eligible': return concat(text('eligible when '), e.print(item.condition));
      case 'field': return text(`field ${item.name.name}: ${item.type.name}`);
      case 'metric': case 'kpi': {
        const unit = item.unit ? text(` as ${item.unit.name}`) : text('');
        return concat(text(`${item.kind} ${labelled(item.name, item.label)} = `), e.print(item.expr), unit);
      }
      case 'target': {
        const when = item.when ? concat(text(' when '), e.print(item.when)) : text('');
        return concat(text(`target ${item.metric.name} ${item.op} `), e.printAt(item.value, LEVEL.add), when);
      }
      case 'profile': return this.profile(item, depth);
      case 'alert': {
        const notify = item.notify.length > 0 ? ` notify ${item.notify.map((n) => n.name).join(', ')}` : '';
        return concat(text(`alert ${labelled(item.name, item.label)} when `), e.print(item.condition), text(notify));
      }
      case 'comp-scorecard': return text(`scorecard ${item.scorecard.name}`);
      case 'payout': return concat(text('payout = '), e.print(item.expr));
      case 'cap': case 'floor': return concat(text(`${item.kind} `), e.print(item.expr));
      default: return verbatim(this.source, item.span.start.offset, item.span.end.offset);
    }
  }

  private profile(p: ProfileDecl, depth: number): Frag {
    let header = `profile ${labelled(p.name, p.label)}`;
    if (p.default) header += ' default';
    if (p.active) header += ` active ${p.active.from.raw}..${p.active.to.raw}`;
    const entries = p.weights.map((w) => concat(text(`${w.kpi.name}: `), this.exprs.print(w.value)));
    if (entries.length === 0) return text(`${header} {}`);
    const short = concat(text(`${header} { `), join(entries, ', '), text(' }'));
    const fits = isSingleLine(short) && INDENT.length * depth + displayWidth(short[0].text) <= MAX_WIDTH;
    if (fits && !this.hasCommentInside(p)) return short;
    const body = entries.flatMap((entry, i) => {
      const withComma = i < entries.length - 1 ? concat(entry, text(',')) : entry;
      return withComma.map((l, j) => ({ ...l, depth: l.depth + 1, start: j === 0 ? p.weights[i].span.start.offset : l.start }));
    });
    const close = { depth: 0, text: '}', start: Math.max(p.span.end.offset - 1, p.span.start.offset) };
    return [...text(`${header} {`), ...body, close];
  }

  /** A comment between the profile's braces: written after its `{`, before its end. */
  private hasCommentInside(p: ProfileDecl): boolean {
    const headerEnd = Math.max(p.name.span.end.offset, p.label?.span.end.offset ?? 0, p.default?.end.offset ?? 0, p.active?.span.end.offset ?? 0);
    const brace = openBrace(this.source, headerEnd, p.span.end.offset, this.commentIndex);
    const from = brace >= 0 ? brace : headerEnd;
    return this.comments.some((c) => c.span.start.offset > from && c.span.start.offset < p.span.end.offset);
  }
}

/** One item in canonical form, without comments (for hover and explanations); nested lines indented by two. */
export function formatItem(item: ScorecardItem | CompensationItem, source: string): string {
  return new ItemPrinter(source, []).print(item, 0).map((l) => INDENT.repeat(l.depth) + l.text).join('\n');
}
