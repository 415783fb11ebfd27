import type { BinaryExpr, UnaryExpr } from '../../ast/nodes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, Ty } from '../analysis';
import { binaryOutcome, unaryOutcome } from '../unit-algebra';
import { eachUnit, unitClash, wrongKind } from './rule-kit';

// Operators and their operands (spec §3): units that do not go together are YS200 over the whole
// expression (`aht > csat`); an operand of the wrong kind is YS201 at that operand (`"a" + 1`, `not aht`).

function binary(expr: BinaryExpr, type: (e: BinaryExpr['left']) => Ty): Diagnostic | undefined {
  const l = type(expr.left);
  const r = type(expr.right);
  const problem = binaryOutcome(expr.op, l, r).problem;
  if (!problem) return undefined;
  if (problem.code === 'YS200') return unitClash(expr.span, problem.verb, l, r);
  const side = problem.side === 'right' ? expr.right : expr.left;
  return wrongKind(side, side === expr.right ? r : l, problem.expected);
}

function unary(expr: UnaryExpr, type: Ty): Diagnostic | undefined {
  const problem = unaryOutcome(expr.op, type).problem;
  return problem?.code === 'YS201' ? wrongKind(expr.operand, type, problem.expected) : undefined;
}

export const operatorUnitsRule: CheckRule = {
  id: 'operator-units',
  check: eachUnit((unit) => {
    const type = (e: BinaryExpr['left']): Ty => unit.types.get(e) ?? 'any';
    const out: Diagnostic[] = [];
    for (const expr of unit.uses.exprs.keys()) {
      const d = expr.kind === 'binary' ? binary(expr, type) : expr.kind === 'unary' ? unary(expr, type(expr.operand)) : undefined;
      if (d) out.push(d);
    }
    return out;
  }),
};
