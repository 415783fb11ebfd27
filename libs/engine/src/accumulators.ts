import {
  ACC_MAX, ACC_MIN, ACC_N, ACC_STRIDE, ACC_SUM, ACC_USED, compileAccumulate,
  type AccumulateStep, type AggregateFn, type AggregatePlan, type ScoreRecord, type Value,
} from '@yardstick/dsl';
import { AccumulatorColumns } from './accumulator-columns';
import type { AggregateState } from './aggregated-types';
import { addExact, exactTotal } from './exact-sum';

// Mergeable accumulators for a scorecard's aggregate plans. One `Accumulators` is the running state of every plan
// for one subject (and segment): a slot of an `AccumulatorColumns` table — counts, extremes and exact integer
// sums in its row of numbers, and the exact-sum partials, percentile values and distinct sets beside it. Records
// are fed by the scorecard's generated step (dsl's codegen-accumulate.ts), which allocates nothing per record
// besides growing those lists. Merging two states gives the state of the pooled records, which is how a team's
// metric becomes a ratio of the team's sums. No result depends on the order records arrive in (sums are exact,
// then rounded once), so a database computing the same states per group gives the same numbers (`fromStates`).

// plain numbers rather than an enum, so loops compare small integer constants
const Fn = { Count: 0, Sum: 1, Avg: 2, Min: 3, Max: 4, Percentile: 5, Distinct: 6, Headcount: 7, Leavers: 8, Joiners: 9 } as const;
type Fn = (typeof Fn)[keyof typeof Fn];

const FN_CODE: Record<AggregateFn, Fn> = {
  count: Fn.Count, sum: Fn.Sum, avg: Fn.Avg, min: Fn.Min, max: Fn.Max, percentile: Fn.Percentile,
  distinct: Fn.Distinct, headcount: Fn.Headcount, leavers: Fn.Leavers, joiners: Fn.Joiners,
};

const UNUSED = 255;
const TWO_53 = 2 ** 53;

/** The plans of a scorecard laid out for the accumulators. */
export interface PlanSet {
  readonly size: number;
  readonly plans: readonly AggregatePlan[];
  readonly codes: Uint8Array;
  /** whether any plan is a roster aggregate (headcount, leavers, joiners) */
  readonly usesRoster: boolean;
  /** every plan's filter, value and state update for one record in one generated call */
  readonly accumulate: AccumulateStep;
}

export function planSet(plans: readonly AggregatePlan[]): PlanSet {
  const size = plans.reduce((m, p) => Math.max(m, p.index + 1), 0);
  // an index no plan uses (should the compiler leave gaps) gets a code that no branch handles
  const codes = new Uint8Array(size).fill(UNUSED);
  const byIndex: AggregatePlan[] = new Array(size);
  for (const p of plans) {
    const code = FN_CODE[p.fn];
    if (code === undefined) throw new Error(`unknown aggregate '${p.fn}' in plan ${p.index}`);
    codes[p.index] = code;
    byIndex[p.index] = p;
  }
  const usesRoster = plans.some((p) => p.fn === 'headcount' || p.fn === 'leavers' || p.fn === 'joiners');
  const accumulate = compileAccumulate(Array.from({ length: size }, (_, i) => byIndex[i]), { addExact });
  return { size, plans: byIndex, codes, usesRoster, accumulate };
}

/** Roster figures of a team, group or organisation over a range of days. */
export interface RosterCounts {
  readonly headcount: number;
  readonly leavers: number;
  readonly joiners: number;
}

/** `x + 0` is x, except that -0 becomes 0: which zero an extreme or a percentile is must not depend on order. */
const unsigned = (x: number | null): number | null => (x === null ? null : x + 0);

export class Accumulators {
  private readonly cols: AccumulatorColumns;
  private readonly k: number;
  /** results of percentile and distinct plans loaded by `fromStates` (their values are not kept) */
  private finished: readonly (AggregateState | undefined)[] | null = null;

  /** An empty state of its own, or the view of slot `slot` of a table. */
  constructor(readonly set: PlanSet, columns?: AccumulatorColumns, slot?: number) {
    this.cols = columns ?? new AccumulatorColumns(set);
    this.k = columns && slot !== undefined ? slot : this.cols.alloc();
  }

  private at(index: number, column: number): number {
    return this.cols.num[this.k * this.cols.width + index * ACC_STRIDE + column];
  }

  private put(index: number, column: number, value: number): void {
    this.cols.num[this.k * this.cols.width + index * ACC_STRIDE + column] = value;
  }

  private list(index: number): unknown {
    return this.cols.lists[index][this.k];
  }

  /** The exact-sum partials of a sum or avg plan (the running integer sum as one partial while it has no list). */
  private partials(index: number): number[] {
    const p = this.list(index) as number[] | undefined;
    if (p) return p;
    const s = this.at(index, ACC_SUM);
    return s === 0 ? [] : [s];
  }

  /** Feeds one record to every plan. */
  add(r: ScoreRecord): void {
    this.set.accumulate(r, this.k, this.cols.num, this.cols.lists);
  }

  /** Pools another state (of the same plans) into this one. States loaded by `fromStates` cannot be pooled. */
  merge(other: Accumulators): void {
    if (this.finished || other.finished) throw new Error('finished aggregate states cannot be merged');
    const lists = this.cols.lists;
    for (let i = 0; i < this.set.size; i++) {
      this.put(i, ACC_N, this.at(i, ACC_N) + other.at(i, ACC_N));
      this.put(i, ACC_USED, this.at(i, ACC_USED) + other.at(i, ACC_USED));
      if (other.at(i, ACC_MIN) < this.at(i, ACC_MIN)) this.put(i, ACC_MIN, other.at(i, ACC_MIN));
      if (other.at(i, ACC_MAX) > this.at(i, ACC_MAX)) this.put(i, ACC_MAX, other.at(i, ACC_MAX));
      const code = this.set.codes[i];
      const from = other.list(i);
      if (code === Fn.Sum || code === Fn.Avg) {
        const s = this.at(i, ACC_SUM) + other.at(i, ACC_SUM);
        if (this.list(i) === undefined && from === undefined && s < TWO_53 && s > -TWO_53) this.put(i, ACC_SUM, s);
        else {
          const mine = this.partials(i);
          for (const p of other.partials(i)) addExact(mine, p);
          lists[i][this.k] = mine;
        }
      } else if (code === Fn.Percentile && from !== undefined) {
        const mine = (this.list(i) as number[] | undefined) ?? (lists[i][this.k] = []) as number[];
        for (const x of from as number[]) mine.push(x);
      } else if (code === Fn.Distinct && from !== undefined) {
        const mine = (this.list(i) as Set<Value> | undefined) ?? (lists[i][this.k] = new Set<Value>()) as Set<Value>;
        for (const v of from as Set<Value>) mine.add(v);
      }
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
      acc.put(i, ACC_N, s.n);
      acc.put(i, ACC_USED, s.used);
      if (typeof s.sum === 'number' && s.sum !== 0) acc.cols.lists[i][acc.k] = [s.sum];
      if (typeof s.min === 'number') acc.put(i, ACC_MIN, s.min);
      if (typeof s.max === 'number') acc.put(i, ACC_MAX, s.max);
    }
    return acc;
  }

  /** The state of plan `index` in the form `fromStates` reads (percentile and distinct as their results). */
  state(index: number): AggregateState {
    const n = this.at(index, ACC_N);
    const used = this.at(index, ACC_USED);
    switch (this.set.codes[index]) {
      case Fn.Sum: case Fn.Avg: return { n, used, sum: exactTotal(this.partials(index)) };
      case Fn.Min: return { n, used, min: n > 0 ? unsigned(this.at(index, ACC_MIN)) : null };
      case Fn.Max: return { n, used, max: n > 0 ? unsigned(this.at(index, ACC_MAX)) : null };
      case Fn.Percentile: case Fn.Distinct: return { n, used, value: this.result(index) };
      default: return { n, used };
    }
  }

  /** How many records plan `index` used: passed its filter and gave a non-null value. */
  used(index: number): number {
    return this.at(index, ACC_USED);
  }

  /** The result of plan `index`; null when a numeric aggregate saw no values. */
  result(index: number, roster?: RosterCounts): number | null {
    const n = this.at(index, ACC_N);
    const code = this.set.codes[index];
    if (this.finished && (code === Fn.Percentile || code === Fn.Distinct)) {
      const v = this.finished[index]?.value;
      return typeof v === 'number' ? v + 0 : code === Fn.Distinct ? 0 : null;
    }
    switch (code) {
      case Fn.Count: return n;
      case Fn.Sum: return n > 0 ? exactTotal(this.partials(index)) : null;
      case Fn.Avg: return n > 0 ? exactTotal(this.partials(index)) / n : null;
      case Fn.Min: return n > 0 ? unsigned(this.at(index, ACC_MIN)) : null;
      case Fn.Max: return n > 0 ? unsigned(this.at(index, ACC_MAX)) : null;
      case Fn.Percentile: return unsigned(percentileCont((this.list(index) as number[] | undefined) ?? [], this.set.plans[index]?.fraction));
      case Fn.Distinct: return (this.list(index) as Set<Value> | undefined)?.size ?? 0;
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
