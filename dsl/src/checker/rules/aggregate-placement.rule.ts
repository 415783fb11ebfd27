import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachUnit } from './rule-kit';

// Aggregates read records, so they belong in metrics only (YS107), never inside one another (YS108);
// roster aggregates count a team's agents (YS116 for an agent subject); `team(m)`/`org(m)` read metric
// values, which do not exist per record (YS118); only an aggregate filters with `where` (YS119).

export const aggregatePlacementRule: CheckRule = {
  id: 'aggregate-placement',
  check: eachUnit((unit) => {
    const out: Diagnostic[] = [];
    const subject = unit.kind === 'scorecard' ? unit.subject : 'agent';
    for (const use of unit.uses.calls) {
      const { def, expr } = use;
      const name = expr.callee.name;
      if (def?.kind === 'group' && use.aggregate) out.push(diagnostic('YS118', expr.callee.span, { name }));
      if (def && def.kind !== 'aggregate' && expr.where && expr.where.kind !== 'error') out.push(diagnostic('YS119', expr.where.span, { name }));
      if (def?.kind !== 'aggregate') continue;
      if (use.site !== 'metric') out.push(diagnostic('YS107', expr.callee.span, { name }));
      else if (use.aggregate) out.push(diagnostic('YS108', expr.callee.span, { name }));
      if (def.roster && subject === 'agent') out.push(diagnostic('YS116', expr.callee.span, { name }));
    }
    return out;
  }),
};
