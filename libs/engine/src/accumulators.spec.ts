import type { AggregateFn, AggregatePlan, ScoreRecord, Value } from '@yardstick/dsl';
import { AccumulatorColumns } from './accumulator-columns';
import { Accumulators, percentileCont, planSet } from './accumulators';

const SPAN = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

function plan(index: number, fn: AggregateFn, extra: Partial<AggregatePlan> = {}): AggregatePlan {
  return { index, fn, text: fn, fields: [], span: SPAN, ...extra };
}

const field = (name: string) => (r: ScoreRecord): Value => r[name] ?? null;

function accumulate(plans: AggregatePlan[], records: ScoreRecord[]): Accumulators {
  const acc = new Accumulators(planSet(plans));
  for (const r of records) acc.add(r);
  return acc;
}

const ratings: ScoreRecord[] = [{ rating: 5 }, { rating: 3 }, { rating: null }, {}, { rating: 4 }];

describe('Accumulators', () => {
  it('counts records, and records where a condition is true (null is not true)', () => {
    const cond = (r: ScoreRecord): Value => (typeof r.rating === 'number' ? r.rating >= 4 : null);
    const acc = accumulate([plan(0, 'count'), plan(1, 'count', { value: cond })], ratings);
    expect(acc.results()).toEqual([5, 2]);
    expect(acc.used(0)).toBe(5);
    // the condition was null for two records: they were not used
    expect(acc.used(1)).toBe(3);
  });

  it('sums, averages and finds extremes over non-null values only', () => {
    const v = field('rating');
    const acc = accumulate([plan(0, 'sum', { value: v }), plan(1, 'avg', { value: v }), plan(2, 'min', { value: v }), plan(3, 'max', { value: v })], ratings);
    expect(acc.results()).toEqual([12, 4, 3, 5]);
    expect(acc.used(1)).toBe(3);
  });

  it('gives null for sum, avg, min, max and percentile over no values, 0 for count and distinct', () => {
    const v = field('rating');
    const plans = [plan(0, 'sum', { value: v }), plan(1, 'avg', { value: v }), plan(2, 'min', { value: v }), plan(3, 'max', { value: v }),
      plan(4, 'percentile', { value: v, fraction: 0.5 }), plan(5, 'count'), plan(6, 'distinct', { value: v })];
    expect(accumulate(plans, [{ rating: null }, {}]).results()).toEqual([null, null, null, null, null, 2, 0]);
    expect(accumulate(plans, []).results()).toEqual([null, null, null, null, null, 0, 0]);
  });

  it('applies the where filter before anything else, and only true passes it', () => {
    const urgent = (r: ScoreRecord): Value => (r.priority === null || r.priority === undefined ? null : r.priority === 'urgent');
    const acc = accumulate([plan(0, 'count', { filter: urgent }), plan(1, 'avg', { value: field('s'), filter: urgent })], [
      { priority: 'urgent', s: 10 }, { priority: 'low', s: 100 }, { priority: null, s: 1000 }, { priority: 'urgent', s: 20 },
    ]);
    expect(acc.results()).toEqual([2, 15]);
  });

  it('averages a condition as a rate (true 1, false 0)', () => {
    const acc = accumulate([plan(0, 'avg', { value: field('resolved') })], [{ resolved: true }, { resolved: false }, { resolved: true }, { resolved: null }]);
    expect(acc.result(0)).toBeCloseTo(2 / 3, 15);
  });

  it('counts distinct non-null values', () => {
    const acc = accumulate([plan(0, 'distinct', { value: field('customer') })], [
      { customer: 'c1' }, { customer: 'c2' }, { customer: 'c1' }, { customer: null }, {},
    ]);
    expect(acc.result(0)).toBe(2);
    expect(acc.used(0)).toBe(3);
  });

  it('skips values that are not finite numbers', () => {
    const acc = accumulate([plan(0, 'sum', { value: field('x') })], [{ x: 1 }, { x: Number.NaN }, { x: Infinity }, { x: 'abc' }, { x: 2 }]);
    expect(acc.result(0)).toBe(3);
  });

  it('reads roster aggregates from the roster counts given', () => {
    const acc = accumulate([plan(0, 'headcount'), plan(1, 'leavers'), plan(2, 'joiners')], [{}]);
    expect(acc.results({ headcount: 7, leavers: 1, joiners: 2 })).toEqual([7, 1, 2]);
    expect(acc.results()).toEqual([null, null, null]);
  });
});

describe('merging', () => {
  it('gives the state of the pooled records: a team ratio is a ratio of sums', () => {
    const resolvedCount = (r: ScoreRecord): Value => r.fcr ?? null;
    const plans = [plan(0, 'count', { value: resolvedCount }), plan(1, 'count')];
    // agent a: 1 of 1 resolved first time (100%); agent b: 0 of 9 (0%)
    const a = accumulate(plans, [{ fcr: true }]);
    const b = accumulate(plans, Array.from({ length: 9 }, () => ({ fcr: false })));
    const team = new Accumulators(a.set);
    team.merge(a);
    team.merge(b);
    const [good, all] = team.results() as number[];
    expect(good / all).toBe(0.1);
  });

  it('merges every kind of plan exactly as if the records had been added to one state', () => {
    const v = field('x');
    const plans = [plan(0, 'sum', { value: v }), plan(1, 'avg', { value: v }), plan(2, 'min', { value: v }), plan(3, 'max', { value: v }),
      plan(4, 'percentile', { value: v, fraction: 0.9 }), plan(5, 'distinct', { value: v }), plan(6, 'count')];
    const left = [{ x: 4 }, { x: 1 }, { x: null }];
    const right = [{ x: 3 }, { x: 2 }, { x: 4 }];
    const merged = accumulate(plans, left);
    merged.merge(accumulate(plans, right));
    const together = accumulate(plans, [...left, ...right]);
    expect(merged.results()).toEqual(together.results());
    expect(merged.results()).toEqual([14, 2.8, 1, 4, 4, 4, 6]);
    // an empty state merged in changes nothing
    merged.merge(accumulate(plans, []));
    expect(merged.results()).toEqual(together.results());
  });
});

describe('percentileCont (PostgreSQL semantics)', () => {
  it.each([
    [[1, 2, 3, 4], 0.9, 3.7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[4, 1, 3, 2], 0.25, 1.75],
    [[10], 0.9, 10],
    [[10, 20], 0.1, 11],
    [[300, 120, 45, 600, 90], 0.9, 480],
  ])('percentile_cont(%j, %d) = %d', (values, p, expected) => {
    expect(percentileCont(values, p)).toBeCloseTo(expected, 12);
  });

  it('is null without values or with p outside 0..1', () => {
    expect(percentileCont([], 0.5)).toBeNull();
    expect(percentileCont([1, 2], 1.5)).toBeNull();
    expect(percentileCont([1, 2], undefined)).toBeNull();
  });

  it('sorts numerically, not as text', () => {
    expect(percentileCont([10, 9, 100], 0.5)).toBe(10);
  });
});

describe('states from elsewhere', () => {
  const v = field('x');
  const plans = [plan(0, 'sum', { value: v }), plan(1, 'avg', { value: v }), plan(2, 'min', { value: v }), plan(3, 'max', { value: v }),
    plan(4, 'percentile', { value: v, fraction: 0.9 }), plan(5, 'distinct', { value: v }), plan(6, 'count'), plan(7, 'count', { value: (r) => r.ok ?? null })];
  const records: ScoreRecord[] = [{ x: 0.1, ok: true }, { x: 0.2, ok: false }, { x: null }, { x: 0.3, ok: true }, { x: -0 }];

  it('finishes loaded states exactly as streamed ones (what a database computed per group)', () => {
    const streamed = accumulate(plans, records);
    const loaded = Accumulators.fromStates(streamed.set, plans.map((p) => streamed.state(p.index)));
    expect(loaded.results()).toEqual(streamed.results());
    expect(plans.map((p) => loaded.used(p.index))).toEqual(plans.map((p) => streamed.used(p.index)));
    // the exact sum: 0.1 + 0.2 + 0.3 rounded once, not step by step
    expect(streamed.result(0)).toBe(0.6);
    // an extreme of -0 and 0 is 0 whichever came first
    expect(Object.is(accumulate([plans[2]], [{ x: -0 }, { x: 0 }]).result(2), 0)).toBe(true);
  });

  it('reads a missing state as a plan no record reached, and refuses to pool finished states', () => {
    const loaded = Accumulators.fromStates(planSet(plans), []);
    expect(loaded.results()).toEqual([null, null, null, null, null, 0, 0, 0]);
    expect(() => loaded.merge(accumulate(plans, records))).toThrow(/cannot be merged/);
  });
});

describe('one table of many slots (the streaming scorer\'s layout)', () => {
  const v = field('x');
  const plans = [plan(0, 'sum', { value: v }), plan(1, 'avg', { value: v }), plan(2, 'min', { value: v }), plan(3, 'max', { value: v }),
    plan(4, 'percentile', { value: v, fraction: 0.5 }), plan(5, 'distinct', { value: v }), plan(6, 'count', { value: (r) => r.ok ?? null })];
  const set = planSet(plans);
  const pick = (seed: number): ScoreRecord => ({ x: [1, 2.5, null, 7, 2 ** 52, -3, 0.1][seed % 7], ok: seed % 3 === 0 ? null : seed % 2 === 0 });

  it('keeps each slot apart as the table grows, and every slot reads like a state of its own', () => {
    const table = new AccumulatorColumns(set, 2);
    const own: Accumulators[] = [];
    const slots: number[] = [];
    for (let i = 0; i < 300; i++) {
      slots.push(table.alloc());
      own.push(new Accumulators(set));
    }
    for (let i = 0; i < 5000; i++) {
      const k = (i * 7919) % 300;
      table.add(pick(i), slots[k]);
      own[k].add(pick(i));
    }
    expect(table.size).toBe(300);
    slots.forEach((k, i) => expect(new Accumulators(set, table, k).results()).toEqual(own[i].results()));
  });

  it('merges slots whose sums are integers, fractions or past 2^53 exactly as one stream of their records', () => {
    const groups = [[{ x: 1 }, { x: 2 }], [{ x: 0.1 }, { x: 0.2 }], [{ x: 2 ** 53 }, { x: 1 }], [], [{ x: 3 }]];
    for (const a of groups) {
      for (const b of groups) {
        const left = new Accumulators(set);
        a.forEach((r) => left.add(r));
        const right = new Accumulators(set);
        b.forEach((r) => right.add(r));
        left.merge(right);
        const together = new Accumulators(set);
        [...a, ...b].forEach((r) => together.add(r));
        expect(left.results()).toEqual(together.results());
        expect(left.state(0)).toEqual(together.state(0));
      }
    }
  });
});
