import type { CheckedDocument, ScorecardModel } from '../../checker/model';
import type { CompiledScorecard } from '../types';

// The SQL back end's contract with its caller (the service). The caller describes its tables once, in code
// (SqlTableMap): every identifier in the generated SQL comes from that map or from this module, never from a
// scorecard. Everything a scorecard contributes — strings, custom field names, the time zone, days — is a
// bind parameter; numbers are validated literals.

/** A column: of the records table, or of a joined table named by its alias. */
export interface SqlColumn {
  /** alias of a join; absent for the records table */
  readonly from?: string;
  readonly column: string;
}

export interface SqlJoin {
  /** table name, optionally schema-qualified (`public.agents`) */
  readonly table: string;
  readonly alias: string;
  /** equalities joining it: a column of the records table or an earlier join, and this table's column */
  readonly on: readonly { readonly left: SqlColumn; readonly right: string }[];
  /** LEFT JOIN instead of JOIN */
  readonly optional?: boolean;
}

export interface SqlTableMap {
  /** the records table, optionally schema-qualified */
  readonly table: string;
  readonly joins?: readonly SqlJoin[];
  /** the record's instant, a `timestamptz` column (default `occurred_at`) */
  readonly occurredAt?: SqlColumn;
  /**
   * Built-in record fields: their column, or null for one the table does not have (it reads as null). A field
   * not listed reads the records table's column of its own name; `agent` reads `subjects.agent`.
   */
  readonly fields?: Readonly<Record<string, SqlColumn | null>>;
  /** the `jsonb` column of custom fields, keyed by field name (default `custom`; null: none) */
  readonly custom?: SqlColumn | null;
  /**
   * What the engine groups by: the agent id (as `AgentInfo.id`), the team the agent is pooled in (the agents
   * list's team: the engine refuses rows that pool a listed agent elsewhere) and its group (absent: none).
   */
  readonly subjects: {
    readonly agent: SqlColumn;
    readonly team: SqlColumn;
    readonly group?: SqlColumn;
  };
  /** equalities every record must meet (`organisation_id = $n`), values bound as parameters */
  readonly filters?: readonly { readonly column: SqlColumn; readonly value: string | number | boolean }[];
  /** schema of the `yardstick_*` SQL functions (SQL_FUNCTIONS); default: the search path */
  readonly functionSchema?: string;
}

export interface AggregateSqlOptions {
  /** the checked document (or the scorecard's model) that `scorecard` was compiled from */
  readonly checked: CheckedDocument | ScorecardModel;
  readonly scorecard: CompiledScorecard;
  readonly table: SqlTableMap;
  /** IANA zone of the organisation: days, hours and weekdays are its wall clock */
  readonly timeZone: string;
  /**
   * The scoring segments in order (the engine's `planSegments`): inclusive local days `YYYY-MM-DD`, or, for
   * switches inside a day, `startMs`/`endMs` (org-local wall-clock ms, end exclusive; they win over the days).
   */
  readonly segments: readonly SqlSegment[];
}

/** A segment by its days, or by its bounds at any instant (org-local wall-clock ms, as the engine's SegmentPlan). */
export type SqlSegment =
  | { readonly from: string; readonly to: string; readonly startMs?: undefined; readonly endMs?: undefined }
  | { readonly from?: string; readonly to?: string; readonly startMs: number; readonly endMs: number };

/** One plan's accumulator state, as the engine's `AggregateState`. */
export interface SqlAggregateState {
  readonly n: number;
  readonly used: number;
  readonly sum?: number | null;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly value?: number | null;
}

/** One result row, as the engine's `AggregatedRow`. */
export interface SqlAggregatedRow {
  readonly level: 'agent' | 'team' | 'group' | 'org';
  readonly segment: number | null;
  readonly agent?: string;
  readonly team?: string | null;
  readonly group?: string | null;
  readonly records: number;
  readonly states: readonly (SqlAggregateState | undefined)[];
}

export interface AggregateQuery {
  readonly text: string;
  readonly values: readonly (string | number | boolean)[];
  /** one result row → the engine's row; throws SqlResultError for a row this query cannot have produced */
  readonly decode: (row: Readonly<Record<string, unknown>>) => SqlAggregatedRow;
}

/** Why a scorecard cannot be scored in SQL (the caller then streams the records through the engine instead). */
export interface SqlUnsupported {
  readonly aggregate: string;
  readonly reason: string;
}

export type AggregateSqlResult =
  | { readonly ok: true; readonly query: AggregateQuery }
  | { readonly ok: false; readonly unsupported: readonly SqlUnsupported[] };

/** A table map or option that is not valid (a defect of the caller, never of a scorecard). */
export class SqlTableMapError extends Error {
  override readonly name = 'SqlTableMapError';
}

/**
 * Whether the database refused the query because a value left the range of a double (PostgreSQL raises where
 * JavaScript gives Infinity, or 0 for an underflow): arithmetic on absurd magnitudes, sums beyond ±2^63. The
 * caller then scores that scorecard by streaming the records through the engine, which gives the same report.
 */
export function isSqlRangeError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '22003' || code === '22012';
}

/** A result row that does not fit the query: wrong shape, or a connection whose float output is rounded. */
export class SqlResultError extends Error {
  override readonly name = 'SqlResultError';
}
