import type { Span, TierOp, CompareOp } from '../ast/nodes';

// The contract between the compiler (dsl/src/compile) and the engine (libs/engine).
// Everything a scorecard computes is a plain function over plain data; the engine never sees the AST.

export type Unit = 'number' | 'percent' | 'duration' | 'count' | 'money';
/** The type of any value in the language. `date` is a day number (days since 1970-01-01). */
export type ValueType = Unit | 'boolean' | 'string' | 'timestamp' | 'date' | 'null';
export type FieldType = 'string' | 'number' | 'boolean' | 'duration' | 'timestamp' | 'percent' | 'money' | 'count';
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type SubjectKind = 'agent' | 'team' | 'group';
export type MissingPolicy = 'renormalize' | 'zero';

/** A value at run time: durations in seconds, percents as fractions, timestamps as org-local wall-clock ms. */
export type Value = number | string | boolean | null;

/**
 * A record as the engine sees it: typed values keyed by field name. Absent and `null` both mean missing.
 * `occurred_at` (and any timestamp field) is milliseconds of the wall clock in the organisation's time zone,
 * counted as if that wall clock were UTC — so `hour()`, `weekday()`, `date()` and period bounds need no zone
 * arithmetic at evaluation time. Readers convert instants with an offset to this form on the way in.
 */
export interface ScoreRecord {
  readonly [field: string]: Value | undefined;
}

export type AggregateFn =
  | 'count' | 'sum' | 'avg' | 'min' | 'max' | 'percentile' | 'distinct'
  | 'headcount' | 'leavers' | 'joiners';

/** One aggregate over records, shared by every metric that writes the same aggregate text. */
export interface AggregatePlan {
  /** slot of this aggregate's result in `EvalScope.agg` */
  readonly index: number;
  readonly fn: AggregateFn;
  /**
   * The per-record value. For `count(cond)` it is the condition (a record counts when it returns `true`);
   * absent for `count()` and the roster aggregates. Aggregates skip `null`.
   */
  readonly value?: (r: ScoreRecord) => Value;
  /** the `where` filter: the record is used only when it returns `true` */
  readonly filter?: (r: ScoreRecord) => Value;
  /** for `percentile`: p as a fraction 0..1 (`percentile(x, 90)` → 0.9) */
  readonly fraction?: number;
  /** canonical source text, for explanations: `count(rating >= 4)` */
  readonly text: string;
  /** record fields it reads */
  readonly fields: readonly string[];
  readonly span: Span;
}

/** Attributes readable through `agent.x`, `team.x`, `group.x`; the engine adds `agent.tenure_days`. */
export interface SubjectAttributes {
  readonly agent?: Readonly<Record<string, Value | undefined>>;
  readonly team?: Readonly<Record<string, Value | undefined>>;
  readonly group?: Readonly<Record<string, Value | undefined>>;
}

/** What a compiled metric, kpi, condition or target reads. */
export interface EvalScope {
  /** this subject's aggregate results, by `AggregatePlan.index` */
  readonly agg: readonly (number | null)[];
  /** this subject's metric and kpi values, by `CompiledNode.index`; filled in `nodes` order */
  readonly values: Value[];
  /** node values of the subject's team (for `team(m)`); undefined when there is none */
  readonly team?: readonly Value[];
  /** node values of the whole organisation (for `org(m)`) */
  readonly org?: readonly Value[];
  readonly attrs: SubjectAttributes;
  /** the score, inside compensation rules */
  readonly score?: number | null;
}

export type ScopeFn = (s: EvalScope) => Value;

/** A metric or kpi. `nodes` of a compiled scorecard are in dependency order. */
export interface CompiledNode {
  readonly kind: 'metric' | 'kpi';
  readonly key: string;
  readonly index: number;
  readonly label?: string;
  readonly type: ValueType;
  readonly evaluate: ScopeFn;
  /** metrics and kpis it reads directly (team(m) and org(m) count as reads of m) */
  readonly deps: readonly string[];
  /** aggregates it reads directly (indexes into `aggregates`) */
  readonly aggregates: readonly number[];
  /** canonical source text of its expression */
  readonly text: string;
  readonly span: Span;
}

export interface CompiledTarget {
  readonly metric: string;
  readonly op: CompareOp;
  readonly value: ScopeFn;
  readonly when?: ScopeFn;
  readonly text: string;
  readonly span: Span;
}

export interface CompiledProfile {
  readonly key: string;
  readonly label?: string;
  readonly isDefault: boolean;
  /** inclusive days, `YYYY-MM-DD` */
  readonly active?: { readonly from: string; readonly to: string };
  /** weight fractions (40% → 0.4), in the order written */
  readonly weights: readonly { readonly kpi: string; readonly weight: number }[];
}

export interface CompiledAlert {
  readonly key: string;
  readonly label?: string;
  readonly condition: ScopeFn;
  readonly notify: readonly string[];
  readonly text: string;
}

export interface CompiledScorecard {
  readonly key: string;
  readonly label?: string;
  readonly period: PeriodUnit;
  readonly subject: SubjectKind;
  readonly missing: MissingPolicy;
  /** every field a record may carry: the built-ins and the declared ones */
  readonly fields: readonly { readonly name: string; readonly type: FieldType; readonly builtin: boolean }[];
  /** the fields this scorecard's aggregates actually read */
  readonly usedFields: readonly string[];
  readonly aggregates: readonly AggregatePlan[];
  /** metrics and kpis in dependency order */
  readonly nodes: readonly CompiledNode[];
  /** metric keys in the order written */
  readonly metrics: readonly string[];
  /** kpi keys in the order written */
  readonly kpis: readonly string[];
  readonly eligible?: ScopeFn;
  readonly targets: readonly CompiledTarget[];
  readonly profiles: readonly CompiledProfile[];
  readonly alerts: readonly CompiledAlert[];
  /** whether any expression reads team(m) / org(m) */
  readonly usesTeam: boolean;
  readonly usesOrg: boolean;
  /** a node's value with the trace of how it was reached (tier branch taken, operands), for explanations */
  readonly trace: (nodeKey: string, s: EvalScope) => Trace;
}

/** How one expression was evaluated, for explanations. */
export interface Trace {
  readonly text: string;
  readonly value: Value;
  /** set on a tier: the branch that won, as written (`>= 90%`), or `else`; null when the subject was null */
  readonly branch?: { readonly index: number; readonly op: TierOp | 'else'; readonly text: string } | null;
  /** set when the expression is a reference to a metric, kpi or aggregate */
  readonly ref?: {
    readonly kind: 'metric' | 'kpi' | 'aggregate' | 'team' | 'org' | 'attribute';
    /** metric/kpi key, aggregate text (`count(rating >= 4)`), or `agent.base_bonus` */
    readonly key: string;
    /** the `CompiledNode.index` of a metric/kpi (also for team/org), or the `AggregatePlan.index` */
    readonly index?: number;
  };
  readonly children: readonly Trace[];
}

export interface CompiledCompensation {
  readonly key: string;
  readonly label?: string;
  readonly scorecard: string;
  readonly period: PeriodUnit;
  /** exact to the cent: strings of decimals (`"1200.00"`) or null */
  readonly payout: (s: EvalScope) => string | null;
}

export interface CompiledDocument {
  readonly scorecards: readonly CompiledScorecard[];
  readonly compensations: readonly CompiledCompensation[];
}
