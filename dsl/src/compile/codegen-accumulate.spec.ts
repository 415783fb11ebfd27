// The fused accumulate step: it must leave exactly the state a plain per-plan reading of the rules gives (count,
// sum, avg, min, max, percentile, distinct; filters; null and non-numeric values skipped), and no user text may
// reach its source.
import fc from 'fast-check';
import { scorecardOf } from './__fixtures__/harness';
import {
  ACC_MAX, ACC_MIN, ACC_N, ACC_STRIDE, ACC_SUM, ACC_USED, compileAccumulate, generateAccumulateSource, type AccumulatePlan,
} from './codegen-accumulate';
import type { AggregateFn, AggregatePlan, ScoreRecord, Value } from './types';

const sc = scorecardOf(`
scorecard s {
  field kb_used: boolean
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null)
  metric aht = avg(handle_seconds)
  metric total = sum(talk_seconds where channel == "phone")
  metric p90 = percentile(handle_seconds where priority == "urgent", 90)
  metric p0 = percentile(rating, 0)
  metric people = distinct(customer)
  metric chans = distinct(channel where resolved)
  metric fast = min(handle_seconds)
  metric slow = max(handle_seconds where channel == "chat")
  metric fcr = avg(first_contact_resolved)
  metric kb = count(kb_used where rating != null)
  kpi z = 1
  profile p default { z: 100% }
}`);

/** Sums as a list of the values (the test's addExact): exact for the small values used here once summed by the test. */
const runtime = { addExact: (partials: number[], x: number): void => { partials.push(x); } };

interface Table {
  readonly num: Float64Array;
  readonly lists: unknown[][];
}

function emptyTable(plans: readonly (AccumulatePlan | undefined)[], slots: number): Table {
  const width = plans.length * ACC_STRIDE;
  const num = new Float64Array(width * slots);
  for (let k = 0; k < slots; k++) {
    for (let i = 0; i < plans.length; i++) {
      num[k * width + i * ACC_STRIDE + ACC_MIN] = Infinity;
      num[k * width + i * ACC_STRIDE + ACC_MAX] = -Infinity;
    }
  }
  return { num, lists: plans.map(() => new Array<unknown>(slots).fill(undefined)) };
}

const numeric = (v: Value): number => (typeof v === 'number' && Number.isFinite(v) ? v : v === true ? 1 : v === false ? 0 : NaN);

/** What plan `p` should hold after `records`, read the plain way. */
function reference(p: AggregatePlan, records: readonly ScoreRecord[]) {
  let n = 0;
  let used = 0;
  let min = Infinity;
  let max = -Infinity;
  const values: number[] = [];
  const distinct = new Set<Value>();
  for (const r of records) {
    if (p.filter && p.filter(r) !== true) continue;
    const v = p.value ? p.value(r) : true;
    if (p.fn === 'count') {
      if (v === true) n++;
      if (v !== null) used++;
    } else if (p.fn === 'distinct') {
      if (v !== null) { used++; distinct.add(v); }
    } else {
      const x = numeric(v);
      if (Number.isNaN(x)) continue;
      used++;
      if (p.fn !== 'percentile') n++;
      values.push(x);
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  return { n, used, min, max, values, distinct };
}

/** Plan `p`'s state at `slot` of a table, in the reference's shape. */
function stateAt(t: Table, p: AggregatePlan, slot: number, width: number) {
  const at = (c: number): number => t.num[slot * width + p.index * ACC_STRIDE + c];
  const list = t.lists[p.index][slot];
  return {
    n: at(ACC_N), used: at(ACC_USED), min: at(ACC_MIN), max: at(ACC_MAX),
    // once a sum has partials they hold all of it; the column is left as it was
    sum: Array.isArray(list) ? (list as number[]).reduce((a, b) => a + b, 0) : at(ACC_SUM),
    list,
  };
}

const fieldValue = fc.oneof(
  fc.constant(null), fc.constant(undefined), fc.boolean(), fc.integer({ min: -50, max: 500 }),
  fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity),
  fc.constantFrom('phone', 'chat', 'email', 'urgent', 'low', '', '4'),
);
const record = fc.record({
  rating: fieldValue, handle_seconds: fieldValue, talk_seconds: fieldValue, channel: fieldValue, priority: fieldValue,
  customer: fieldValue, resolved: fieldValue, first_contact_resolved: fieldValue, kb_used: fieldValue,
}, { requiredKeys: [] }) as fc.Arbitrary<ScoreRecord>;

describe('the fused accumulate step', () => {
  const plans = sc.aggregates;
  const step = compileAccumulate(plans, runtime);
  const width = plans.length * ACC_STRIDE;

  it('covers every kind of record aggregate in this scorecard', () => {
    const kinds = new Set<AggregateFn>(plans.map((p) => p.fn));
    for (const fn of ['count', 'sum', 'avg', 'min', 'max', 'percentile', 'distinct'] as const) expect(kinds).toContain(fn);
    expect(plans.some((p) => p.filter)).toBe(true);
  });

  it('leaves each plan the state the plain reading of the rules gives, slot by slot, on random records', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(2), record), { maxLength: 60 }), (rows) => {
      const table = emptyTable(plans, 3);
      for (const [slot, r] of rows) step(r, slot, table.num, table.lists);
      for (let slot = 0; slot < 3; slot++) {
        const mine = rows.filter(([k]) => k === slot).map(([, r]) => r);
        for (const p of plans) {
          const want = reference(p, mine);
          const got = stateAt(table, p, slot, width);
          expect([p.text, got.used]).toEqual([p.text, want.used]);
          if (p.fn === 'count' || p.fn === 'sum' || p.fn === 'avg' || p.fn === 'min' || p.fn === 'max') expect(got.n).toBe(want.n);
          if (p.fn === 'min') expect(got.min).toBe(want.min);
          if (p.fn === 'max') expect(got.max).toBe(want.max);
          if (p.fn === 'sum' || p.fn === 'avg') expect(got.sum).toBeCloseTo(want.values.reduce((a, b) => a + b, 0), 6);
          if (p.fn === 'percentile') expect((got.list as number[] | undefined) ?? []).toEqual(want.values);
          if (p.fn === 'distinct') expect([...((got.list as Set<Value> | undefined) ?? [])].sort()).toEqual([...want.distinct].sort());
        }
      }
    }), { numRuns: 300 });
  });

  it('keeps an integer sum in its column and moves to partials at the first fraction or past 2^53', () => {
    const sum = plans.find((p) => p.fn === 'sum') as AggregatePlan;
    const table = emptyTable(plans, 1);
    const phone = (talk: number): ScoreRecord => ({ channel: 'phone', talk_seconds: talk });
    step(phone(40), 0, table.num, table.lists);
    step(phone(2), 0, table.num, table.lists);
    expect(table.num[sum.index * ACC_STRIDE + ACC_SUM]).toBe(42);
    expect(table.lists[sum.index][0]).toBeUndefined();
    step(phone(0.5), 0, table.num, table.lists);
    expect(table.lists[sum.index][0]).toEqual([42, 0.5]);
    step(phone(1), 0, table.num, table.lists);
    expect(table.lists[sum.index][0]).toEqual([42, 0.5, 1]);
    const big = emptyTable(plans, 1);
    step(phone(2 ** 52), 0, big.num, big.lists);
    step(phone(2 ** 52), 0, big.num, big.lists);
    expect(big.lists[sum.index][0]).toEqual([2 ** 52, 2 ** 52]);
  });

  it('feeds no records to roster aggregates and skips value-less plans other than count()', () => {
    const roster: AccumulatePlan[] = [{ fn: 'headcount' }, { fn: 'sum' }, { fn: 'count' }];
    const { source } = generateAccumulateSource(roster);
    // only count() (plan 2) writes: its N column at 2 * stride
    expect(source.match(/A\[b \+ \d+\]/g)).toEqual([`A[b + ${2 * ACC_STRIDE + ACC_N}]`, `A[b + ${2 * ACC_STRIDE + ACC_USED}]`]);
  });

  it.each(['constructor', '__proto__', 'toString', 'count"); globalThis.__pwned = 1; ("'])('refuses an unknown aggregate kind %j', (fn) => {
    expect(() => generateAccumulateSource([{ fn: fn as AggregateFn, value: () => 1 }])).toThrow(/unknown aggregate kind in plan 0/);
  });
});

describe('no user text in the step', () => {
  const hostile = '"); globalThis.__pwned = 1; ("';
  const card = scorecardOf(`
scorecard s {
  metric m = count(priority == "\\"); globalThis.__pwned = 1; (\\"")
  metric d = distinct(customer where channel == "*/ globalThis.__pwned = 1 /*")
  metric a = avg(handle_seconds where priority == "\`+(globalThis.__pwned = 1)+\`")
  kpi k = m + d + a
  profile p default { k: 100% }
}`);

  beforeEach(() => { delete (globalThis as Record<string, unknown>).__pwned; });
  afterEach(() => expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined());

  it('is written only from the generator\'s own identifiers, numbers and fixed fragments', () => {
    const { source } = generateAccumulateSource(card.aggregates);
    const code = source.replace('"use strict"', '').replace(/"number"/g, 'number');
    expect(code).not.toMatch(/["'`\\]/);
    const names = code.match(/[A-Za-z_$][\w$]*/g) ?? [];
    const allowed = new Set(['const', 'let', 'return', 'function', 'accumulate', 'if', 'else', 'typeof', 'null', 'true', 'false', 'undefined',
      'number', 'NaN', 'new', 'Set', 'Number', 'isInteger', 'push', 'add', 'addExact', 'R', 'F', 'r', 'k', 'A', 'L', 'b', 'x', 'p', 'q', 's', 'd']);
    for (const name of names) if (!allowed.has(name) && !/^[fvl]\d+$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  });

  it('still counts exactly the records whose text matches', () => {
    const step = compileAccumulate(card.aggregates, runtime);
    const table = emptyTable(card.aggregates, 1);
    step({ priority: hostile }, 0, table.num, table.lists);
    step({ priority: `${hostile} ` }, 0, table.num, table.lists);
    const m = card.aggregates.find((p) => p.fn === 'count') as AggregatePlan;
    expect(table.num[m.index * ACC_STRIDE + ACC_N]).toBe(1);
    expect(table.num[m.index * ACC_STRIDE + ACC_USED]).toBe(2);
  });
});
