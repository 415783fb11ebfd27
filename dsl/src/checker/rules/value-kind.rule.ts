import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { isNumeric } from '../unit-algebra';
import { eachUnit, wrongKind } from './rule-kit';

// A kpi is weighted into the score and a payout is paid, so both must be numbers (YS201).

const NUMBER_SITES = new Set(['kpi', 'payout', 'cap', 'floor']);

export const valueKindRule: CheckRule = {
  id: 'value-kind',
  check: eachUnit((unit) => {
    const out: Diagnostic[] = [];
    for (const root of unit.uses.roots) {
      if (!NUMBER_SITES.has(root.site)) continue;
      const t = unit.types.get(root.expr) ?? 'any';
      if (!isNumeric(t)) out.push(wrongKind(root.expr, t, 'number'));
    }
    return out;
  }),
};
