import { ACC_MAX, ACC_MIN, ACC_STRIDE, type AccumulateLists, type ScoreRecord } from '@yardstick/dsl';
import type { PlanSet } from './accumulators';

// The accumulator state of many subjects (agents × segments) in one table: a Float64Array with one row of
// `plans × ACC_STRIDE` numbers per slot (counts, extremes, exact integer sums; see dsl's codegen-accumulate.ts
// for the layout), and per plan one array indexed by slot for what does not fit in numbers (percentile values,
// distinct sets, exact-sum partials once a sum leaves the integers). The streaming scorer gives every agent and
// segment a slot and feeds records with the scorecard's generated step; `Accumulators` is a view of one slot.
// One table instead of an object per agent: 10,000 agents are one allocation, and a record touches one row.

export class AccumulatorColumns {
  /** the rows; replaced (copied into a larger array) as slots are added */
  num: Float64Array;
  /** per plan, per slot */
  readonly lists: AccumulateLists;
  private slots = 0;
  readonly width: number;

  constructor(readonly set: PlanSet, capacity = 1) {
    this.width = set.size * ACC_STRIDE;
    this.num = new Float64Array(Math.max(1, capacity) * this.width);
    this.lists = Array.from({ length: set.size }, () => []);
  }

  /** Slots in use. */
  get size(): number {
    return this.slots;
  }

  /** A new, empty slot. */
  alloc(): number {
    const k = this.slots++;
    const w = this.width;
    if ((k + 1) * w > this.num.length) {
      const grown = new Float64Array(Math.max(this.num.length * 2, (k + 1) * w));
      grown.set(this.num);
      this.num = grown;
    }
    const b = k * w;
    for (let i = 0; i < this.set.size; i++) {
      this.num[b + i * ACC_STRIDE + ACC_MIN] = Infinity;
      this.num[b + i * ACC_STRIDE + ACC_MAX] = -Infinity;
    }
    for (const list of this.lists) list.push(undefined);
    return k;
  }

  /** Feeds a record to slot `k`. */
  add(r: ScoreRecord, k: number): void {
    this.set.accumulate(r, k, this.num, this.lists);
  }
}
