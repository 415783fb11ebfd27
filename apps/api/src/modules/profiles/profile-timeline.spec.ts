import { compile, type CompiledScorecard } from '@yardstick/dsl';
import { DAY_MS, localDayMs } from '@yardstick/engine';
import { profileAt, profileTimeline, type OverrideWindow, type ProfileStretch } from './profile-timeline';

const SOURCE = `scorecard frontline {
  metric handled = count()
  kpi volume = handled
  kpi other = handled * 2
  profile normal "日常运营" default { volume: 100% }
  profile double11 "双11大促" active 2021-03-08..2021-03-14 { other: 100% }
  profile spring active 2021-03-20..2021-04-05 { volume: 50%, other: 50% }
}`;

const scorecard: CompiledScorecard = compile(SOURCE).value!.scorecards[0];
const HOUR = 3_600_000;
const at = (day: string, hour = 0) => localDayMs(day) + hour * HOUR;

/** Stretches as `from..to profile source`, local wall clock, for readable expectations. */
function show(stretches: readonly ProfileStretch[]): string[] {
  const text = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T00:00', '');
  return stretches.map((s) => `${text(s.startLocalMs)}..${text(s.endLocalMs)} ${s.profile?.key ?? '-'} ${s.source}`);
}

const override = (id: number, profile: string, from: number, to: number): OverrideWindow =>
  ({ id, profile, startLocalMs: from, endLocalMs: to, reason: `because ${id}` });

describe('profileTimeline', () => {
  it('uses the default outside the schedule and the scheduled profile inside it', () => {
    expect(show(profileTimeline(scorecard, { from: '2021-03-01', to: '2021-03-31' }, []))).toEqual([
      '2021-03-01..2021-03-08 normal default',
      '2021-03-08..2021-03-15 double11 schedule',
      '2021-03-15..2021-03-20 normal default',
      '2021-03-20..2021-04-01 spring schedule',
    ]);
  });

  it('lets an override starting mid-period win over the schedule for exactly its time', () => {
    const windows = [override(7, 'normal', at('2021-03-10', 12), at('2021-03-12'))];
    const stretches = profileTimeline(scorecard, { from: '2021-03-01', to: '2021-03-31' }, windows);
    expect(show(stretches)).toEqual([
      '2021-03-01..2021-03-08 normal default',
      '2021-03-08..2021-03-10T12:00 double11 schedule',
      '2021-03-10T12:00..2021-03-12 normal override',
      '2021-03-12..2021-03-15 double11 schedule',
      '2021-03-15..2021-03-20 normal default',
      '2021-03-20..2021-04-01 spring schedule',
    ]);
    expect(stretches[2].override).toEqual(windows[0]);
  });

  it('clips an override to the period and merges nothing across different decisions', () => {
    const windows = [override(1, 'double11', at('2021-02-20'), at('2021-03-03'))];
    expect(show(profileTimeline(scorecard, { from: '2021-03-01', to: '2021-03-05' }, windows))).toEqual([
      '2021-03-01..2021-03-03 double11 override',
      '2021-03-03..2021-03-06 normal default',
    ]);
  });

  it('keeps two touching overrides apart (each is its own decision, with its own reason)', () => {
    const windows = [override(1, 'spring', at('2021-03-02'), at('2021-03-03')), override(2, 'spring', at('2021-03-03'), at('2021-03-04'))];
    expect(profileTimeline(scorecard, { from: '2021-03-01', to: '2021-03-04' }, windows).map((s) => s.override?.id ?? null))
      .toEqual([null, 1, 2, null]);
  });

  it('skips an override naming a profile this version does not have', () => {
    const windows = [override(1, 'gone', at('2021-03-02'), at('2021-03-03'))];
    expect(show(profileTimeline(scorecard, { from: '2021-03-01', to: '2021-03-04' }, windows))).toEqual([
      '2021-03-01..2021-03-05 normal default',
    ]);
  });

  it('covers the period exactly, without gaps', () => {
    const windows = [override(1, 'spring', at('2021-03-05', 3), at('2021-03-09', 17)), override(2, 'double11', at('2021-03-20', 1), at('2021-03-21'))];
    const stretches = profileTimeline(scorecard, { from: '2021-03-01', to: '2021-03-31' }, windows);
    expect(stretches[0].startLocalMs).toBe(at('2021-03-01'));
    expect(stretches[stretches.length - 1].endLocalMs).toBe(at('2021-03-31') + DAY_MS);
    for (let i = 1; i < stretches.length; i++) expect(stretches[i].startLocalMs).toBe(stretches[i - 1].endLocalMs);
  });
});

describe('profileAt', () => {
  const windows = [override(3, 'spring', at('2021-03-10', 12), at('2021-03-12'))];

  it.each([
    ['2021-03-01', 0, 'normal', 'default'],
    ['2021-03-10', 11, 'double11', 'schedule'],
    ['2021-03-10', 12, 'spring', 'override'],
    ['2021-03-11', 23, 'spring', 'override'],
    ['2021-03-12', 0, 'double11', 'schedule'],
    ['2021-03-15', 0, 'normal', 'default'],
  ])('at %s %s:00 it is %s (%s)', (day, hour, profile, source) => {
    const decision = profileAt(scorecard, at(day, hour), windows);
    expect([decision.profile?.key, decision.source]).toEqual([profile, source]);
  });
});
