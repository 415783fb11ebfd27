import type { AggregatePlan, CompiledScorecard, EvalScope, Trace, ValueType } from '@yardstick/dsl';
import type { Accumulators } from './accumulators';
import { holds, type WeightedScore } from './evaluate';
import { segmentText } from './profiles';
import type { ScoringContext, SubjectEval } from './subject-score';
import type { ExplainNode } from './types';

// explain(subject): the score, its segments when there are several, each weighted kpi with the tier branch it
// took, the metrics it reads and the aggregates under them with how many records each used; then eligibility
// and targets. Built from the compiled scorecard's traces, so it shows exactly what was evaluated.

/** Metric nesting deeper than this is cut (the checker forbids cycles; this only bounds pathological input). */
const MAX_DEPTH = 24;

interface Frame {
  readonly cx: ScoringContext;
  readonly scope: EvalScope;
  readonly accs: Accumulators;
}

export function explainSubject(cx: ScoringContext, ev: SubjectEval): ExplainNode {
  const children: ExplainNode[] = [];
  if (cx.sc.eligible) {
    children.push({ kind: 'eligibility', text: 'eligible', value: ev.eligible, type: 'boolean', children: [] });
  }
  if (cx.segments.length === 1) {
    children.push(...kpiNodes({ cx, scope: ev.scopes.whole, accs: ev.pool.whole }, ev.parts[0]));
  } else {
    cx.segments.forEach((seg, s) => {
      const frame = { cx, scope: ev.scopes.parts[s], accs: ev.pool.parts[s] };
      children.push({
        kind: 'segment', key: seg.profile?.key ?? '', label: seg.profile?.label, text: segmentText(seg),
        value: ev.parts[s].score, type: 'number', weight: ev.shares[s], records: ev.pool.segRecords[s],
        children: kpiNodes(frame, ev.parts[s]),
      });
    });
  }
  children.push(...targetNodes(cx, ev));
  return {
    kind: 'score', key: ev.subject, text: ev.result.profile, value: ev.score, type: 'number',
    records: ev.pool.records, children,
  };
}

function kpiNodes(frame: Frame, weighted: WeightedScore): ExplainNode[] {
  const out: ExplainNode[] = [];
  for (const [kpi, weight] of weighted.weights) {
    out.push({ ...nodeExplain(frame, kpi, 0, new Set()), weight });
  }
  return out;
}

/** A metric or kpi with the trace of how its value was reached. */
function nodeExplain(frame: Frame, key: string, depth: number, path: Set<string>): ExplainNode {
  const { sc, nodes } = frame.cx;
  const node = nodes.get(key);
  if (!node) return { kind: 'expression', key, text: key, value: null, children: [] };
  // a kpi is points on the score's scale whatever unit its formula infers (`fcr * 100` is 93, not 9300%)
  const base = { kind: node.kind, key, label: node.label, text: node.text, type: node.kind === 'kpi' ? 'number' : node.type } as const;
  if (depth > MAX_DEPTH || path.has(key)) return { ...base, value: frame.scope.values[node.index], children: [] };
  const inner = new Set(path).add(key);
  const trace = safeTrace(sc, key, frame.scope);
  if (!trace) {
    const children = [
      ...node.deps.map((d) => nodeExplain(frame, d, depth + 1, inner)),
      ...node.aggregates.map((i) => aggregateNode(frame, i, null)),
    ];
    return { ...base, value: frame.scope.values[node.index], children };
  }
  return {
    ...base, value: trace.value, branch: trace.branch ? trace.branch.text : trace.branch === null ? null : undefined,
    children: trace.ref ? [fromTrace(frame, trace, depth, inner)].filter((n) => n !== null) : traceChildren(frame, trace, depth, inner),
  };
}

function safeTrace(sc: CompiledScorecard, key: string, scope: EvalScope): Trace | null {
  try {
    return sc.trace(key, scope);
  } catch {
    // an explanation is a courtesy: a defect in tracing must not take the score report down with it
    return null;
  }
}

/** The informative children of a trace: references, and expressions with references under them. */
function traceChildren(frame: Frame, t: Trace, depth: number, path: Set<string>): ExplainNode[] {
  const out: ExplainNode[] = [];
  for (const child of t.children) {
    const n = fromTrace(frame, child, depth, path);
    if (n) out.push(n);
  }
  return out;
}

function fromTrace(frame: Frame, t: Trace, depth: number, path: Set<string>): ExplainNode | null {
  const ref = t.ref;
  if (ref?.kind === 'metric' || ref?.kind === 'kpi') return nodeExplain(frame, ref.key, depth + 1, path);
  if (ref?.kind === 'aggregate') {
    const index = ref.index ?? frame.cx.sc.aggregates.find((p) => p.text === ref.key)?.index;
    return index === undefined ? leaf(t) : aggregateNode(frame, index, t);
  }
  if (ref) return { ...leaf(t), key: ref.key, type: groupType(frame, ref) };
  let children = traceChildren(frame, t, depth, path);
  // a literal or a sub-expression with nothing named under it adds nothing the parent's text does not show
  if (children.length === 0 && !t.branch) return null;
  // in a chain of sub-expressions (`100 - (aht - 300s) / 3s`) the outermost says it all: skip to what it reads
  while (children.length === 1 && children[0].kind === 'expression' && !children[0].branch && children[0].children.length > 0) {
    children = [...children[0].children];
  }
  return { ...leaf(t), branch: t.branch ? t.branch.text : undefined, children };
}

function leaf(t: Trace): ExplainNode {
  return { kind: 'expression', text: t.text, value: t.value, children: [] };
}

function groupType(frame: Frame, ref: NonNullable<Trace['ref']>): ValueType | undefined {
  return ref.kind === 'team' || ref.kind === 'org' ? frame.cx.nodes.get(ref.key)?.type : undefined;
}

function aggregateNode(frame: Frame, index: number, t: Trace | null): ExplainNode {
  const plan = frame.cx.sc.aggregates.find((p) => p.index === index);
  return {
    kind: 'aggregate', key: String(index), text: t?.text ?? plan?.text ?? `#${index}`,
    value: t ? t.value : frame.scope.agg[index] ?? null, records: frame.accs.used(index),
    type: plan ? aggregateType(frame.cx.sc, plan) : undefined, children: [],
  };
}

/** The unit of an aggregate's result, where it is plain from the plan (for display only). */
export function aggregateType(sc: CompiledScorecard, plan: AggregatePlan): ValueType {
  if (['count', 'distinct', 'headcount', 'leavers', 'joiners'].includes(plan.fn)) return 'count';
  const types = new Set(plan.fields.map((f) => sc.fields.find((d) => d.name === f)?.type));
  if (types.size !== 1) return 'number';
  const only = [...types][0];
  if (only === 'duration' || only === 'percent' || only === 'money' || only === 'timestamp') return only;
  return only === 'boolean' && plan.fn === 'avg' ? 'percent' : 'number';
}

function targetNodes(cx: ScoringContext, ev: SubjectEval): ExplainNode[] {
  return ev.result.targets.map((t) => {
    const lines = cx.targets.find((g) => g[0]?.metric === t.metric) ?? [];
    const line = lines.find((l) => holds(l.when, ev.scopes.whole));
    const type = cx.nodes.get(t.metric)?.type;
    return {
      kind: 'target', key: t.metric, text: line?.text ?? `${t.metric} ${t.op}`, value: t.met, type: 'boolean',
      children: [
        { kind: 'expression', text: 'target', value: t.target, type, children: [] },
        { kind: 'expression', text: 'actual', value: t.actual, type, children: [] },
        { kind: 'expression', text: 'gap', value: t.gap, type, children: [] },
      ],
    };
  });
}
