import type { AggregateEntry } from '../ir';
import type { AggregatePlan } from '../types';
import type { RecordSql } from './record-sql';
import { compose, holds, nullOf, type SqlExpr } from './sql-expr';
import { HALF_124, HALF_62, sqlNumber, TWO_62 } from './sql-text';
import { SqlResultError, type SqlAggregateState } from './sql-types';

// Each aggregate plan as the accumulator state the engine finishes (libs/engine/src/accumulators.ts), column by
// column. Sums are exact: each double x is split into trunc(x) and two 62-bit slices of its fraction (whole numbers,
// the common case, need no slices and are summed alone), all exact bigints, summed exactly by PostgreSQL and
// recombined in `numeric`, then rounded once to a double — the exact total rounded to nearest, which is what the
// engine's order-independent sum (exact-sum.ts) gives. Exact for every |x| < 2^63 with no bits below 2^-124; any
// other value makes PostgreSQL raise (isSqlRangeError), never round.


/** The columns of one plan, and how to read its state back from a result row. */
export interface PlanState {
  readonly columns: readonly string[];
  readonly read: (row: Readonly<Record<string, unknown>>) => SqlAggregateState;
}

const filtered = (aggregate: string, conditions: readonly string[]): string =>
  conditions.length === 0 ? aggregate : `${aggregate} FILTER (WHERE ${conditions.join(' AND ')})`;

/** The engine's `numeric()`: numbers as they are, booleans as 1 and 0, anything else skipped. */
function numericValue(e: SqlExpr): SqlExpr {
  if (e.type === 'float8') return e;
  return e.type === 'bool' ? compose(`((${e.text})::int)::float8`, 'float8', [e], 2) : nullOf('float8');
}

function exactSum(x: string, where: readonly string[]): string {
  // whole numbers (counts, durations in seconds, ratings) are the common case: one bigint sum, no slicing
  const integral = [...where, `${x} = trunc(${x})`];
  const fractional = [...where, `${x} <> trunc(${x})`];
  const fraction = `((${x} - trunc(${x})) * ${TWO_62})`;
  const rest = `((${fraction} - trunc(${fraction})) * ${TWO_62})`;
  const wholes = filtered(`sum(${x}::int8)`, integral);
  const whole = filtered(`sum(trunc(${x})::int8)`, fractional);
  const high = filtered(`sum(trunc(${fraction})::int8)`, fractional);
  // bits below 2^-124 (|x| under about 2e-22) do not fit the slices: divide by zero so the caller streams instead
  const low = filtered(`sum(CASE WHEN ${rest} = trunc(${rest}) THEN ${rest}::int8 ELSE (1 / (${rest} - ${rest}))::int8 END)`, fractional);
  return `((coalesce(${wholes}, 0) + coalesce(${whole}, 0) + coalesce(${high}, 0) * ${HALF_62} + coalesce(${low}, 0) * ${HALF_124})::float8)`;
}

/** A count from a result row: bigint arrives as text. */
function count(row: Readonly<Record<string, unknown>>, column: string): number {
  const v = row[column];
  const n = typeof v === 'number' ? v : typeof v === 'string' || typeof v === 'bigint' ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new SqlResultError(`column ${column}: ${String(v)} is not a count`);
  return n;
}

/** A double or null from a result row (float8 arrives as a number, or as text when parsing is switched off). */
function double(row: Readonly<Record<string, unknown>>, column: string): number | null {
  const v = row[column];
  if (v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new SqlResultError(`column ${column}: ${String(v)} is not a finite number`);
  return n;
}

type Column = (slot: string) => string;

function countState(rs: RecordSql, entry: AggregateEntry, where: readonly string[], col: Column): PlanState {
  if (!entry.value) return { columns: [`${filtered('count(*)', where)} AS ${col('n')}`], read: (r) => ({ n: count(r, col('n')), used: count(r, col('n')) }) };
  // count(cond) tests `cond === true`: every record passing the filter is used, the true ones counted
  const cond = holds(rs.expr(entry.value)).text;
  return {
    columns: [`${filtered('count(*)', [...where, cond])} AS ${col('n')}`, `${filtered('count(*)', where)} AS ${col('used')}`],
    read: (r) => ({ n: count(r, col('n')), used: count(r, col('used')) }),
  };
}

/** sum, avg, min, max, percentile: over the value as the engine's numeric() reads it. */
function numericState(rs: RecordSql, plan: AggregatePlan, entry: AggregateEntry, where: readonly string[], col: Column): PlanState {
  const x = rs.bind(numericValue(entry.value ? rs.expr(entry.value) : nullOf('float8'))).text;
  const n = `${filtered(`count(${x})`, where)} AS ${col('n')}`;
  if (plan.fn === 'sum' || plan.fn === 'avg') {
    return { columns: [n, `${exactSum(x, where)} AS ${col('sum')}`], read: (r) => ({ n: count(r, col('n')), used: count(r, col('n')), sum: double(r, col('sum')) }) };
  }
  if (plan.fn === 'percentile') {
    const p = plan.fraction === undefined ? 'NULL::float8' : sqlNumber(plan.fraction);
    const value = filtered(`percentile_cont(${p}) WITHIN GROUP (ORDER BY ${x})`, where);
    return { columns: [n, `${value} AS ${col('value')}`], read: (r) => ({ n: 0, used: count(r, col('n')), value: double(r, col('value')) }) };
  }
  const slot = plan.fn === 'min' ? 'min' : 'max';
  return {
    columns: [n, `${filtered(`${slot}(${x})`, where)} AS ${col(slot)}`],
    read: (r) => ({ n: count(r, col('n')), used: count(r, col('n')), [slot]: double(r, col(slot)) }),
  };
}

/** distinct: over the raw value (a string, a number or a boolean), as the engine's Set. */
function distinctState(rs: RecordSql, entry: AggregateEntry, where: readonly string[], col: Column): PlanState {
  const v = entry.value ? rs.bind(rs.expr(entry.value)) : nullOf('float8');
  const value = v.type === 'null' ? nullOf('float8') : v;
  return {
    columns: [`${filtered(`count(${value.text})`, where)} AS ${col('used')}`, `${filtered(`count(DISTINCT ${value.text})`, where)} AS ${col('value')}`],
    read: (r) => ({ n: 0, used: count(r, col('used')), value: count(r, col('value')) }),
  };
}

/** A plan's state columns; none for roster aggregates, which the engine counts from its agents list. */
export function planState(rs: RecordSql, plan: AggregatePlan, entry: AggregateEntry): PlanState | undefined {
  const col: Column = (slot) => `ys_s${plan.index}_${slot}`;
  const where = entry.filter ? [holds(rs.expr(entry.filter)).text] : [];
  switch (plan.fn) {
    case 'count': return countState(rs, entry, where, col);
    case 'sum': case 'avg': case 'min': case 'max': case 'percentile': return numericState(rs, plan, entry, where, col);
    case 'distinct': return distinctState(rs, entry, where, col);
    default: return undefined;
  }
}
