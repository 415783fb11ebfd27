import { compile, type CompiledScorecard, type ScoreRecord } from '@yardstick/dsl';
import { AggregatedScorer, scoreAggregated } from './aggregated';
import { AggregatedInputError, type AggregatedRow } from './aggregated-types';
import { segmentsWithOverrides } from './profiles';
import { Scorer } from './scorer';
import { aggregateRows } from './testing/aggregate-rows';
import type { AgentInfo, ScoreOptions } from './types';

// The pre-aggregated entry point gives the streaming scorer's report to the last bit when its rows hold the
// states of the same records (here computed in JavaScript; tests/integration/sql computes them in PostgreSQL).

const FRONTLINE = `scorecard frontline {
  period month
  eligible when handled >= 5
  field kb_used: boolean
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  metric aht = avg(handle_seconds) as duration
  metric qa = avg(qa_score)
  metric qa_total = sum(qa_score where channel == "chat")
  metric p90 = percentile(handle_seconds where priority == "urgent", 90) as duration
  metric fastest = min(first_response_seconds)
  metric slowest = max(first_response_seconds)
  metric people = distinct(customer)
  metric kb_rate = count(kb_used) / count() as percent
  kpi csat_score = tier(csat) { >= 90% -> 100  >= 80% -> 60  else -> 0 }
  kpi aht_score = clamp(100 - (aht - 300s) / 3s, 0, 100)
  kpi qa_score_k = qa
  kpi kb_score = kb_rate * 100
  target aht <= 420s when agent.tenure_days < 90
  target aht <= 360s
  target csat >= 80%
  profile normal default { csat_score: 40%, aht_score: 30%, qa_score_k: 30% }
  profile promo active 2021-01-11..2021-01-17 { kb_score: 50%, csat_score: 50% }
  alert slow when aht > team(aht) * 1.1 and qa < org(qa) notify supervisor
}`;

const MANAGERS = (subject: 'team' | 'group') => `scorecard managers {
  period month
  subject ${subject}
  metric fcr = count(first_contact_resolved) / count(resolved) as percent
  metric heads = headcount()
  metric qa = avg(qa_score)
  metric org_qa = org(qa)
  kpi fcr_score = fcr * 100
  kpi qa_k = qa - org(qa)
  profile p default { fcr_score: 50%, qa_k: 50% }
}`;

function scorecard(source: string): CompiledScorecard {
  const doc = compile(source);
  if (!doc.value) throw new Error(doc.diagnostics.map((d) => d.message).join('\n'));
  return doc.value.scorecards[0];
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const AGENTS: AgentInfo[] = [
  { id: 'a1', team: 'north', group: 'east', hiredOn: '2020-12-20' },
  { id: 'a2', team: 'north', group: 'east', hiredOn: '2015-01-01' },
  { id: 'a3', team: 'south', group: 'west', hiredOn: '2019-06-01', leftOn: '2021-01-20' },
  { id: 'idle', team: 'south', group: 'west', hiredOn: '2018-01-01' },
];

function records(seed: number, count: number): ScoreRecord[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const maybe = <T>(v: T): T | null => (rnd() < 0.15 ? null : v);
  return Array.from({ length: count }, (): ScoreRecord => ({
    agent: pick(['a1', 'a2', 'a3', 'x9', 'x9', null]),
    team: 'x-team',
    occurred_at: Date.UTC(2020, 11, 28) + Math.floor(rnd() * 40 * 86_400_000),
    rating: maybe(pick([1, 2, 3, 4, 5])),
    handle_seconds: maybe(Math.round(rnd() * 9000) / 10),
    first_response_seconds: maybe(Math.floor(rnd() * 120)),
    qa_score: maybe(Math.round(rnd() * 1000) / 10),
    priority: maybe(pick(['urgent', 'low'])),
    channel: maybe(pick(['chat', 'phone'])),
    customer: maybe(pick(['c1', 'c2', 'c3', 'c4'])),
    kb_used: maybe(rnd() < 0.4),
    resolved: maybe(rnd() < 0.8),
    first_contact_resolved: maybe(rnd() < 0.6),
  }));
}

function both(opts: ScoreOptions, recs: readonly ScoreRecord[]) {
  const streaming = new Scorer(opts);
  for (const r of recs) streaming.add(r);
  const rows = aggregateRows(opts, recs);
  return { streaming, aggregated: new AggregatedScorer(opts, { rows, counts: countsOf(streaming) }), rows };
}

function countsOf(s: Scorer) {
  const r = s.finish();
  return { read: r.recordsRead, outside: r.recordsOutsidePeriod, withoutAgent: r.recordsWithoutAgent };
}

const JAN = { from: '2021-01-01', to: '2021-01-31' };

describe('AggregatedScorer: the same report as the streaming scorer', () => {
  it.each([1, 2, 3, 4, 5])('agent scorecard with a schedule switch (seed %i)', (seed) => {
    const opts: ScoreOptions = { scorecard: scorecard(FRONTLINE), period: JAN, agents: AGENTS };
    const { streaming, aggregated } = both(opts, records(seed, 400));
    const report = streaming.finish();
    expect(report.segments).toHaveLength(3);
    expect(aggregated.finish()).toEqual(report);
    for (const id of ['a1', 'a3', 'x9', 'idle']) expect(aggregated.explain(id)).toEqual(streaming.explain(id));
  });

  it.each(['team', 'group'] as const)('%s subjects, with roster aggregates', (subject) => {
    const opts: ScoreOptions = { scorecard: scorecard(MANAGERS(subject)), period: JAN, agents: AGENTS };
    const { streaming, aggregated } = both(opts, records(11, 300));
    expect(aggregated.finish()).toEqual(streaming.finish());
    const first = streaming.finish().results[0].subject;
    expect(aggregated.explain(first)).toEqual(streaming.explain(first));
  });

  it.each([6, 7])('agent scorecard with overrides switching within a day (seed %i)', (seed) => {
    const sc = scorecard(FRONTLINE);
    const at = (text: string) => Date.parse(`${text}Z`);
    const segments = segmentsWithOverrides(sc, JAN, [
      { startMs: at('2021-01-05T13:30:00'), endMs: at('2021-01-06T09:00:00'), profile: 'promo' },
      { startMs: at('2021-01-14T12:00:00'), endMs: at('2021-01-20T00:00:00'), profile: 'normal' },
    ]);
    const opts: ScoreOptions = { scorecard: sc, period: JAN, agents: AGENTS, segments };
    const { streaming, aggregated } = both(opts, records(seed, 400));
    const report = streaming.finish();
    expect(report.segments.map((s) => `${s.start}..${s.end} ${s.profile} ${s.reason}`)).toEqual([
      '2021-01-01T00:00:00..2021-01-05T13:30:00 normal default', '2021-01-05T13:30:00..2021-01-06T09:00:00 promo override',
      '2021-01-06T09:00:00..2021-01-11T00:00:00 normal default', '2021-01-11T00:00:00..2021-01-14T12:00:00 promo scheduled',
      '2021-01-14T12:00:00..2021-01-20T00:00:00 normal override', '2021-01-20T00:00:00..2021-02-01T00:00:00 normal default',
    ]);
    expect(aggregated.finish()).toEqual(report);
    for (const id of ['a1', 'a3', 'x9']) expect(aggregated.explain(id)).toEqual(streaming.explain(id));
  });

  it('lets the roster decide the team: listed without one is in no team pool, unlisted takes its first record\'s', () => {
    const sc = scorecard(FRONTLINE);
    const agents: AgentInfo[] = [{ id: 'a1', team: 'north' }, { id: 'loner' }];
    const at = (agent: string, team: string | null, day: number, rating: number): ScoreRecord =>
      ({ agent, team, occurred_at: Date.UTC(2021, 0, day, 10), rating, handle_seconds: 300, qa_score: 80 });
    const recs = [
      at('a1', 'north', 4, 5), at('loner', 'north', 5, 1), at('loner', 'south', 6, 1),
      at('drifter', null, 7, 4), at('drifter', 'south', 8, 4), at('drifter', 'north', 9, 4),
    ];
    const opts: ScoreOptions = { scorecard: sc, period: JAN, agents, profile: 'normal' };
    const { streaming, aggregated } = both(opts, recs);
    const report = streaming.finish();
    const teamOf = Object.fromEntries(report.results.map((r) => [r.subject, r.team]));
    expect(teamOf).toEqual({ a1: 'north', loner: null, drifter: 'south' });
    // north's pool is a1's one record (rating 5): the loner's records, though they name north, are in no team pool
    expect(report.teams.north.handled).toBe(1);
    expect(report.teams.north.csat).toBe(1);
    expect(report.teams.south.handled).toBe(3);
    expect(report.org.handled).toBe(6);
    expect(aggregated.finish()).toEqual(report);
  });

  it('with one segment (an explicit profile) and with no records at all', () => {
    const opts: ScoreOptions = { scorecard: scorecard(FRONTLINE), period: JAN, agents: AGENTS, profile: 'promo' };
    const { streaming, aggregated, rows } = both(opts, records(7, 200));
    expect(rows.every((r) => r.segment === null)).toBe(true);
    expect(aggregated.finish()).toEqual(streaming.finish());
    const empty = new Scorer(opts);
    expect(scoreAggregated(opts, { rows: [] })).toEqual(empty.finish());
  });

  it('does not depend on the order records stream in (sums are exact, then rounded once)', () => {
    const opts: ScoreOptions = { scorecard: scorecard(FRONTLINE), period: JAN, agents: AGENTS };
    const recs = records(3, 500);
    const forward = both(opts, recs).streaming.finish();
    const backward = both(opts, [...recs].reverse()).streaming.finish();
    expect(backward).toEqual(forward);
  });
});

describe('AggregatedScorer: rows that cannot be right', () => {
  const opts: ScoreOptions = { scorecard: scorecard(FRONTLINE), period: JAN, agents: AGENTS };
  const rows = aggregateRows(opts, records(5, 200));
  const score = (changed: AggregatedRow[]) => () => scoreAggregated(opts, { rows: changed });

  it('refuses a row given twice', () => {
    expect(score([...rows, rows[0]])).toThrow(AggregatedInputError);
    expect(score([...rows, rows[0]])).toThrow(/given twice/);
  });

  it('refuses a segment the period does not have', () => {
    expect(score([...rows, { ...rows[0], segment: 7 }])).toThrow(/segment must be null or 0..2/);
  });

  it('refuses an agent pooled in another team than the agents list says', () => {
    const moved = rows.map((r) => (r.level === 'agent' && r.agent === 'a1' ? { ...r, team: 'south' } : r));
    expect(score(moved)).toThrow(/agent a1 is on team north but the rows pool it in south/);
  });

  it('refuses a team whose rows do not add up to its agents', () => {
    const inflated = rows.map((r) => (r.level === 'team' && r.team === 'north' && r.segment === null ? { ...r, records: r.records + 1 } : r));
    expect(score(inflated)).toThrow(/team north/);
  });

  it('refuses segments that do not add up to the whole period', () => {
    const lost = rows.filter((r) => !(r.level === 'agent' && r.agent === 'a2' && r.segment === 1));
    expect(score(lost)).toThrow(/agent a2: the whole period has \d+ records but its segments \d+/);
  });
});
