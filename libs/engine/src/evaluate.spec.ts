import type { EvalScope, ScoreRecord } from '@yardstick/dsl';
import { compare, weightedScore, nodeIndex } from './evaluate';
import { Scorer } from './scorer';
import { div, rec, ScorecardBuilder } from './testing/scorecard-builder';
import type { AgentInfo } from './types';

describe('compare (targets)', () => {
  it.each([
    ['>=', 0.93, 0.9, true, 0.93 - 0.9],
    ['>=', 0.85, 0.9, false, 0.85 - 0.9],
    ['<=', 400, 420, true, 20],
    ['<=', 400, 360, false, -40],
    ['<', 359, 360, true, 1],
    ['>', 0.9, 0.9, false, 0],
    ['==', 3, 3, true, 0],
    ['==', 5, 3, false, -2],
    ['!=', 5, 3, true, 2],
  ] as const)('%s with actual %d and target %d: met %s, gap %d', (op, actual, target, met, gap) => {
    const r = compare(op, actual, target);
    expect(r.met).toBe(met);
    expect(r.gap).toBeCloseTo(gap, 12);
  });

  it('compares to 12 significant digits: 57% × 100 meets 57 with a gap of exactly 0', () => {
    expect(0.57 * 100).not.toBe(57);
    expect(compare('>=', 0.57 * 100, 57)).toEqual({ met: true, gap: 0 });
    expect(compare('<=', 0.1 + 0.2, 0.3)).toEqual({ met: true, gap: 0 });
  });

  it('misses with no gap when either side is null', () => {
    expect(compare('>=', null, 0.9)).toEqual({ met: false, gap: null });
    expect(compare('>=', 0.9, null)).toEqual({ met: false, gap: null });
  });
});

describe('targets in the Scorer', () => {
  // aht = avg(handle); target aht <= 420 when tenure_days < 90; target aht <= 360; target csat >= 90%
  function build() {
    const b = new ScorecardBuilder();
    const handle = b.aggregate('avg', 'avg(handle_seconds)', { value: (r: ScoreRecord) => r.handle ?? null });
    const good = b.aggregate('count', 'count(rating >= 4)', { value: (r) => (typeof r.rating === 'number' ? r.rating >= 4 : null) });
    const rated = b.aggregate('count', 'count(rating != null)', { value: (r) => r.rating != null });
    b.metric('aht', (s) => s.agg[handle], { type: 'duration', aggregates: [handle] });
    b.metric('csat', (s) => div(s.agg[good], s.agg[rated]), { type: 'percent' });
    const tenure = (s: EvalScope) => s.attrs.agent?.tenure_days;
    b.target('aht', '<=', 360);
    b.target('aht', '<=', 420, (s) => { const t = tenure(s); return typeof t === 'number' ? t < 90 : null; });
    b.target('csat', '>=', 0.9);
    return b.build();
  }

  const agents: AgentInfo[] = [
    { id: 'new', hiredOn: '2020-12-01' }, // 61 days to 2021-01-31
    { id: 'old', hiredOn: '2019-01-01' },
    { id: 'unknown' }, // no hired_on: tenure null, the `when` is not true
  ];

  it('applies the first line whose `when` holds, the unconditional one last', () => {
    const scorer = new Scorer({ scorecard: build(), period: { from: '2021-01-01', to: '2021-01-31' }, agents });
    const ratings = [5, 5, 5, 5, 5, 5, 5, 5, 5, 1];
    for (const id of ['new', 'old', 'unknown']) for (const rating of ratings) scorer.add(rec(id, '2021-01-10T09:00', { handle: 400, rating }));
    const report = scorer.finish();
    const targets = (id: string) => report.results.find((r) => r.subject === id)?.targets;
    expect(targets('new')).toEqual([
      { metric: 'aht', op: '<=', target: 420, actual: 400, met: true, gap: 20 },
      { metric: 'csat', op: '>=', target: 0.9, actual: 0.9, met: true, gap: 0 },
    ]);
    expect(targets('old')?.[0]).toEqual({ metric: 'aht', op: '<=', target: 360, actual: 400, met: false, gap: -40 });
    expect(targets('unknown')?.[0]).toMatchObject({ target: 360, met: false });
  });

  it('misses a target whose metric is null, with a null gap', () => {
    const scorer = new Scorer({ scorecard: build(), period: { from: '2021-01-01', to: '2021-01-31' } });
    scorer.add(rec('a', '2021-01-10T09:00', {}));
    const csat = scorer.finish().results[0].targets.find((t) => t.metric === 'csat');
    expect(csat).toEqual({ metric: 'csat', op: '>=', target: 0.9, actual: null, met: false, gap: null });
  });
});

describe('weightedScore', () => {
  const b = new ScorecardBuilder();
  b.kpi('a', () => null).kpi('b', () => null).kpi('c', () => null);
  const sc = b.build();
  const nodes = nodeIndex(sc);
  const profile = { key: 'p', isDefault: true, weights: [{ kpi: 'a', weight: 0.5 }, { kpi: 'b', weight: 0.3 }, { kpi: 'c', weight: 0.2 }] };

  it('renormalizes over the kpis that have values', () => {
    const r = weightedScore(sc, profile, [80, null, 60], nodes);
    expect(r.score).toBeCloseTo((0.5 * 80 + 0.2 * 60) / 0.7, 12);
    expect(r.weights.get('a')).toBeCloseTo(0.5 / 0.7, 12);
    expect(r.weights.get('b')).toBeNull();
  });

  it('counts a null kpi as 0 under `zero`', () => {
    const r = weightedScore({ ...sc, missing: 'zero' }, profile, [80, null, 60], nodes);
    expect(r.score).toBeCloseTo(52, 12);
    expect([...r.weights.values()]).toEqual([0.5, 0.3, 0.2]);
  });

  it('is null with every kpi null, with no profile, and treats a non-number kpi as null', () => {
    expect(weightedScore(sc, profile, [null, null, null], nodes).score).toBeNull();
    expect(weightedScore(sc, null, [1, 2, 3], nodes).score).toBeNull();
    expect(weightedScore(sc, profile, [true, 'x', 50], nodes).score).toBe(50);
  });
});
