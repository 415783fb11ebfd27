import type { AggregateFn, AggregatePlan, ScoreRecord, Value } from '@yardstick/dsl';

// Mergeable accumulators for a scorecard's aggregate plans. One `Accumulators` holds the running state of every
// plan for one subject (and segment): numbers in one Float64Array, plus the value lists percentiles need and the
// sets distinct needs. Adding a record allocates nothing (besides growing those lists); merging two states gives
// the state of the pooled records, which is how a team's metric becomes a ratio of the team's sums.

// plain numbers rather than an enum, so the hot loop compares small integer constants
const Fn = { Count: 0, Sum: 1, Avg: 2, Min: 3, Max: 4, Percentile: 5, Distinct: 6, Headcount: 7, Leavers: 8, Joiners: 9 } as const;
type Fn = (typeof Fn)[keyof typeof Fn];

const FN_CODE: Record<AggregateFn, Fn> = {
  count: Fn.Count, sum: Fn.Sum, avg: Fn.Avg, min: Fn.Min, max: Fn.Max, percentile: Fn.Percentile,
  distinct: Fn.Distinct, headcount: Fn.Headcount, leavers: Fn.Leavers, joiners: Fn.Joiners,
};

const UNUSED = 255;
/** Slots per plan in `Accumulators.num`. */
const STRIDE = 5;
/** count: records counted; numeric aggregates: non-null values seen */
const N = 0;
const SUM = 1;
const MIN = 2;
const MAX = 3;
/** records that passed the filter and gave a non-null value (what explanations show) */
const USED = 4;

/** The plans of a scorecard laid out for a tight loop. */
export interface PlanSet {
  readonly size: number;
  readonly plans: readonly AggregatePlan[];
  readonly codes: Uint8Array;
  readonly values: readonly (((r: ScoreRecord) => Value) | undefined)[];
  readonly filters: readonly (((r: ScoreRecord) => Value) | undefined)[];
  /** whether any plan is a roster aggregate (headcount, leavers, joiners) */
  readonly usesRoster: boolean;
}

export function planSet(plans: readonly AggregatePlan[]): PlanSet {
  const size = plans.reduce((m, p) => Math.max(m, p.index + 1), 0);
  // an index no plan uses (should the compiler leave gaps) gets a code that no branch handles
  const codes = new Uint8Array(size).fill(UNUSED);
  const values: (((r: ScoreRecord) => Value) | undefined)[] = new Array(size).fill(undefined);
  const filters: (((r: ScoreRecord) => Value) | undefined)[] = new Array(size).fill(undefined);
  const byIndex: AggregatePlan[] = new Array(size);
  for (const p of plans) {
    const code = FN_CODE[p.fn];
    if (code === undefined) throw new Error(`unknown aggregate '${p.fn}' in plan ${p.index}`);
    codes[p.index] = code;
    values[p.index] = p.value;
    filters[p.index] = p.filter;
    byIndex[p.index] = p;
  }
  const usesRoster = plans.some((p) => p.fn === 'headcount' || p.fn === 'leavers' || p.fn === 'joiners');
  return { size, plans: byIndex, codes, values, filters, usesRoster };
}

/** Roster figures of a team, group or organisation over a range of days. */
export interface RosterCounts {
  readonly headcount: number;
  readonly leavers: number;
  readonly joiners: number;
}

/** Booleans count as 1 and 0 (`avg(resolved)` is a rate); anything else that is not a finite number is skipped. */
function numeric(v: Value | undefined): number {
  if (typeof v === 'number') return v === v && v !== Infinity && v !== -Infinity ? v : NaN;
  if (v === true) return 1;
  if (v === false) return 0;
  return NaN;
}

export class Accumulators {
  readonly num: Float64Array;
  /** per plan: the values (percentile) or the distinct set; null for other plans */
  readonly lists: (number[] | Set<Value> | null)[];

  constructor(readonly set: PlanSet) {
    this.num = new Float64Array(set.size * STRIDE);
    this.lists = new Array(set.size).fill(null);
    for (let i = 0; i < set.size; i++) {
      const code = set.codes[i];
      if (code === Fn.Percentile) this.lists[i] = [];
      else if (code === Fn.Distinct) this.lists[i] = new Set<Value>();
      this.num[i * STRIDE + MIN] = Infinity;
      this.num[i * STRIDE + MAX] = -Infinity;
    }
  }

  /** Feeds one record to every plan. */
  add(r: ScoreRecord): void {
    const { size, codes, values, filters } = this.set;
    const num = this.num;
    for (let i = 0; i < size; i++) {
      const filter = filters[i];
      if (filter !== undefined && filter(r) !== true) continue;
      const code = codes[i];
      const b = i * STRIDE;
      if (code === Fn.Count) {
        const value = values[i];
        if (value === undefined) {
          num[b + N]++;
          num[b + USED]++;
        } else {
          const v = value(r);
          if (v === true) num[b + N]++;
          if (v !== null && v !== undefined) num[b + USED]++;
        }
      } else if (code <= Fn.Max) {
        const x = numeric(values[i]?.(r));
        if (x !== x) continue;
        num[b + N]++;
        num[b + USED]++;
        num[b + SUM] += x;
        if (x < num[b + MIN]) num[b + MIN] = x;
        if (x > num[b + MAX]) num[b + MAX] = x;
      } else if (code === Fn.Percentile) {
        const x = numeric(values[i]?.(r));
        if (x !== x) continue;
        num[b + USED]++;
        (this.lists[i] as number[]).push(x);
      } else if (code === Fn.Distinct) {
        const v = values[i]?.(r);
        if (v === null || v === undefined) continue;
        num[b + USED]++;
        (this.lists[i] as Set<Value>).add(v);
      }
    }
  }

  /** Pools another state (of the same plans) into this one. */
  merge(other: Accumulators): void {
    const a = this.num;
    const o = other.num;
    for (let i = 0; i < this.set.size; i++) {
      const b = i * STRIDE;
      a[b + N] += o[b + N];
      a[b + SUM] += o[b + SUM];
      a[b + USED] += o[b + USED];
      if (o[b + MIN] < a[b + MIN]) a[b + MIN] = o[b + MIN];
      if (o[b + MAX] > a[b + MAX]) a[b + MAX] = o[b + MAX];
      const list = this.lists[i];
      const from = other.lists[i];
      if (Array.isArray(list) && Array.isArray(from)) for (let j = 0; j < from.length; j++) list.push(from[j]);
      else if (list instanceof Set && from instanceof Set) for (const v of from) list.add(v);
    }
  }

  /** How many records plan `index` used: passed its filter and gave a non-null value. */
  used(index: number): number {
    return this.num[index * STRIDE + USED];
  }

  /** The result of plan `index`; null when a numeric aggregate saw no values. */
  result(index: number, roster?: RosterCounts): number | null {
    const b = index * STRIDE;
    const n = this.num[b + N];
    switch (this.set.codes[index]) {
      case Fn.Count: return n;
      case Fn.Sum: return n > 0 ? this.num[b + SUM] : null;
      case Fn.Avg: return n > 0 ? this.num[b + SUM] / n : null;
      case Fn.Min: return n > 0 ? this.num[b + MIN] : null;
      case Fn.Max: return n > 0 ? this.num[b + MAX] : null;
      case Fn.Percentile: return percentileCont(this.lists[index] as number[], this.set.plans[index]?.fraction);
      case Fn.Distinct: return (this.lists[index] as Set<Value>).size;
      case Fn.Headcount: return roster ? roster.headcount : null;
      case Fn.Leavers: return roster ? roster.leavers : null;
      case Fn.Joiners: return roster ? roster.joiners : null;
      default: return null;
    }
  }

  /** Every plan's result, by plan index (the `agg` of an EvalScope). */
  results(roster?: RosterCounts): (number | null)[] {
    const out: (number | null)[] = new Array(this.set.size);
    for (let i = 0; i < this.set.size; i++) out[i] = this.result(i, roster);
    return out;
  }
}

/**
 * PostgreSQL's percentile_cont: over the sorted values, position p·(n−1), interpolated linearly between the
 * values either side. No values, or p outside 0..1, gives null.
 */
export function percentileCont(values: readonly number[], p: number | undefined): number | null {
  if (values.length === 0 || p === undefined || !(p >= 0 && p <= 1)) return null;
  const sorted = Float64Array.from(values).sort();
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const lower = sorted[lo];
  return lo === hi ? lower : lower + (pos - lo) * (sorted[hi] - lower);
}
