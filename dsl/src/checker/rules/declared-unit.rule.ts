import type { KpiDecl, MetricDecl } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, RuleContext, ScorecardAnalysis, Ty } from '../analysis';
import { isNumeric } from '../unit-algebra';
import { UNITS } from '../types';
import { eachScorecard, typeNoun } from './rule-kit';

// `as UNIT` names a unit (YS202) that fits what the expression computes (YS203). A plain number or a
// count may become any unit (`count(a) / count() as percent` is the canonical rate), and anything
// numeric may be declared a plain `number`; a percent may not become a duration.

function fits(declared: string, inferred: Ty): boolean {
  if (inferred === 'any' || inferred === 'null' || inferred === declared) return true;
  if (inferred === 'number' || inferred === 'count') return true;
  return declared === 'number' && isNumeric(inferred);
}

function checkDecl(sc: ScorecardAnalysis, decl: MetricDecl | KpiDecl, ctx: RuleContext): Diagnostic[] {
  const unit = decl.unit;
  if (!unit?.name) return [];
  if (!UNITS.includes(unit.name as (typeof UNITS)[number])) {
    const h = ctx.hint(unit.name, UNITS);
    return [diagnostic('YS202', unit.span, { name: unit.name }, h.suggestion)];
  }
  const inferred = sc.types.get(decl.expr) ?? 'any';
  if (fits(unit.name, inferred)) return [];
  const noun = typeNoun(inferred);
  return [diagnostic('YS203', unit.span, { declared: unit.name, actual: noun.en, actualZh: noun.zh })];
}

export const declaredUnitRule: CheckRule = {
  id: 'declared-unit',
  check: eachScorecard((sc, ctx) => sc.decl.items.flatMap((item) =>
    item.kind === 'metric' || item.kind === 'kpi' ? checkDecl(sc, item, ctx) : [])),
};
