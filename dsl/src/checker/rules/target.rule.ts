import type { TargetDecl } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, RuleContext, ScorecardAnalysis } from '../analysis';
import { binaryOutcome } from '../unit-algebra';
import { eachScorecard, unitClash, wrongKind } from './rule-kit';

// `target m OP v`: m names a metric (a kpi is YS320, an unknown name YS104), and v is in m's unit
// (`target aht <= 90%` is YS200). A later line for the same metric after one without `when` never
// applies (YS321, a warning): the first line whose `when` holds wins.

function checkTarget(sc: ScorecardAnalysis, target: TargetDecl, ctx: RuleContext): Diagnostic[] {
  const name = target.metric.name;
  if (!name) return [];
  if (!sc.metrics.has(name)) {
    if (sc.kpis.has(name)) return [diagnostic('YS320', target.metric.span, { name, what: 'a kpi', whatZh: ' KPI' })];
    if (sc.incomplete) return [];
    const h = ctx.hint(name, sc.metrics.keys());
    return [diagnostic('YS104', target.metric.span, { name, ...h }, h.suggestion)];
  }
  const metricType = sc.nodeTypes.get(name) ?? 'any';
  const valueType = sc.types.get(target.value) ?? 'any';
  const problem = binaryOutcome(target.op, metricType, valueType).problem;
  if (problem?.code === 'YS200') return [unitClash(target.value.span, 'compare', metricType, valueType)];
  if (problem?.code === 'YS201') return [wrongKind(target.value, valueType, problem.expected)];
  return [];
}

function unreachable(targets: readonly TargetDecl[]): Diagnostic[] {
  const always = new Map<string, TargetDecl>();
  const out: Diagnostic[] = [];
  for (const target of targets) {
    const name = target.metric.name;
    const earlier = always.get(name);
    if (earlier) out.push(diagnostic('YS321', target.span, { name, line: earlier.span.start.line }));
    else if (!target.when) always.set(name, target);
  }
  return out;
}

export const targetRule: CheckRule = {
  id: 'target',
  check: eachScorecard((sc, ctx) => {
    const targets = sc.decl.items.filter((i): i is TargetDecl => i.kind === 'target');
    return [...targets.flatMap((t) => checkTarget(sc, t, ctx)), ...unreachable(targets)];
  }),
};
