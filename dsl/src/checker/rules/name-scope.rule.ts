import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// Record fields live inside aggregates, metrics and kpis outside them (spec §4): a field used outside an
// aggregate is YS105, a metric or kpi inside one is YS106.

export const nameScopeRule: CheckRule = {
  id: 'name-scope',
  check: eachScorecard((sc) => {
    const out: Diagnostic[] = [];
    for (const use of sc.uses.names) {
      const target = use.target;
      if (!target || use.groupArgument) continue;
      const name = use.expr.name;
      if (!use.aggregate && target.kind === 'field') out.push(diagnostic('YS105', use.expr.span, { name }));
      if (use.aggregate && (target.kind === 'metric' || target.kind === 'kpi')) {
        const what = target.kind === 'metric' ? { what: 'metric', whatZh: '指标' } : { what: 'kpi', whatZh: ' KPI' };
        out.push(diagnostic('YS106', use.expr.span, { name, ...what }));
      }
    }
    return out;
  }),
};
