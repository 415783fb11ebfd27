import type { ScoreRecord, Value } from '@yardstick/dsl';
import { Scorer } from './scorer';
import { div, rec, ScorecardBuilder } from './testing/scorecard-builder';
import type { AgentInfo } from './types';

// Team and group subjects (spec §7): metrics over all the records of their agents, roster aggregates,
// `team.NAME` / `group.NAME` attributes, and org(m) still the organisation's.

const JAN = { from: '2021-01-01', to: '2021-01-31' };
const at = '2021-01-10T10:00';

function managers(subject: 'team' | 'group') {
  const b = new ScorecardBuilder('managers');
  b.subject = subject;
  const yes = b.aggregate('count', 'count(fcr)', { value: (r: ScoreRecord): Value => r.fcr ?? null });
  const all = b.aggregate('count', 'count()');
  const heads = b.aggregate('headcount', 'headcount()');
  const leavers = b.aggregate('leavers', 'leavers()');
  const joiners = b.aggregate('joiners', 'joiners()');
  b.metric('fcr', (s) => div(s.agg[yes], s.agg[all]), { type: 'percent', aggregates: [yes, all] });
  b.metric('headcount', (s) => s.agg[heads], { type: 'count' });
  b.metric('leavers', (s) => s.agg[leavers], { type: 'count' });
  b.metric('joiners', (s) => s.agg[joiners], { type: 'count' });
  b.metric('attrition', (s) => div(s.agg[leavers], s.agg[heads]), { type: 'percent' });
  b.metric('org_fcr', (s) => b.get(s, 'fcr', 'org'), { type: 'percent' });
  b.metric('site', (s) => (subject === 'team' ? s.attrs.team?.site : s.attrs.group?.site) ?? null, { type: 'string' });
  b.metric('agent_seen', (s) => (s.attrs.agent === undefined ? 0 : 1));
  b.kpi('fcr_score', (s) => { const f = b.num(s, 'fcr'); return f === null ? null : f * 100; }, { deps: ['fcr'] });
  b.profile('p', { fcr_score: 1 }, { isDefault: true });
  return b;
}

const agents: AgentInfo[] = [
  { id: 'n1', team: 'north', group: 'east', hiredOn: '2019-05-01' },
  { id: 'n2', team: 'north', group: 'east', hiredOn: '2021-01-15' }, // joined in January
  { id: 'n3', team: 'north', group: 'east', hiredOn: '2019-05-01', leftOn: '2021-01-20' }, // left in January, no records
  { id: 'n4', team: 'north', group: 'east', leftOn: '2020-12-31' }, // gone before January
  { id: 's1', team: 'south', group: 'west' },
];

function run(subject: 'team' | 'group') {
  const scorer = new Scorer({
    scorecard: managers(subject).build(), period: JAN, agents,
    teamAttributes: { north: { site: 'Shanghai' } }, groupAttributes: { east: { site: 'Hangzhou' } },
  });
  // north: n1 1 of 2, n2 0 of 2 → 1/4; south: s1 3 of 4; an unlisted agent naming team south: 0 of 2
  const add = (id: string, fcr: boolean[], team?: string) => fcr.forEach((f) => scorer.add(rec(id, at, { fcr: f, ...(team ? { team } : {}) })));
  add('n1', [true, false]);
  add('n2', [false, false]);
  add('s1', [true, true, true, false]);
  add('x9', [false, false], 'south');
  return scorer.finish();
}

describe('subject team', () => {
  const report = run('team');

  it('scores each team over all its agents\' records and ranks the teams', () => {
    expect(report.results.map((r) => [r.subject, r.records, r.metrics.fcr, r.score, r.rank, r.teamRank])).toEqual([
      ['south', 6, 0.5, 50, 1, null],
      ['north', 4, 0.25, 25, 2, null],
    ]);
  });

  it('counts the roster: on staff during the period, leavers and joiners', () => {
    const north = report.results.find((r) => r.subject === 'north');
    // n1, n2, n3 were on staff in January (n3 until the 20th); n4 had left
    expect(north?.metrics).toMatchObject({ headcount: 3, leavers: 1, joiners: 1, attrition: 1 / 3 });
    // s1 and the unlisted x9, whose records prove it was there
    expect(report.results.find((r) => r.subject === 'south')?.metrics).toMatchObject({ headcount: 2, leavers: 0 });
  });

  it('reads team attributes, gives the organisation\'s value for org(m), and has no agent in scope', () => {
    const north = report.results.find((r) => r.subject === 'north');
    expect(north?.metrics.org_fcr).toBe(0.4);
    expect(north?.metrics.agent_seen).toBe(0);
    expect(north?.metrics.site).toBeNull(); // a string metric is not a number in `metrics`
    expect(report.org).toMatchObject({ fcr: 0.4, headcount: 5, leavers: 1, joiners: 1 });
  });
});

describe('subject group', () => {
  it('scores groups from the agents list over their agents\' records', () => {
    const report = run('group');
    // east: n1, n2 (1 of 4); west: s1 (3 of 4); the unlisted x9 belongs to no group
    expect(report.results.map((r) => [r.subject, r.records, r.score, r.rank, r.team])).toEqual([
      ['west', 4, 75, 1, null],
      ['east', 4, 25, 2, null],
    ]);
    expect(report.results.find((r) => r.subject === 'east')?.metrics.headcount).toBe(3);
  });
});

describe('agent attributes', () => {
  it('passes custom and built-in attributes, with tenure_days to the last day of the period', () => {
    const b = new ScorecardBuilder();
    const seen: Record<string, unknown>[] = [];
    b.metric('probe', (s) => { seen.push({ ...s.attrs.agent }); return null; });
    const scorer = new Scorer({
      scorecard: b.build(), period: JAN,
      agents: [{ id: 'a', name: 'Ann', team: 't', group: 'g', hiredOn: '2020-12-01', attributes: { base_bonus: '5000.00', level: 3 } }],
    });
    scorer.add(rec('a', at));
    scorer.finish();
    expect(seen.find((attrs) => attrs.id === 'a')).toEqual({
      id: 'a', name: 'Ann', team: 't', group: 'g', hired_on: '2020-12-01', left_on: null, base_bonus: '5000.00', level: 3, tenure_days: 61,
    });
  });
});
