import { compile, type CompiledScorecard } from '@yardstick/dsl';
import { DAY_MS, localDayMs, Scorer } from '@yardstick/engine';
import { profileTimeline, type OverrideWindow } from '../profiles/profile-timeline';
import { decidedPlan, explicitPlan, type ProfileStretchInput } from './score-plan';

const SOURCE = `scorecard frontline {
  metric handled = count()
  metric good = count(rating >= 4) / count()
  kpi volume = handled
  kpi quality = good * 100
  profile normal default { volume: 100% }
  profile double11 active 2021-03-08..2021-03-14 { quality: 100% }
}`;

const scorecard: CompiledScorecard = compile(SOURCE).value!.scorecards[0];
const MARCH = { from: '2021-03-01', to: '2021-03-31' };
const HOUR = 3_600_000;

function stretches(overrides: OverrideWindow[] = []): ProfileStretchInput[] {
  return profileTimeline(scorecard, MARCH, overrides).map((s) => ({
    fromLocalMs: s.startLocalMs, toLocalMs: s.endLocalMs, profile: s.profile?.key ?? null, source: s.source,
    override: s.override ? { id: s.override.id, reason: s.override.reason } : null,
  }));
}

const show = (plan: ReturnType<typeof decidedPlan>) =>
  plan.segments.map((s, i) => `${s.from}..${s.to} ${s.profile?.key ?? '-'} ${plan.sources[i].source}`);

describe('scoring plans', () => {
  it('follows the scorecard\'s own schedule when no override takes part', () => {
    const plan = decidedPlan(scorecard, MARCH, stretches());
    expect(plan.scorecard).toBe(scorecard);
    expect(show(plan)).toEqual([
      '2021-03-01..2021-03-07 normal default', '2021-03-08..2021-03-14 double11 schedule', '2021-03-15..2021-03-31 normal default',
    ]);
  });

  it('lays a whole-day override over the schedule, segment by segment', () => {
    const override = { id: 4, profile: 'double11', reason: 'storm', startLocalMs: localDayMs('2021-03-20'), endLocalMs: localDayMs('2021-03-23') };
    const plan = decidedPlan(scorecard, MARCH, stretches([override]));
    expect(show(plan)).toEqual([
      '2021-03-01..2021-03-07 normal default', '2021-03-08..2021-03-14 double11 schedule', '2021-03-15..2021-03-19 normal default',
      '2021-03-20..2021-03-22 double11 override', '2021-03-23..2021-03-31 normal default',
    ]);
    expect(plan.sources[3].override).toEqual({ id: 4, reason: 'storm' });
    // the scorecard itself is scored; the decisions go to the engine as segments
    expect(plan.scorecard).toBe(scorecard);
    expect(plan.given?.map((g) => g.profile)).toEqual(['normal', 'double11', 'normal', 'double11', 'normal']);
    expect(plan.segments[3].profile).toBe(scorecard.profiles[1]);
  });

  it('scores an override covering the whole period as one segment of its profile', () => {
    const override = { id: 5, profile: 'double11', reason: 'all month', startLocalMs: localDayMs('2021-02-20'), endLocalMs: localDayMs('2021-04-10') };
    const plan = decidedPlan(scorecard, MARCH, stretches([override]));
    expect(show(plan)).toEqual(['2021-03-01..2021-03-31 double11 override']);
  });

  it('gives the engine segments it combines by record count', () => {
    const override = { id: 4, profile: 'double11', reason: 'storm', startLocalMs: localDayMs('2021-03-20'), endLocalMs: localDayMs('2021-03-21') };
    const plan = decidedPlan(scorecard, MARCH, stretches([override]));
    const scorer = new Scorer({ scorecard: plan.scorecard, period: MARCH, segments: plan.given });
    const add = (day: string, rating: number) => scorer.add({ agent: 'a', occurred_at: localDayMs(day) + 9 * HOUR, rating });
    add('2021-03-02', 5);
    add('2021-03-20', 5);
    add('2021-03-20', 1);
    add('2021-03-25', 5);
    const report = scorer.finish();
    expect(report.segments.map((s) => [s.profile, s.records])).toEqual([
      ['normal', 1], ['double11', 0], ['normal', 0], ['double11', 2], ['normal', 1],
    ]);
    // normal weighs volume (records), double11 quality (50% good → 50): (1×1 + 2×50 + 1×1) / 4
    expect(report.results[0].score).toBe(25.5);
  });

  it('switches inside a day where an override starts or ends, and the engine splits records at that instant', () => {
    const noon = localDayMs('2021-03-20') + 12 * HOUR;
    const override = { id: 6, profile: 'double11', reason: 'noon', startLocalMs: noon, endLocalMs: localDayMs('2021-03-22') + 6 * HOUR };
    const plan = decidedPlan(scorecard, MARCH, stretches([override]));
    expect(show(plan)).toEqual([
      '2021-03-01..2021-03-07 normal default', '2021-03-08..2021-03-14 double11 schedule', '2021-03-15..2021-03-20 normal default',
      '2021-03-20..2021-03-22 double11 override', '2021-03-22..2021-03-31 normal default',
    ]);
    expect(plan.segments[3].startMs).toBe(noon);
    const scorer = new Scorer({ scorecard: plan.scorecard, period: MARCH, segments: plan.given });
    const at = (ms: number, rating: number) => scorer.add({ agent: 'a', occurred_at: ms, rating });
    at(noon - 1, 5);               // 11:59:59.999: the normal segment before
    at(noon, 1);                   // noon: the override
    at(noon + HOUR, 5);
    at(localDayMs('2021-03-22') + 6 * HOUR, 5); // 06:00 on the 22nd: normal again
    const report = scorer.finish();
    expect(report.segments.map((s) => [s.start, s.end, s.records])).toEqual([
      ['2021-03-01T00:00:00', '2021-03-08T00:00:00', 0], ['2021-03-08T00:00:00', '2021-03-15T00:00:00', 0],
      ['2021-03-15T00:00:00', '2021-03-20T12:00:00', 1], ['2021-03-20T12:00:00', '2021-03-22T06:00:00', 2],
      ['2021-03-22T06:00:00', '2021-04-01T00:00:00', 1],
    ]);
    // normal weighs volume (1 record each side), double11 quality (1 of 2 good → 50): (1×1 + 2×50 + 1×1) / 4
    expect(report.results[0].score).toBe(25.5);
  });

  it('leaves days without any profile as a gap the engine scores as null', () => {
    // the checker requires a default profile; a scorecard without one can only come from outside the language
    const bare: CompiledScorecard = {
      ...scorecard,
      profiles: scorecard.profiles.map((p) => (p.isDefault ? { ...p, isDefault: false, active: { from: '2021-03-20', to: '2021-03-25' } } : p)),
    };
    const timeline = profileTimeline(bare, MARCH, []).map((s) => ({
      fromLocalMs: s.startLocalMs, toLocalMs: s.endLocalMs, profile: s.profile?.key ?? null, source: s.source, override: null,
    }));
    const override = { fromLocalMs: localDayMs('2021-03-01'), toLocalMs: localDayMs('2021-03-02'), profile: 'normal', source: 'override' as const, override: { id: 1, reason: 'r' } };
    const plan = decidedPlan(bare, MARCH, [override, { ...timeline[0], fromLocalMs: localDayMs('2021-03-02') }, ...timeline.slice(1)]);
    expect(show(plan)).toEqual([
      '2021-03-01..2021-03-01 normal override', '2021-03-02..2021-03-07 - default', '2021-03-08..2021-03-14 double11 schedule',
      '2021-03-15..2021-03-19 - default', '2021-03-20..2021-03-25 normal schedule', '2021-03-26..2021-03-31 - default',
    ]);
    const scorer = new Scorer({ scorecard: plan.scorecard, period: MARCH, segments: plan.given });
    scorer.add({ agent: 'a', occurred_at: localDayMs('2021-03-03'), rating: 5 });
    expect(scorer.finish().results[0].score).toBeNull();
  });

  it('scores an explicit profile over the whole period', () => {
    const plan = explicitPlan(scorecard, MARCH, 'double11');
    expect(plan.profile).toBe('double11');
    expect(plan.segments).toHaveLength(1);
    expect(plan.sources).toEqual([{ source: 'explicit', override: null }]);
    expect(() => explicitPlan(scorecard, MARCH, 'nope')).toThrow(/unknown profile 'nope'/);
  });

  it('keeps day numbers whole for every stretch end', () => {
    for (const s of stretches()) expect(s.toLocalMs % DAY_MS).toBe(0);
  });
});
