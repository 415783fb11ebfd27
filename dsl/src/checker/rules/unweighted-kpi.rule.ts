import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// A kpi that no profile weighs never reaches a score (YS335, a warning): usually a forgotten weight.

export const unweightedKpiRule: CheckRule = {
  id: 'unweighted-kpi',
  check: eachScorecard((sc) => {
    const weighted = new Set<string>();
    let profiles = 0;
    for (const item of sc.decl.items) {
      if (item.kind !== 'profile') continue;
      profiles++;
      for (const w of item.weights) weighted.add(w.kpi.name);
    }
    if (profiles === 0 || sc.incomplete) return [];
    const out: Diagnostic[] = [];
    for (const [name, decl] of sc.kpis) if (!weighted.has(name)) out.push(diagnostic('YS335', decl.name.span, { name }));
    return out;
  }),
};
