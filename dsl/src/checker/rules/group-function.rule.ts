import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachUnit } from './rule-kit';

// `team(m)` and `org(m)` take the name of a metric or kpi, nothing else (YS112). A name that is not a
// metric or kpi is reported as unknown by the unknown-name rule.

export const groupFunctionRule: CheckRule = {
  id: 'group-function',
  check: eachUnit((unit) => {
    const out: Diagnostic[] = [];
    for (const { def, expr } of unit.uses.calls) {
      if (def?.kind !== 'group') continue;
      const ok = expr.args.length === 1 && (expr.args[0].kind === 'name' || expr.args[0].kind === 'error') && !expr.where;
      if (!ok) out.push(diagnostic('YS112', expr.span, { name: expr.callee.name }));
    }
    return out;
  }),
};
