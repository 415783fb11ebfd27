import type { ProfileDecl } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { cmp12, eq12 } from '../../runtime/numbers';
import type { CheckRule, RuleContext, ScorecardAnalysis } from '../analysis';
import { constantValue } from '../constant';
import { eachScorecard } from './rule-kit';

// A profile weighs kpis (YS301 for anything else), each at most once (YS303), with constant
// percentages 0%..100% (YS302; a bare `40` is not a percentage), summing to 100% to 12 significant
// digits (YS300, which says how far off the sum is).

/** `95%`, `33.3%`: the fraction as a percentage, without binary artefacts. */
export const percentText = (fraction: number): string => `${Number((fraction * 100).toPrecision(12))}%`;

function weightValue(value: ProfileDecl['weights'][number]['value']): number | undefined {
  const c = constantValue(value);
  if (!c || c.unit !== 'percent' || cmp12(c.value, 0) < 0 || cmp12(c.value, 1) > 0) return undefined;
  return c.value;
}

function sumProblem(profile: ProfileDecl, sum: number): Diagnostic[] {
  if (eq12(sum, 1)) return [];
  const over = sum > 1;
  return [diagnostic('YS300', profile.name.span, {
    name: profile.name.name, sum: percentText(sum), diff: percentText(Math.abs(sum - 1)),
    direction: over ? 'over' : 'short of', directionZh: over ? '多' : '少',
  })];
}

function checkProfile(sc: ScorecardAnalysis, profile: ProfileDecl, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  let sum = 0;
  let complete = true;
  for (const entry of profile.weights) {
    const name = entry.kpi.name;
    if (name && !sc.kpis.has(name) && !sc.incomplete) {
      const h = ctx.hint(name, sc.kpis.keys());
      out.push(diagnostic('YS301', entry.kpi.span, { name, ...h }, h.suggestion));
    }
    if (name && seen.has(name)) out.push(diagnostic('YS303', entry.kpi.span, { name }));
    seen.add(name);
    const value = entry.value.kind === 'error' ? undefined : weightValue(entry.value);
    if (value === undefined) {
      complete = false;
      if (entry.value.kind !== 'error') out.push(diagnostic('YS302', entry.value.span));
    } else sum += value;
  }
  return complete ? [...out, ...sumProblem(profile, sum)] : out;
}

export const profileWeightsRule: CheckRule = {
  id: 'profile-weights',
  check: eachScorecard((sc, ctx) => sc.decl.items.flatMap((item) => (item.kind === 'profile' ? checkProfile(sc, item, ctx) : []))),
};
