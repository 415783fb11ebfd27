import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, NameUse, RuleContext, ScorecardAnalysis } from '../analysis';
import { eachUnit } from './rule-kit';

// An unknown bare name: a record field inside an aggregate (YS100), a metric or kpi elsewhere (YS104),
// or anything but `score` in a compensation rule (YS402). Each use is reported, with "did you mean".

function reportScorecard(sc: ScorecardAnalysis, use: NameUse, ctx: RuleContext): Diagnostic | undefined {
  const name = use.expr.name;
  if (use.aggregate && !use.groupArgument) {
    const h = ctx.hint(name, sc.fields.keys());
    return diagnostic('YS100', use.expr.span, { name, ...h }, h.suggestion);
  }
  // a declaration that failed to parse may be what this name refers to: stay quiet rather than flood
  if (sc.incomplete) return undefined;
  const h = ctx.hint(name, [...sc.metrics.keys(), ...sc.kpis.keys()]);
  return diagnostic('YS104', use.expr.span, { name, ...h }, h.suggestion);
}

export const unknownNameRule: CheckRule = {
  id: 'unknown-name',
  check: eachUnit((unit, ctx) => {
    const out: Diagnostic[] = [];
    for (const use of unit.uses.names) {
      if (use.target || !use.expr.name) continue;
      if (unit.kind === 'scorecard') {
        const d = reportScorecard(unit, use, ctx);
        if (d) out.push(d);
      } else {
        const h = ctx.hint(use.expr.name, ['score']);
        out.push(diagnostic('YS402', use.expr.span, { name: use.expr.name, ...h }, h.suggestion));
      }
    }
    return out;
  }),
};
