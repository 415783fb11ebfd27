import { compileRecordStep, type AggregateFn, type AggregatePlan, type ScoreRecord, type Value } from '@yardstick/dsl';
import type { AggregateState } from './aggregated-types';
import { addExact, exactTotal } from './exact-sum';

// Mergeable accumulators for a scorecard's aggregate plans. One `Accumulators` holds the running state of every
// plan for one subject (and segment): numbers in one Float64Array, plus the exact-sum partials sums and averages
// need, the value lists percentiles need and the sets distinct needs. Adding a record allocates nothing (besides
// growing those lists); merging two states gives the state of the pooled records, which is how a team's metric
// becomes a ratio of the team's sums. No result depends on the order records arrive in (sums are exact, then
// rounded once), so a database computing the same states per group gives the same numbers (`fromStates`).

// plain numbers rather than an enum, so the hot loop compares small integer constants
const Fn = { Count: 0, Sum: 1, Avg: 2, Min: 3, Max: 4, Percentile: 5, Distinct: 6, Headcount: 7, Leavers: 8, Joiners: 9 } as const;
type Fn = (typeof Fn)[keyof typeof Fn];

const FN_CODE: Record<AggregateFn, Fn> = {
  count: Fn.Count, sum: Fn.Sum, avg: Fn.Avg, min: Fn.Min, max: Fn.Max, percentile: Fn.Percentile,
  distinct: Fn.Distinct, headcount: Fn.Headcount, leavers: Fn.Leavers, joiners: Fn.Joiners,
};

const UNUSED = 255;
/** Slots per plan in `Accumulators.num`. */
const STRIDE = 4;
/** count: records counted; numeric aggregates: non-null values seen */
const N = 0;
const MIN = 1;
const MAX = 2;
/** records that passed the filter and gave a non-null value (what explanations show) */
const USED = 3;

/** The plans of a scorecard laid out for a tight loop. */
export interface PlanSet {
  readonly size: number;
  readonly plans: readonly AggregatePlan[];
  readonly codes: Uint8Array;
  readonly values: readonly (((r: ScoreRecord) => Value) | undefined)[];
  readonly filters: readonly (((r: ScoreRecord) => Value) | undefined)[];
  /** whether any plan is a roster aggregate (headcount, leavers, joiners) */
  readonly usesRoster: boolean;
  /** every plan's filter and value in one generated call: `out[i]` is undefined when plan i skips the record */
  readonly step: (r: ScoreRecord, out: Value[]) => void;
  /** the reusable `out` of `step` (adding is not re-entrant, so one per plan set is enough) */
  readonly scratch: Value[];
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
  // only count() reads nothing from the record; other plans without a value take no records at all
  const step = compileRecordStep(byIndex.map((p, i) => (p && (values[i] || codes[i] === Fn.Count) ? p : undefined)));
  return { size, plans: byIndex, codes, values, filters, usesRoster, step, scratch: new Array<Value>(size).fill(null) };
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

/** `x + 0` is x, except that -0 becomes 0: which zero an extreme or a percentile is must not depend on order. */
const unsigned = (x: number | null): number | null => (x === null ? null : x + 0);

export class Accumulators {
  readonly num: Float64Array;
  /** per plan: the exact-sum partials (sum, avg), the values (percentile) or the distinct set; null for others */
  readonly lists: (number[] | Set<Value> | null)[];
  /** results of percentile and distinct plans loaded by `fromStates` (their values are not kept) */
  private finished: readonly (AggregateState | undefined)[] | null = null;

  constructor(readonly set: PlanSet) {
    this.num = new Float64Array(set.size * STRIDE);
    this.lists = new Array(set.size).fill(null);
    for (let i = 0; i < set.size; i++) {
      const code = set.codes[i];
      if (code === Fn.Percentile || code === Fn.Sum || code === Fn.Avg) this.lists[i] = [];
      else if (code === Fn.Distinct) this.lists[i] = new Set<Value>();
      this.num[i * STRIDE + MIN] = Infinity;
      this.num[i * STRIDE + MAX] = -Infinity;
    }
  }

  /** Feeds one record to every plan. */
  add(r: ScoreRecord): void {
    const { size, codes, step, scratch } = this.set;
    step(r, scratch);
    const num = this.num;
    for (let i = 0; i < size; i++) {
      const v = scratch[i];
      if (v === undefined) continue;
      const code = codes[i];
      const b = i * STRIDE;
      if (code === Fn.Count) {
        if (v === true) num[b + N]++;
        if (v !== null) num[b + USED]++;
      } else if (code <= Fn.Max) {
        const x = numeric(v);
        if (x !== x) continue;
        num[b + N]++;
        num[b + USED]++;
        if (code <= Fn.Avg) addExact(this.lists[i] as number[], x);
        else if (code === Fn.Min) {
          if (x < num[b + MIN]) num[b + MIN] = x;
        } else if (x > num[b + MAX]) num[b + MAX] = x;
      } else if (code === Fn.Percentile) {
        const x = numeric(v);
        if (x !== x) continue;
        num[b + USED]++;
        (this.lists[i] as number[]).push(x);
      } else if (code === Fn.Distinct) {
        if (v === null) continue;
        num[b + USED]++;
        (this.lists[i] as Set<Value>).add(v);
      }
    }
  }

  /** Pools another state (of the same plans) into this one. States loaded by `fromStates` cannot be pooled. */
  merge(other: Accumulators): void {
    if (this.finished || other.finished) throw new Error('finished aggregate states cannot be merged');
    const a = this.num;
    const o = other.num;
    for (let i = 0; i < this.set.size; i++) {
      const b = i * STRIDE;
      a[b + N] += o[b + N];
      a[b + USED] += o[b + USED];
      if (o[b + MIN] < a[b + MIN]) a[b + MIN] = o[b + MIN];
      if (o[b + MAX] > a[b + MAX]) a[b + MAX] = o[b + MAX];
      const list = this.lists[i];
      const from = other.lists[i];
      const code = this.set.codes[i];
      if (code === Fn.Sum || code === Fn.Avg) for (const p of from as number[]) addExact(list as number[], p);
      else if (Array.isArray(list) && Array.isArray(from)) for (let j = 0; j < from.length; j++) list.push(from[j]);
      else if (list instanceof Set && from instanceof Set) for (const v of from) list.add(v);
    }
  }

  /**
   * Accumulators holding states computed elsewhere (a database grouping the records by subject): each plan's
   * state by plan index; a plan without one is as if no record reached it. Results are then finished exactly
   * as for streamed records.
   */
  static fromStates(set: PlanSet, states: readonly (AggregateState | undefined)[]): Accumulators {
    const acc = new Accumulators(set);
    acc.finished = states;
    for (let i = 0; i < set.size; i++) {
      const s = states[i];
      if (!s) continue;
      const b = i * STRIDE;
      acc.num[b + N] = s.n;
      acc.num[b + USED] = s.used;
      if (typeof s.sum === 'number' && s.sum !== 0) (acc.lists[i] as number[]).push(s.sum);
      if (typeof s.min === 'number') acc.num[b + MIN] = s.min;
      if (typeof s.max === 'number') acc.num[b + MAX] = s.max;
    }
    return acc;
  }

  /** The state of plan `index` in the form `fromStates` reads (percentile and distinct as their results). */
  state(index: number): AggregateState {
    const b = index * STRIDE;
    const n = this.num[b + N];
    const used = this.num[b + USED];
    switch (this.set.codes[index]) {
      case Fn.Sum: case Fn.Avg: return { n, used, sum: exactTotal(this.lists[index] as number[]) };
      case Fn.Min: return { n, used, min: n > 0 ? unsigned(this.num[b + MIN]) : null };
      case Fn.Max: return { n, used, max: n > 0 ? unsigned(this.num[b + MAX]) : null };
      case Fn.Percentile: case Fn.Distinct: return { n, used, value: this.result(index) };
      default: return { n, used };
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
    const code = this.set.codes[index];
    if (this.finished && (code === Fn.Percentile || code === Fn.Distinct)) {
      const v = this.finished[index]?.value;
      return typeof v === 'number' ? v + 0 : code === Fn.Distinct ? 0 : null;
    }
    switch (code) {
      case Fn.Count: return n;
      case Fn.Sum: return n > 0 ? exactTotal(this.lists[index] as number[]) : null;
      case Fn.Avg: return n > 0 ? exactTotal(this.lists[index] as number[]) / n : null;
      case Fn.Min: return n > 0 ? unsigned(this.num[b + MIN]) : null;
      case Fn.Max: return n > 0 ? unsigned(this.num[b + MAX]) : null;
      case Fn.Percentile: return unsigned(percentileCont(this.lists[index] as number[], this.set.plans[index]?.fraction));
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
