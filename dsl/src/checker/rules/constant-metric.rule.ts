import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, ScorecardAnalysis } from '../analysis';
import { eachScorecard } from './rule-kit';

// A metric that reads no records, no other metric and no attribute is the same number for everyone:
// almost always a forgotten aggregate (`metric target_aht = 300s` belongs in a target or a kpi).

/** Owners whose expression reads anything at run time (or holds a name already reported as unknown). */
function readers(sc: ScorecardAnalysis): Set<string | undefined> {
  const owners = new Set<string | undefined>();
  for (const c of sc.uses.calls) if (c.def?.kind === 'aggregate' || c.def?.kind === 'group' || !c.def) owners.add(c.owner);
  for (const m of sc.uses.members) owners.add(m.owner);
  for (const n of sc.uses.names) owners.add(n.owner);
  for (const [expr, use] of sc.uses.exprs) if (expr.kind === 'error') owners.add(use.owner);
  return owners;
}

export const constantMetricRule: CheckRule = {
  id: 'constant-metric',
  check: eachScorecard((sc) => {
    const out: Diagnostic[] = [];
    const reading = readers(sc);
    for (const [name, decl] of sc.metrics) {
      if (reading.has(name)) continue;
      out.push(diagnostic('YS117', decl.name.span, { name }));
    }
    return out;
  }),
};
