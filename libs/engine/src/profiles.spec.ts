import type { ScoreRecord } from '@yardstick/dsl';
import { planSegments, ProfileError, segmentsWithOverrides, segmentText, SegmentsError } from './profiles';
import { Scorer } from './scorer';
import { rec, ScorecardBuilder } from './testing/scorecard-builder';
import type { Period } from './types';

/** a_score = avg(a), b_score = avg(b); normal (default) weighs a only, double11 (Nov 1–11) weighs b only. */
function promo() {
  const b = new ScorecardBuilder('promo');
  const a = b.aggregate('avg', 'avg(a)', { value: (r: ScoreRecord) => r.a ?? null });
  const bb = b.aggregate('avg', 'avg(b)', { value: (r: ScoreRecord) => r.b ?? null });
  b.metric('a_avg', (s) => s.agg[a], { aggregates: [a] });
  b.metric('b_avg', (s) => s.agg[bb], { aggregates: [bb] });
  b.kpi('a_score', (s) => b.get(s, 'a_avg'), { deps: ['a_avg'] });
  b.kpi('b_score', (s) => b.get(s, 'b_avg'), { deps: ['b_avg'] });
  b.profile('normal', { a_score: 1 }, { isDefault: true });
  b.profile('double11', { b_score: 1 }, { active: { from: '2026-11-01', to: '2026-11-11' } });
  return b.build();
}

const segs = (period: Period, explicit?: string) =>
  planSegments(promo(), period, explicit).map((s) => [s.from, s.to, s.profile?.key, s.reason]);

describe('planSegments', () => {
  it('uses an explicitly requested profile for the whole period', () => {
    expect(segs({ from: '2026-11-01', to: '2026-11-30' }, 'normal')).toEqual([['2026-11-01', '2026-11-30', 'normal', 'explicit']]);
  });

  it('names the known profiles when the requested one does not exist', () => {
    expect(() => segs({ from: '2026-11-01', to: '2026-11-30' }, 'double12')).toThrow(ProfileError);
    expect(() => segs({ from: '2026-11-01', to: '2026-11-30' }, 'double12'))
      .toThrow("unknown profile 'double12' for scorecard promo: it has normal, double11");
  });

  it('uses the scheduled profile whose range holds the whole period', () => {
    expect(segs({ from: '2026-11-01', to: '2026-11-11' })).toEqual([['2026-11-01', '2026-11-11', 'double11', 'scheduled']]);
    expect(segs({ from: '2026-11-03', to: '2026-11-05' })).toEqual([['2026-11-03', '2026-11-05', 'double11', 'scheduled']]);
  });

  it('uses the default profile when no schedule touches the period', () => {
    expect(segs({ from: '2026-10-01', to: '2026-10-31' })).toEqual([['2026-10-01', '2026-10-31', 'normal', 'default']]);
  });

  it('splits a period that straddles a scheduled range at its bounds', () => {
    expect(segs({ from: '2026-11-01', to: '2026-11-30' })).toEqual([
      ['2026-11-01', '2026-11-11', 'double11', 'scheduled'],
      ['2026-11-12', '2026-11-30', 'normal', 'default'],
    ]);
    expect(segs({ from: '2026-10-25', to: '2026-11-05' })).toEqual([
      ['2026-10-25', '2026-10-31', 'normal', 'default'],
      ['2026-11-01', '2026-11-05', 'double11', 'scheduled'],
    ]);
    expect(segs({ from: '2026-10-01', to: '2026-12-31' })).toEqual([
      ['2026-10-01', '2026-10-31', 'normal', 'default'],
      ['2026-11-01', '2026-11-11', 'double11', 'scheduled'],
      ['2026-11-12', '2026-12-31', 'normal', 'default'],
    ]);
  });

  it('gives segments bounds in local ms that cover the period exactly', () => {
    const plan = planSegments(promo(), { from: '2026-11-01', to: '2026-11-30' });
    expect(plan[0].startMs).toBe(Date.UTC(2026, 10, 1));
    expect(plan[0].endMs).toBe(plan[1].startMs);
    expect(plan[1].endMs).toBe(Date.UTC(2026, 11, 1));
  });
});

describe('Scorer with profiles', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };

  function run(period: Period, records: ScoreRecord[], profile?: string) {
    const scorer = new Scorer({ scorecard: promo(), period, profile });
    for (const r of records) scorer.add(r);
    return { scorer, report: scorer.finish() };
  }

  // agent m: three records in the promotion (b 90, 60, 90; a 50 each), one after it (a 40, b 0)
  const m = [
    rec('m', '2026-11-02T10:00', { a: 50, b: 90 }), rec('m', '2026-11-05T10:00', { a: 50, b: 60 }),
    rec('m', '2026-11-11T23:59', { a: 50, b: 90 }), rec('m', '2026-11-12T00:00', { a: 40, b: 0 }),
  ];

  it('combines segment scores weighted by the subject\'s record count in each', () => {
    const { report } = run(november, m);
    const r = report.results[0];
    // double11 segment: avg(b) = 80 over 3 records; normal segment: avg(a) = 40 over 1 → (3·80 + 1·40) / 4
    expect(r.score).toBe(70);
    expect(r.profile).toBe('double11+normal');
    // kpis and metrics are reported for the whole period
    expect(r.metrics).toEqual({ a_avg: 47.5, b_avg: 60 });
    expect(r.kpis).toEqual([{ key: 'a_score', value: 47.5, weight: 0.25 }, { key: 'b_score', value: 60, weight: 0.75 }]);
    expect(report.segments).toEqual([
      { from: '2026-11-01', to: '2026-11-11', profile: 'double11', reason: 'scheduled', records: 3 },
      { from: '2026-11-12', to: '2026-11-30', profile: 'normal', reason: 'default', records: 1 },
    ].map((s) => expect.objectContaining(s)));
  });

  it('gives a segment where the subject has no records no weight', () => {
    const { report } = run(november, [rec('late', '2026-11-20T10:00', { a: 30, b: 100 })]);
    expect(report.results[0]).toMatchObject({ score: 30, kpis: [{ key: 'a_score', weight: 1 }, { key: 'b_score', weight: null }] });
  });

  it('gives a segment with a null score no weight', () => {
    // the promotion record has no b, so the double11 segment scores null; only the later record counts
    const { report } = run(november, [rec('n', '2026-11-02T10:00', { a: 10 }), rec('n', '2026-11-20T10:00', { a: 20 })]);
    expect(report.results[0].score).toBe(20);
  });

  it('scores with the scheduled profile when it holds the whole period', () => {
    const { report } = run({ from: '2026-11-01', to: '2026-11-11' }, m);
    expect(report.results[0]).toMatchObject({ score: 80, profile: 'double11' });
  });

  it('scores with the requested profile even inside a schedule', () => {
    const { report } = run(november, m, 'normal');
    expect(report.results[0]).toMatchObject({ score: 47.5, profile: 'normal' });
    expect(report.segments).toEqual([{
      from: '2026-11-01', to: '2026-11-30', start: '2026-11-01T00:00:00', end: '2026-12-01T00:00:00', profile: 'normal', reason: 'explicit', records: 4,
    }]);
  });

  it('uses team and org values of the same segment inside a segment', () => {
    const b = new ScorecardBuilder('rel');
    const a = b.aggregate('avg', 'avg(a)', { value: (r: ScoreRecord) => r.a ?? null });
    b.metric('a_avg', (s) => s.agg[a], { aggregates: [a] });
    b.kpi('vs_org', (s) => {
      const mine = b.num(s, 'a_avg');
      const org = b.num(s, 'a_avg', 'org');
      return mine === null || org === null ? null : mine - org;
    }, { deps: ['a_avg'] });
    b.profile('normal', { vs_org: 1 }, { isDefault: true });
    b.profile('promo', { vs_org: 1 }, { active: { from: '2026-11-01', to: '2026-11-11' } });
    const scorer = new Scorer({ scorecard: b.build(), period: november });
    // segment 1: x 10, y 30 (org 20); segment 2: x 50, y 70 (org 60)
    for (const [id, at, v] of [['x', '2026-11-02', 10], ['y', '2026-11-02', 30], ['x', '2026-11-20', 50], ['y', '2026-11-20', 70]] as const) {
      scorer.add(rec(id, `${at}T10:00`, { a: v }));
    }
    const x = scorer.finish().results.find((r) => r.subject === 'x');
    // -10 in both segments; against the whole-period org value (40) the segments would give -30 and +10
    expect(x?.score).toBe(-10);
  });
});

describe('segments decided by the caller', () => {
  const NOV = { from: '2026-11-01', to: '2026-11-30' };
  const at = (text: string) => Date.parse(`${text}Z`);

  it('lays overrides over the schedule at any instant, merging equal neighbours', () => {
    const segments = segmentsWithOverrides(promo(), NOV, [
      { startMs: at('2026-11-05T12:00:00'), endMs: at('2026-11-12T06:00:00'), profile: 'normal' },
      { startMs: at('2026-11-20T00:00:00'), endMs: at('2026-12-05T00:00:00'), profile: 'double11' },
      { startMs: at('2026-11-21T00:00:00'), endMs: at('2026-11-22T00:00:00'), profile: 'nope' },
    ]);
    expect(segments.map((s) => [new Date(s.startMs).toISOString(), s.profile, s.reason])).toEqual([
      ['2026-11-01T00:00:00.000Z', 'double11', 'scheduled'],
      ['2026-11-05T12:00:00.000Z', 'normal', 'override'],
      ['2026-11-12T06:00:00.000Z', 'normal', 'default'],
      ['2026-11-20T00:00:00.000Z', 'double11', 'override'],
    ]);
    expect(segments[3].endMs).toBe(at('2026-12-01T00:00:00'));
    // an override naming a profile the scorecard lacks is skipped
    expect(segments.some((s) => s.profile === 'nope')).toBe(false);
  });

  it('plans the given segments with the days they touch and their text', () => {
    const plan = planSegments(promo(), NOV, undefined, [
      { startMs: at('2026-11-01T00:00:00'), endMs: at('2026-11-05T12:00:00'), profile: 'double11' },
      { startMs: at('2026-11-05T12:00:00'), endMs: at('2026-12-01T00:00:00'), profile: null, reason: 'override' },
    ]);
    expect(plan.map((s) => [s.from, s.to, s.profile?.key ?? null, s.reason, segmentText(s)])).toEqual([
      ['2026-11-01', '2026-11-05', 'double11', 'given', '2026-11-01 00:00..2026-11-05 12:00'],
      ['2026-11-05', '2026-11-30', null, 'override', '2026-11-05 12:00..2026-12-01 00:00'],
    ]);
  });

  it('refuses segments that leave a gap, overlap, miss the period\'s ends or name an unknown profile', () => {
    const plan = (given: { startMs: number; endMs: number; profile: string | null }[]) => () => planSegments(promo(), NOV, undefined, given);
    const end = at('2026-12-01T00:00:00');
    expect(plan([])).toThrow(SegmentsError);
    expect(plan([{ startMs: at('2026-11-01T00:00:00'), endMs: at('2026-11-10T00:00:00'), profile: 'normal' },
      { startMs: at('2026-11-10T00:00:01'), endMs: end, profile: 'normal' }])).toThrow(/segment 1: segments must follow one another/);
    expect(plan([{ startMs: at('2026-11-01T01:00:00'), endMs: end, profile: 'normal' }])).toThrow(SegmentsError);
    expect(plan([{ startMs: at('2026-11-01T00:00:00'), endMs: end - 1, profile: 'normal' }])).toThrow(SegmentsError);
    expect(plan([{ startMs: at('2026-11-01T00:00:00'), endMs: end, profile: 'double12' }])).toThrow(ProfileError);
    expect(() => planSegments(promo(), NOV, 'normal', [{ startMs: at('2026-11-01T00:00:00'), endMs: end, profile: 'normal' }]))
      .toThrow(/a profile or segments, not both/);
  });
});
