import { diagnostic } from '../../diagnostics/catalogue';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// Metrics and kpis may read each other in any order, but not in a circle (spec §4). Each cycle is
// reported once, at the name of its first-declared member, with the whole path: `a → b → c → a`.

export const cycleRule: CheckRule = {
  id: 'cycle',
  check: eachScorecard((sc) => sc.cycles.map((path) => {
    const decl = sc.metrics.get(path[0]) ?? sc.kpis.get(path[0])!;
    return diagnostic('YS109', decl.name.span, { path: path.join(' → ') });
  })),
};
