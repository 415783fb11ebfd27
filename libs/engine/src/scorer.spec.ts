import type { ScoreRecord, Value } from '@yardstick/dsl';
import { Scorer, SubjectError } from './scorer';
import { div, rec, ScorecardBuilder, times } from './testing/scorecard-builder';
import type { AgentInfo, ScoreOptions, SubjectResult } from './types';

const JAN = { from: '2021-01-01', to: '2021-01-31' };
const flag = (name: string) => (r: ScoreRecord): Value => r[name] ?? null;

/** csat = count(rating >= 4) / count(rating != null); fcr = count(fcr) / count(fcr != null); kpis ×100, 60/40. */
function frontline(missing: 'renormalize' | 'zero' = 'renormalize', teamAndOrg = true) {
  const b = new ScorecardBuilder('frontline');
  b.missing = missing;
  const all = b.aggregate('count', 'count()');
  const good = b.aggregate('count', 'count(rating >= 4)', { value: (r) => (typeof r.rating === 'number' ? r.rating >= 4 : null) });
  const rated = b.aggregate('count', 'count(rating != null)', { value: (r) => r.rating !== null && r.rating !== undefined });
  const fcrYes = b.aggregate('count', 'count(fcr)', { value: flag('fcr') });
  const fcrKnown = b.aggregate('count', 'count(fcr != null)', { value: (r) => r.fcr !== null && r.fcr !== undefined });
  b.metric('handled', (s) => s.agg[all], { type: 'count', aggregates: [all] });
  b.metric('csat', (s) => div(s.agg[good], s.agg[rated]), { type: 'percent', aggregates: [good, rated] });
  b.metric('fcr', (s) => div(s.agg[fcrYes], s.agg[fcrKnown]), { type: 'percent', aggregates: [fcrYes, fcrKnown] });
  if (teamAndOrg) {
    b.metric('team_fcr', (s) => b.get(s, 'fcr', 'team'), { type: 'percent', deps: ['fcr'] });
    b.metric('org_fcr', (s) => b.get(s, 'fcr', 'org'), { type: 'percent', deps: ['fcr'] });
  }
  b.kpi('csat_score', (s) => times(b.get(s, 'csat'), 100), { deps: ['csat'], label: '满意度' });
  b.kpi('fcr_score', (s) => times(b.get(s, 'fcr'), 100), { deps: ['fcr'] });
  b.profile('normal', { csat_score: 0.6, fcr_score: 0.4 }, { isDefault: true });
  return b;
}

function score(b: ScorecardBuilder, records: ScoreRecord[], opts: Partial<ScoreOptions> = {}) {
  const scorer = new Scorer({ scorecard: b.build(), period: JAN, ...opts });
  for (const r of records) scorer.add(r);
  return { scorer, report: scorer.finish() };
}

const result = (results: readonly SubjectResult[], subject: string) => {
  const found = results.find((r) => r.subject === subject);
  if (!found) throw new Error(`no result for ${subject}`);
  return found;
};

const day = '2021-01-05T10:00';
// a: no ratings, fcr 1 of 2; b: csat 2/3, fcr 1/3; c: nothing known
const mixed: ScoreRecord[] = [
  rec('a', day, { fcr: true }), rec('a', day, { fcr: false }),
  rec('b', day, { rating: 5, fcr: true }), rec('b', day, { rating: 5, fcr: false }), rec('b', day, { rating: 2, fcr: false }),
  rec('c', day, {}),
];

describe('Scorer: the weighted score', () => {
  it('renormalize leaves a null kpi out and scales the other weights back to 100%', () => {
    const { report } = score(frontline('renormalize'), mixed);
    const a = result(report.results, 'a');
    expect(a.score).toBe(50);
    expect(a.kpis).toEqual([
      { key: 'csat_score', label: '满意度', value: null, weight: null },
      { key: 'fcr_score', value: 50, weight: 1 },
    ]);
    expect(result(report.results, 'b').score).toBeCloseTo(0.6 * (200 / 3) + 0.4 * (100 / 3), 12);
  });

  it('zero counts a null kpi as 0 with its weight kept', () => {
    const { report } = score(frontline('zero'), mixed);
    const a = result(report.results, 'a');
    expect(a.score).toBe(20);
    expect(a.kpis.map((k) => k.weight)).toEqual([0.6, 0.4]);
  });

  it('gives a null score and no rank when every kpi is null, under either policy', () => {
    for (const policy of ['renormalize', 'zero'] as const) {
      const c = result(score(frontline(policy), mixed).report.results, 'c');
      expect([c.score, c.rank, c.teamRank]).toEqual([null, null, null]);
      expect(c.metrics.handled).toBe(1);
    }
  });

  it('reports metrics by key and lists ranked subjects first', () => {
    const { report } = score(frontline(), mixed);
    expect(report.results.map((r) => [r.subject, r.rank])).toEqual([['b', 1], ['a', 2], ['c', null]]);
    expect(result(report.results, 'b').metrics).toMatchObject({ handled: 3, csat: 2 / 3, fcr: 1 / 3 });
  });
});

describe('Scorer: eligibility', () => {
  it('scores nobody who fails `eligible` (null counts as false), yet reports their metrics and kpis', () => {
    const b = frontline();
    b.eligible((s) => {
      const handled = b.num(s, 'handled');
      return handled === null ? null : handled >= 3;
    });
    const { report } = score(b, mixed);
    const a = result(report.results, 'a');
    expect([a.eligible, a.score, a.rank]).toEqual([false, null, null]);
    expect(a.metrics.fcr).toBe(0.5);
    expect(a.kpis[1]).toEqual({ key: 'fcr_score', value: 50, weight: null });
    expect(result(report.results, 'b')).toMatchObject({ eligible: true, rank: 1 });
  });
});

describe('Scorer: teams and the organisation', () => {
  it('computes a team metric as a ratio of the team\'s sums, never a mean of agents\' ratios', () => {
    // x: 1 of 1 first-contact resolved, y: 0 of 9 → team 1/10, not (100% + 0%) / 2
    const records = [rec('x', day, { fcr: true }), ...Array.from({ length: 9 }, () => rec('y', day, { fcr: false }))];
    const agents: AgentInfo[] = [{ id: 'x', team: 'north' }, { id: 'y', team: 'north' }];
    const { report } = score(frontline(), records, { agents });
    expect(report.teams.north.fcr).toBe(0.1);
    expect(result(report.results, 'x').metrics.team_fcr).toBe(0.1);
    expect(result(report.results, 'y').metrics.team_fcr).toBe(0.1);
    expect(report.org.fcr).toBe(0.1);
  });

  it('takes an agent\'s team from the agents list, else from the first record that names one', () => {
    const records = [
      rec('listed', day, { team: 'wrong', fcr: true }),
      rec('free', day, { fcr: true }), rec('free', day, { team: 'south', fcr: false }), rec('free', day, { team: 'east', fcr: false }),
    ];
    const { report } = score(frontline(), records, { agents: [{ id: 'listed', team: 'north' }] });
    expect(result(report.results, 'listed').team).toBe('north');
    expect(result(report.results, 'free').team).toBe('south');
    expect(Object.keys(report.teams)).toEqual(['north', 'south']);
    expect(report.org.fcr).toBe(0.5);
    expect(result(report.results, 'free').metrics.org_fcr).toBe(0.5);
  });

  it('builds the same team and organisation tables on first read when no expression uses team() or org()', () => {
    const records = [rec('x', day, { fcr: true, rating: 5 }), rec('y', day, { fcr: false }), rec('z', day, { fcr: true })];
    const agents: AgentInfo[] = [{ id: 'x', team: 'north' }, { id: 'y', team: 'north' }, { id: 'z', team: 'south' }];
    const uses = (usesTeam: boolean) => {
      // the same scorecard without team() and org(), flagged as such or (truthfully enough) as using them
      const sc = { ...frontline('renormalize', false).build(), usesTeam, usesOrg: usesTeam };
      const scorer = new Scorer({ scorecard: sc, period: JAN, agents });
      records.forEach((r) => scorer.add(r));
      return scorer.finish();
    };
    const lazy = uses(false);
    expect(lazy.teams.north.fcr).toBe(0.5);
    expect(lazy.org.fcr).toBeCloseTo(2 / 3, 12);
    const eager = uses(true);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
  });

  it('keeps a report\'s team and organisation tables as they were when records are added after finish', () => {
    const scorer = new Scorer({ scorecard: { ...frontline('renormalize', false).build(), usesTeam: false, usesOrg: false }, period: JAN });
    scorer.add(rec('x', day, { team: 'north', fcr: true }));
    const first = scorer.finish();
    scorer.add(rec('x', day, { team: 'north', fcr: false }));
    scorer.add(rec('y', day, { team: 'north', fcr: false }));
    expect(first.teams.north.fcr).toBe(1);
    expect(first.org.handled).toBe(1);
    expect(scorer.finish().teams.north.fcr).toBeCloseTo(1 / 3, 12);
  });

  it('ranks within each team as well as overall', () => {
    const r = (id: string, fcr: boolean[]) => fcr.map((f) => rec(id, day, { fcr: f }));
    const records = [...r('n1', [true]), ...r('n2', [true, false]), ...r('s1', [true, false, false]), ...r('s2', [false])];
    const agents = [{ id: 'n1', team: 'n' }, { id: 'n2', team: 'n' }, { id: 's1', team: 's' }, { id: 's2', team: 's' }];
    const { report } = score(frontline(), records, { agents });
    expect(report.results.map((x) => [x.subject, x.rank, x.teamRank])).toEqual([
      ['n1', 1, 1], ['n2', 2, 2], ['s1', 3, 1], ['s2', 4, 2],
    ]);
  });
});

describe('Scorer: streaming bookkeeping', () => {
  it('counts and skips records outside the period, without a time, or without an agent', () => {
    const { report } = score(frontline(), [
      rec('a', '2020-12-31T23:59', { fcr: true }), rec('a', '2021-02-01T00:00', { fcr: true }),
      { agent: 'a', occurred_at: null, fcr: true }, rec(null, day, { fcr: true }), rec('', day, { fcr: true }),
      rec('a', '2021-01-01T00:00', { fcr: false }), rec('a', '2021-01-31T23:59', { fcr: true }),
    ]);
    expect([report.recordsRead, report.recordsOutsidePeriod, report.recordsWithoutAgent]).toEqual([7, 3, 2]);
    expect(result(report.results, 'a')).toMatchObject({ records: 2, metrics: { fcr: 0.5 } });
  });

  it('scores listed agents on staff in the period even without records, and leaves out those who were not', () => {
    const agents: AgentInfo[] = [
      { id: 'idle', team: 't' }, { id: 'gone', leftOn: '2020-12-31' }, { id: 'later', hiredOn: '2021-02-01' },
      { id: 'left-mid', leftOn: '2021-01-10' },
    ];
    const { report } = score(frontline('zero'), [rec('a', day, { fcr: true })], { agents });
    expect(report.results.map((r) => r.subject).sort()).toEqual(['a', 'idle', 'left-mid']);
    expect(result(report.results, 'idle')).toMatchObject({ records: 0, score: null, metrics: { handled: 0, fcr: null } });
  });

  it('can add more records after finish and score again', () => {
    const { scorer } = score(frontline(), [rec('a', day, { fcr: true })]);
    scorer.add(rec('a', day, { fcr: false }));
    expect(result(scorer.finish().results, 'a').metrics.fcr).toBe(0.5);
  });

  it('explains only subjects it scored', () => {
    const { scorer } = score(frontline(), mixed);
    expect(() => scorer.explain('zz')).toThrow(SubjectError);
    expect(() => scorer.explain('zz')).toThrow("no agent 'zz' was scored by frontline in 2021-01-01..2021-01-31");
  });

  it('rejects a bad period and a bad agents list up front', () => {
    expect(() => new Scorer({ scorecard: frontline().build(), period: { from: '2021-02-30', to: '2021-03-01' } })).toThrow('not a real day');
    expect(() => new Scorer({ scorecard: frontline().build(), period: JAN, agents: [{ id: 'a' }, { id: 'a' }] })).toThrow('listed twice');
    expect(() => new Scorer({ scorecard: frontline().build(), period: JAN, agents: [{ id: 'a', hiredOn: '2021-1-1' }] }))
      .toThrow('agent a: hired_on');
  });
});

describe('Scorer: alerts', () => {
  it('lists the alerts whose condition holds (null does not)', () => {
    const b = frontline();
    b.alert('below_team', (s) => {
      const mine = b.num(s, 'fcr');
      const team = b.num(s, 'team_fcr');
      return mine === null || team === null ? null : mine < team;
    });
    const records = [rec('x', day, { fcr: true }), rec('y', day, { fcr: false }), rec('z', day, {})];
    const agents = ['x', 'y', 'z'].map((id) => ({ id, team: 't' }));
    const { report } = score(b, records, { agents });
    expect(['x', 'y', 'z'].map((id) => result(report.results, id).alerts)).toEqual([[], ['below_team'], []]);
  });
});
