import type { BinaryOp, Expr } from '../ast/nodes';

// A short rendering of an expression for messages ("but `rating` is a number"). The checker has no
// source text, only the tree, so it prints the tree back; long expressions are cut with an ellipsis.

const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  or: 1, and: 2, '==': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6,
};
const MAX_LENGTH = 40;

export function exprText(expr: Expr): string {
  const text = render(expr, 0, 0);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

function render(expr: Expr, parent: number, depth: number): string {
  if (depth > 16) return '…';
  const d = depth + 1;
  switch (expr.kind) {
    case 'number': case 'percent': case 'duration': case 'string': return expr.raw;
    case 'boolean': return String(expr.value);
    case 'null': return 'null';
    case 'name': return expr.name;
    case 'member': return `${expr.object.name}.${expr.property.name}`;
    case 'call': {
      const args = expr.args.map((a) => render(a, 0, d));
      if (expr.where && args.length > 0) args[0] = `${args[0]} where ${render(expr.where, 0, d)}`;
      return `${expr.callee.name}(${args.join(', ')})`;
    }
    case 'unary': return expr.op === 'not' ? `not ${render(expr.operand, 3, d)}` : `-${render(expr.operand, 7, d)}`;
    case 'binary': {
      const own = PRECEDENCE[expr.op];
      const text = `${render(expr.left, own, d)} ${expr.op} ${render(expr.right, own + 1, d)}`;
      return own < parent ? `(${text})` : text;
    }
    case 'if': {
      const text = `if ${render(expr.condition, 0, d)} then ${render(expr.then, 0, d)} else ${render(expr.otherwise, 0, d)}`;
      return parent > 0 ? `(${text})` : text;
    }
    case 'tier': return `tier(${render(expr.subject, 0, d)}) {…}`;
    default: return '…';
  }
}
