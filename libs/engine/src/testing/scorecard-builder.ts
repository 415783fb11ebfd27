import type {
  AggregateFn, AggregatePlan, CompareOp, CompiledAlert, CompiledNode, CompiledProfile, CompiledScorecard, CompiledTarget,
  EvalScope, MissingPolicy, ScopeFn, ScoreRecord, SubjectKind, Trace, Value, ValueType,
} from '@yardstick/dsl';

// A hand-built CompiledScorecard for engine tests, independent of the compiler: aggregates, metrics and kpis
// are plain closures, and `trace` reports a node's value with its aggregates and dependencies as children.

const SPAN = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

type RecordFn = (r: ScoreRecord) => Value;

interface NodeOpts {
  readonly type?: ValueType;
  readonly label?: string;
  readonly deps?: readonly string[];
  readonly aggregates?: readonly number[];
  readonly text?: string;
}

export class ScorecardBuilder {
  private readonly aggregates: AggregatePlan[] = [];
  private readonly nodes: CompiledNode[] = [];
  private readonly profiles: CompiledProfile[] = [];
  private readonly targets: CompiledTarget[] = [];
  private readonly alerts: CompiledAlert[] = [];
  private eligibleFn: ScopeFn | undefined;
  missing: MissingPolicy = 'renormalize';
  subject: SubjectKind = 'agent';

  constructor(readonly key = 'test') {}

  aggregate(fn: AggregateFn, text: string, opts: { value?: RecordFn; filter?: RecordFn; fraction?: number; fields?: string[] } = {}): number {
    const index = this.aggregates.length;
    this.aggregates.push({ index, fn, text, fields: opts.fields ?? [], span: SPAN, value: opts.value, filter: opts.filter, fraction: opts.fraction });
    return index;
  }

  /** A metric; `ev` reads aggregates through `s.agg[i]` and other nodes through `this.get(s, key)`. */
  metric(key: string, ev: ScopeFn, opts: NodeOpts = {}): this {
    return this.node('metric', key, ev, opts);
  }

  kpi(key: string, ev: ScopeFn, opts: NodeOpts = {}): this {
    return this.node('kpi', key, ev, opts);
  }

  private node(kind: 'metric' | 'kpi', key: string, ev: ScopeFn, opts: NodeOpts): this {
    this.nodes.push({
      kind, key, index: this.nodes.length, label: opts.label, type: opts.type ?? 'number', evaluate: ev,
      deps: opts.deps ?? [], aggregates: opts.aggregates ?? [], text: opts.text ?? key, span: SPAN,
    });
    return this;
  }

  /** The value of an earlier node inside a scope (`agent` values, or `team`/`org` values). */
  get(s: EvalScope, key: string, from: 'values' | 'team' | 'org' = 'values'): Value {
    const node = this.nodes.find((n) => n.key === key);
    if (!node) throw new Error(`no node ${key}`);
    return s[from]?.[node.index] ?? null;
  }

  /** `get` as a number or null. */
  num(s: EvalScope, key: string, from: 'values' | 'team' | 'org' = 'values'): number | null {
    const v = this.get(s, key, from);
    return typeof v === 'number' ? v : null;
  }

  profile(key: string, weights: Record<string, number>, opts: { isDefault?: boolean; active?: { from: string; to: string } } = {}): this {
    this.profiles.push({
      key, isDefault: opts.isDefault ?? false, active: opts.active,
      weights: Object.entries(weights).map(([kpi, weight]) => ({ kpi, weight })),
    });
    return this;
  }

  target(metric: string, op: CompareOp, value: number | ScopeFn, when?: ScopeFn): this {
    const fn: ScopeFn = typeof value === 'number' ? () => value : value;
    this.targets.push({ metric, op, value: fn, when, text: `${metric} ${op} ${String(value)}${when ? ' when …' : ''}`, span: SPAN });
    return this;
  }

  alert(key: string, condition: ScopeFn): this {
    this.alerts.push({ key, condition, notify: [], text: key });
    return this;
  }

  eligible(fn: ScopeFn): this {
    this.eligibleFn = fn;
    return this;
  }

  build(): CompiledScorecard {
    const nodes = [...this.nodes];
    const aggregates = [...this.aggregates];
    const trace = (key: string, s: EvalScope): Trace => {
      const node = nodes.find((n) => n.key === key);
      if (!node) return { text: key, value: null, children: [] };
      const children: Trace[] = [
        ...node.deps.map((d): Trace => {
          const dep = nodes.find((n) => n.key === d);
          return { text: d, value: dep ? s.values[dep.index] : null, ref: { kind: dep?.kind ?? 'metric', key: d, index: dep?.index }, children: [] };
        }),
        ...node.aggregates.map((i): Trace => ({
          text: aggregates[i].text, value: s.agg[i], ref: { kind: 'aggregate', key: aggregates[i].text, index: i }, children: [],
        })),
      ];
      return { text: node.text, value: s.values[node.index], children };
    };
    return {
      key: this.key, period: 'month', subject: this.subject, missing: this.missing, fields: [], usedFields: [],
      aggregates, nodes, metrics: nodes.filter((n) => n.kind === 'metric').map((n) => n.key),
      kpis: nodes.filter((n) => n.kind === 'kpi').map((n) => n.key), eligible: this.eligibleFn,
      targets: [...this.targets], profiles: [...this.profiles], alerts: [...this.alerts],
      usesTeam: true, usesOrg: true, trace,
    };
  }
}

/** `a / b` with the language's null rules. */
export function div(a: Value | undefined, b: Value | undefined): number | null {
  return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null;
}

/** `a * k` with nulls kept. */
export function times(a: Value | undefined, k: number): number | null {
  return typeof a === 'number' ? a * k : null;
}

/** A record at a local time (`2021-01-05T10:00`) for an agent. */
export function rec(agent: string | null, at: string, fields: Record<string, Value> = {}): ScoreRecord {
  return { agent, occurred_at: Date.parse(`${at}${at.length === 10 ? 'T00:00' : ''}Z`), ...fields };
}
