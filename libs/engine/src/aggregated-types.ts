// The input of the pre-aggregated entry point (`AggregatedScorer`): accumulator states computed outside the
// engine — by PostgreSQL, from the SQL that dsl/src/compile/sql generates — grouped by agent, team, group and
// organisation, per segment and for the whole period. The engine finishes them exactly as it finishes states
// built from streamed records, so both paths give the same report.

/** One aggregate plan's state over one group of records. */
export interface AggregateState {
  /** count: records counted; sum, avg, min, max: non-null values seen; percentile, distinct: unused */
  readonly n: number;
  /** records that passed the filter and gave a value (what explanations show) */
  readonly used: number;
  /** sum, avg: the exact sum of the values rounded once to a double (order-independent) */
  readonly sum?: number | null;
  readonly min?: number | null;
  readonly max?: number | null;
  /** percentile, distinct: the finished result */
  readonly value?: number | null;
}

/** Which subjects a row's records belong to. */
export type AggregatedLevel = 'agent' | 'team' | 'group' | 'org';

export interface AggregatedRow {
  readonly level: AggregatedLevel;
  /** index into the scoring segments (`planSegments`), or null for the whole period */
  readonly segment: number | null;
  /** agent rows: the agent id as `AgentInfo.id` and records name it */
  readonly agent?: string;
  /** agent rows: the team the agent is pooled in (null for none); team rows: the team */
  readonly team?: string | null;
  /** agent rows: the agent's group (null for none); group rows: the group */
  readonly group?: string | null;
  /** records in the group (in the period, with an agent) */
  readonly records: number;
  /** by `AggregatePlan.index`; a plan without a state saw no records */
  readonly states: readonly (AggregateState | undefined)[];
}

export interface AggregatedInput {
  readonly rows: readonly AggregatedRow[];
  /**
   * What the report says about records read: by default every record in the rows, none outside the period
   * and none without an agent (the query reads only the period's records that name an agent).
   */
  readonly counts?: { readonly read?: number; readonly outside?: number; readonly withoutAgent?: number };
}

/** Rows that contradict each other or the scorecard; `message` is meant to be shown as is. */
export class AggregatedInputError extends Error {
  override readonly name = 'AggregatedInputError';
}
