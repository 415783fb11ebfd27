import type { Expr } from '../../ast/nodes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { CONDITION_SITES, type CheckRule, type Ty } from '../analysis';
import { isCondition } from '../unit-algebra';
import { eachUnit, wrongKind } from './rule-kit';

// Conditions must be true or false (YS201): `eligible when`, a target's or an alert's `when`, an
// aggregate's `where`, and the condition of `if`. (`not`, `and`, `or` and `count(cond)` are checked
// with their operator or function.)

export const conditionRule: CheckRule = {
  id: 'condition',
  check: eachUnit((unit) => {
    const out: Diagnostic[] = [];
    const check = (expr: Expr | undefined) => {
      if (!expr) return;
      const t: Ty = unit.types.get(expr) ?? 'any';
      if (!isCondition(t)) out.push(wrongKind(expr, t, 'condition'));
    };
    for (const root of unit.uses.roots) if (CONDITION_SITES.has(root.site)) check(root.expr);
    for (const expr of unit.uses.exprs.keys()) {
      if (expr.kind === 'if') check(expr.condition);
      if (expr.kind === 'call' && expr.where) check(expr.where);
    }
    return out;
  }),
};
