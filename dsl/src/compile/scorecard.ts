import type { DateLiteral, Expr } from '../ast/nodes';
import type { ScorecardModel } from '../checker/model';
import { compileFunctions, type FunctionSpec } from './codegen';
import { evaluateConstant, FLOAT, interpret, toTrace } from './interpret';
import { walkIr, type AggregateEntry, type Ir } from './ir';
import { AggregateRegistry, lowerExpr, type LowerEnv, type NameTarget } from './lower';
import { printExpr } from './print';
import type {
  AggregatePlan, CompiledAlert, CompiledNode, CompiledProfile, CompiledScorecard, CompiledTarget, EvalScope, ScopeFn,
  ScoreRecord, Trace, Value,
} from './types';

// One checked scorecard → the engine's CompiledScorecard (see types.ts). Metrics and kpis become nodes
// in the checker's dependency order; `CompiledNode.index` is the node's position in that order, which
// is also its slot in `EvalScope.values` (and in `team`/`org`).

/** The checker's order, plus (defensively) any metric or kpi it left out. */
function nodeOrder(model: ScorecardModel): string[] {
  const order = model.order.filter((n) => model.metrics.has(n) || model.kpis.has(n));
  const seen = new Set(order);
  for (const n of [...model.metrics.keys(), ...model.kpis.keys()]) if (!seen.has(n)) { seen.add(n); order.push(n); }
  return order;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function references(ir: Ir): { deps: string[]; aggregates: number[] } {
  const deps: string[] = [];
  const aggregates: number[] = [];
  walkIr(ir, (n) => {
    if (n.k === 'node' || n.k === 'group') deps.push(n.key);
    if (n.k === 'agg') aggregates.push(n.index);
  });
  return { deps: unique(deps), aggregates: unique(aggregates) };
}

/**
 * Every function of one scorecard, generated as one module (codegen.ts: one `new Function` per scorecard):
 * `scope`/`record` register an IR and return a thunk that gives its compiled function once `compile` ran.
 */
class FunctionBatch {
  private readonly specs: FunctionSpec[] = [];
  private compiled: ((x: never) => Value)[] = [];

  scope(ir: Ir, condition = false): () => ScopeFn {
    const i = this.specs.push({ ir, param: 's', condition }) - 1;
    return () => this.compiled[i] as ScopeFn;
  }

  record(ir: Ir, condition = false): () => (r: ScoreRecord) => Value {
    const i = this.specs.push({ ir, param: 'r', condition }) - 1;
    return () => this.compiled[i] as (r: ScoreRecord) => Value;
  }

  compile(): void {
    this.compiled = compileFunctions(this.specs);
  }
}

function toPlan(e: AggregateEntry, batch: FunctionBatch): () => AggregatePlan {
  // count(cond)'s value and every filter are conditions: they return exactly true or false
  const value = e.value ? batch.record(e.value, e.fn === 'count') : undefined;
  const filter = e.filter ? batch.record(e.filter, true) : undefined;
  return () => ({
    index: e.index, fn: e.fn, text: e.text, fields: e.fields, span: e.span,
    ...(value ? { value: value() } : {}),
    ...(filter ? { filter: filter() } : {}),
    ...(e.fraction !== undefined ? { fraction: e.fraction } : {}),
  });
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const day = (d: DateLiteral): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

function compileProfiles(model: ScorecardModel, env: LowerEnv): CompiledProfile[] {
  return model.profiles.map((p) => ({
    key: p.name.name,
    ...(p.label ? { label: p.label.value } : {}),
    isDefault: p.default !== undefined,
    ...(p.active ? { active: { from: day(p.active.from), to: day(p.active.to) } } : {}),
    weights: p.weights.map((w) => {
      const v = evaluateConstant(lowerExpr(w.value, env));
      return { kpi: w.kpi.name, weight: typeof v === 'number' ? v : 0 };
    }),
  }));
}

/** Name resolution for a scorecard: metric and kpi names → their slots in `nodes`. */
function scorecardEnv(model: ScorecardModel, slots: ReadonlyMap<string, number>): LowerEnv {
  const resolve = (name: string): NameTarget | undefined => {
    const index = slots.get(name);
    if (index === undefined) return undefined;
    return { kind: 'node', index, key: name, nodeKind: model.metrics.has(name) ? 'metric' : 'kpi' };
  };
  return { resolve, types: model.types, fieldTypes: new Map([...model.fields].map(([k, f]) => [k, f.type])) };
}

function compileNodes(model: ScorecardModel, order: readonly string[], irs: readonly Ir[], batch: FunctionBatch): () => CompiledNode[] {
  const fns = irs.map((ir) => batch.scope(ir));
  return () => order.map((key, index): CompiledNode => {
    const symbol = model.metrics.get(key) ?? model.kpis.get(key);
    const ir = irs[index];
    const { deps, aggregates } = references(ir);
    const kind = model.metrics.has(key) ? 'metric' : 'kpi';
    const type = symbol?.type ?? 'number';
    const [evaluate, text, span] = [fns[index](), printExpr(ir.expr), symbol?.decl.span ?? model.decl.span];
    // literals rather than spreads, V8's slow path (see ../checker/resolve.ts)
    return symbol?.label !== undefined
      ? { kind, key, index, type, label: symbol.label, evaluate, deps, aggregates, text, span }
      : { kind, key, index, type, evaluate, deps, aggregates, text, span };
  });
}

/** Targets, alerts and eligibility; `seen` collects their IR (for team/org detection). */
function compileRules(model: ScorecardModel, env: LowerEnv, seen: Ir[], batch: FunctionBatch) {
  const lower = (e: Expr, condition: boolean) => {
    const ir = lowerExpr(e, env);
    seen.push(ir);
    return batch.scope(ir, condition);
  };
  const targets = model.targets.map((t) => {
    const value = lower(t.value, false);
    const when = t.when ? lower(t.when, true) : undefined;
    return (): CompiledTarget => ({
      metric: t.metric.name, op: t.op, value: value(),
      ...(when ? { when: when() } : {}),
      text: `${t.metric.name} ${t.op} ${printExpr(t.value)}${t.when ? ` when ${printExpr(t.when)}` : ''}`,
      span: t.span,
    });
  });
  const alerts = model.alerts.map((a) => {
    const condition = lower(a.condition, true);
    return (): CompiledAlert => ({
      key: a.name.name, ...(a.label ? { label: a.label.value } : {}),
      condition: condition(), notify: a.notify.map((n) => n.name), text: printExpr(a.condition),
    });
  });
  const eligible = model.eligible ? lower(model.eligible, true) : undefined;
  return () => ({
    targets: targets.map((t) => t()), alerts: alerts.map((a) => a()), ...(eligible ? { eligible: eligible() } : {}),
  });
}

export function compileScorecard(model: ScorecardModel): CompiledScorecard {
  const order = nodeOrder(model);
  const slots = new Map(order.map((name, i) => [name, i]));
  const env = scorecardEnv(model, slots);
  const registry = new AggregateRegistry();
  const metricEnv: LowerEnv = { ...env, aggregates: registry };
  const nodeIrs = order.map((name) => {
    const metric = model.metrics.get(name);
    return metric ? lowerExpr(metric.decl.expr, metricEnv) : lowerExpr(model.kpis.get(name)?.decl.expr ?? nullExpr(model), env);
  });
  const batch = new FunctionBatch();
  const ruleIrs: Ir[] = [];
  const rules = compileRules(model, env, ruleIrs, batch);
  const plans = registry.entries.map((e) => toPlan(e, batch));
  const nodes = compileNodes(model, order, nodeIrs, batch);
  batch.compile();
  const aggregates = plans.map((p) => p());
  const groups = new Set<string>();
  for (const ir of [...nodeIrs, ...ruleIrs]) walkIr(ir, (n) => { if (n.k === 'group') groups.add(n.group); });
  const written = (kind: 'metric' | 'kpi') =>
    unique(model.decl.items.flatMap((i) => (i.kind === kind ? [i.name.name] : []))).filter((n) => slots.has(n));

  return {
    key: model.key, ...(model.label !== undefined ? { label: model.label } : {}),
    period: model.period, subject: model.subject, missing: model.missing,
    fields: [...model.fields.values()].map((f) => ({ name: f.name, type: f.type, builtin: f.builtin })),
    usedFields: unique(aggregates.flatMap((a) => a.fields)),
    aggregates, nodes: nodes(), metrics: written('metric'), kpis: written('kpi'),
    ...rules(), profiles: compileProfiles(model, env),
    usesTeam: groups.has('team'), usesOrg: groups.has('org'),
    trace: (key: string, s: EvalScope): Trace => {
      const index = slots.get(key);
      if (index === undefined) return { text: key, value: null, children: [] };
      return toTrace(interpret(nodeIrs[index], { mode: FLOAT, scope: s }));
    },
  };
}

/** Stands in for a missing expression (never expected after checking): evaluates to null. */
const nullExpr = (model: ScorecardModel): Expr => ({ kind: 'null', span: model.decl.span });
