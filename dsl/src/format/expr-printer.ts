// Expressions in canonical form: operators spaced, literals as written, and parentheses only where the
// precedence of the language needs them to keep the tree the same (spec §3).
import type { BinaryOp, CallExpr, Expr, TierExpr } from '../ast/nodes';
import { concat, displayWidth, join, text, type Frag } from './layout';

/** Binding strength, loosest first; `if` is loosest of all because its `else` branch runs to the end. */
export const LEVEL = { if: 0, or: 1, and: 2, not: 3, compare: 4, add: 5, mul: 6, neg: 7, atom: 8 } as const;

const BINARY_LEVEL: Readonly<Record<BinaryOp, number>> = {
  or: LEVEL.or, and: LEVEL.and,
  '==': LEVEL.compare, '!=': LEVEL.compare, '<': LEVEL.compare, '<=': LEVEL.compare, '>': LEVEL.compare, '>=': LEVEL.compare,
  '+': LEVEL.add, '-': LEVEL.add, '*': LEVEL.mul, '/': LEVEL.mul,
};

export function precedence(e: Expr): number {
  if (e.kind === 'if') return LEVEL.if;
  if (e.kind === 'binary') return BINARY_LEVEL[e.op] ?? LEVEL.atom;
  if (e.kind === 'unary') return e.op === 'not' ? LEVEL.not : LEVEL.neg;
  return LEVEL.atom;
}

/** Source text of a node the parser could not read, kept verbatim (one output line per source line). */
export function verbatim(source: string, from: number, to: number): Frag {
  const lines = source.slice(from, to).split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return text('', from);
  return lines.map((l, i) => ({ depth: 0, text: l, start: i === 0 ? from : -1 }));
}

export class ExprPrinter {
  constructor(private readonly source: string) {}

  /** `e` where the surrounding syntax needs at least binding strength `min`; parenthesised otherwise. */
  printAt(e: Expr, min: number): Frag {
    const inner = this.print(e);
    return precedence(e) < min ? concat(text('('), inner, text(')')) : inner;
  }

  print(e: Expr): Frag {
    switch (e.kind) {
      case 'number': case 'percent': case 'duration': case 'string': return text(e.raw);
      case 'boolean': return text(e.value ? 'true' : 'false');
      case 'null': return text('null');
      case 'name': return text(e.name);
      case 'member': return text(`${e.object.name}.${e.property.name}`);
      case 'call': return this.call(e);
      case 'unary': return this.unary(e.op, e.operand);
      case 'binary': return this.binary(e.op, e.left, e.right);
      // an `if` inside another's condition or `then` is parenthesised for the reader (the parser would not need it);
      // `else if` chains read naturally without
      case 'if': return concat(text('if '), this.printAt(e.condition, LEVEL.or), text(' then '), this.printAt(e.then, LEVEL.or), text(' else '), this.print(e.otherwise));
      case 'tier': return this.tier(e);
      default: return verbatim(this.source, e.span.start.offset, e.span.end.offset);
    }
  }

  private unary(op: '-' | 'not', operand: Expr): Frag {
    if (op === 'not') return concat(text('not '), this.printAt(operand, LEVEL.not));
    // `-(-x)` rather than `- -x` or `--x`: two minus signs stay visibly two
    const inner = operand.kind === 'unary' && operand.op === '-' ? concat(text('('), this.print(operand), text(')')) : this.printAt(operand, LEVEL.neg);
    return concat(text('-'), inner);
  }

  private binary(op: BinaryOp, left: Expr, right: Expr): Frag {
    const level = BINARY_LEVEL[op];
    // comparisons do not chain: `a < b < c` must keep its parentheses on either side
    const leftMin = level === LEVEL.compare ? level + 1 : level;
    return concat(this.printAt(left, leftMin), text(` ${op} `), this.printAt(right, level + 1));
  }

  private call(e: CallExpr): Frag {
    const args = e.args.map((a) => this.print(a));
    if (e.where) {
      const filter = concat(text('where '), this.print(e.where));
      args[0] = args.length > 0 ? concat(args[0], text(' '), filter) : filter;
    }
    return concat(text(`${e.callee.name}(`), join(args, ', '), text(')'));
  }

  /**
   * One branch per line, arrows aligned on the widest test (`else` included), so a tier reads as a table.
   * Tests and results that could swallow the next branch's operator are parenthesised.
   */
  private tier(e: TierExpr): Frag {
    const heads = e.branches.map((b) => concat(text(`${b.op} `), this.printAt(b.threshold, LEVEL.add)));
    const all = e.otherwise ? [...heads, text('else')] : heads;
    const width = Math.max(0, ...all.map((h) => displayWidth(h[h.length - 1].text)));
    const pad = (h: Frag): Frag => concat(h, text(' '.repeat(width - displayWidth(h[h.length - 1].text))));
    const lines: BranchLine[] = [];
    e.branches.forEach((b, i) => lines.push({ start: b.span.start.offset, frag: concat(pad(heads[i]), text(' -> '), this.printAt(b.result, LEVEL.add)) }));
    if (e.otherwise) {
      lines.push({ start: e.otherwise.span.start.offset, frag: concat(pad(text('else')), text(' -> '), this.printAt(e.otherwise.result, LEVEL.add)) });
    }
    const body = lines.flatMap(({ start, frag }) => frag.map((l, i) => ({ ...l, depth: l.depth + 1, start: i === 0 ? start : l.start })));
    const close = { depth: 0, text: '}', start: Math.max(e.span.end.offset - 1, e.span.start.offset) };
    return [...concat(text('tier('), this.print(e.subject), text(') {')), ...body, close];
  }
}

interface BranchLine { readonly start: number; readonly frag: Frag }
