import type { BinaryOp, Expr, StringLiteral } from '../ast/nodes';

// The canonical one-line text of an expression, for explanations and for deduplicating aggregates:
// `count( rating>=4 )` and `count(rating >= 4)` print the same. Parentheses appear only where the
// precedence of spec §3 needs them; literals keep the spelling the author chose (`90%`, `5m`).

const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  or: 1, and: 2, '==': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6,
};
const NOT = 3;
const NEGATE = 7;
const PRIMARY = 8;

function precedence(e: Expr): number {
  switch (e.kind) {
    case 'if': return 0;
    case 'binary': return PRECEDENCE[e.op];
    case 'unary': return e.op === 'not' ? NOT : NEGATE;
    default: return PRIMARY;
  }
}

/** Prints `e`, in parentheses when it binds more loosely than `min` requires. */
function operand(e: Expr, min: number): string {
  const text = printExpr(e);
  return precedence(e) < min ? `(${text})` : text;
}

/** A string literal in canonical form: the value re-escaped, so equal strings print equally. */
export const printString = (s: StringLiteral | string): string =>
  `"${(typeof s === 'string' ? s : s.value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'number': case 'percent': case 'duration': return e.raw;
    case 'string': return printString(e);
    case 'boolean': return e.value ? 'true' : 'false';
    case 'null': return 'null';
    case 'name': return e.name;
    case 'member': return `${e.object.name}.${e.property.name}`;
    case 'error': return '…';
    case 'unary': return printUnary(e.op, e.operand);
    case 'binary': {
      const p = PRECEDENCE[e.op];
      return `${operand(e.left, p)} ${e.op} ${operand(e.right, p + 1)}`;
    }
    case 'if': return `if ${printExpr(e.condition)} then ${printExpr(e.then)} else ${printExpr(e.otherwise)}`;
    case 'call': return printCall(e.callee.name, e.args, e.where);
    case 'tier': {
      const branches = e.branches.map((b) => `${b.op} ${printExpr(b.threshold)} -> ${printExpr(b.result)}`);
      if (e.otherwise) branches.push(`else -> ${printExpr(e.otherwise.result)}`);
      return `tier(${printExpr(e.subject)}) { ${branches.join('; ')} }`;
    }
  }
}

function printUnary(op: '-' | 'not', inner: Expr): string {
  if (op === 'not') return `not ${operand(inner, NOT)}`;
  // `-(-x)` rather than `--x`, which reads as a different operator
  const nested = inner.kind === 'unary' && inner.op === '-';
  return nested ? `-(${printExpr(inner)})` : `-${operand(inner, NEGATE)}`;
}

export function printCall(name: string, args: readonly Expr[], where?: Expr): string {
  const parts = args.map(printExpr);
  if (where) parts[0] = parts.length > 0 ? `${parts[0]} where ${printExpr(where)}` : `where ${printExpr(where)}`;
  return `${name}(${parts.join(', ')})`;
}
