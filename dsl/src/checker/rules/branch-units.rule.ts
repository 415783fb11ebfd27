import type { Expr } from '../../ast/nodes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, Ty } from '../analysis';
import { combine } from '../unit-algebra';
import { eachUnit, unitClash } from './rule-kit';

// The results of a tier and the two branches of `if` are one value, so they share one unit (YS200 at
// each result that does not fit the ones before it: `if c then 5s else 10%`).

function clashes(results: readonly Expr[], types: ReadonlyMap<Expr, Ty>): Diagnostic[] {
  const out: Diagnostic[] = [];
  let common: Ty = 'null';
  for (const result of results) {
    const t = types.get(result) ?? 'any';
    const next = combine(common, t);
    if (next === undefined) out.push(unitClash(result.span, 'combine', common, t));
    else common = next;
  }
  return out;
}

export const branchUnitsRule: CheckRule = {
  id: 'branch-units',
  check: eachUnit((unit) => {
    const out: Diagnostic[] = [];
    for (const expr of unit.uses.exprs.keys()) {
      if (expr.kind === 'if') out.push(...clashes([expr.then, expr.otherwise], unit.types));
      if (expr.kind === 'tier') {
        const results = expr.branches.map((b) => b.result);
        out.push(...clashes(expr.otherwise ? [...results, expr.otherwise.result] : results, unit.types));
      }
    }
    return out;
  }),
};
