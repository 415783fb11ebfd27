import type { AggregatedRow, Period } from '@yardstick/engine';
import { aggregateRows } from '../../../libs/engine/src/testing/aggregate-rows';
import { scoreBoth, type Both } from './support/score-both';
import { DEMO_FRONTLINE, EXPRESSIONS, MANAGERS, PERCENTILES, SPEC_EXAMPLE } from './support/scorecards';
import { sqlDatabase, storeWorld } from './support/store';
import { makeWorld, scoreRecords, type World } from './support/world';

// The service scores with one SQL query per scorecard and period and the engine's AggregatedScorer; the CLI
// streams the records through the engine. On the same data the two reports must be identical — every number
// to the last bit (toEqual compares numbers with Object.is), every rank, weight, target and alert, and every
// explanation. Random worlds (seeded, so a failure names its seed) straddle schedule switches and a
// daylight-saving change in America/New_York.

const ZONE = 'America/New_York';
const SEEDS = [1, 2, 3];

interface Case {
  readonly name: string;
  readonly source: string;
  readonly period: Period;
  readonly profile?: string;
  readonly zone?: string;
  readonly records?: number;
}

const CASES: readonly Case[] = [
  // November 2026: double11 (1st–11th) then the default; clocks go back on the 1st
  { name: 'the spec §1 example', source: SPEC_EXAMPLE, period: { from: '2026-11-01', to: '2026-11-30' } },
  // February 2021: the CNY promotion in the middle makes three segments
  { name: 'the CLI demo scorecard', source: DEMO_FRONTLINE, period: { from: '2021-02-01', to: '2021-02-28' } },
  // March 2021: clocks go forward on the 14th, inside the rush week
  { name: 'a percentile-heavy scorecard', source: PERCENTILES, period: { from: '2021-03-01', to: '2021-03-31' } },
  { name: 'every kind of per-record expression', source: EXPRESSIONS, period: { from: '2021-03-01', to: '2021-03-31' } },
  { name: 'team subjects', source: MANAGERS('team'), period: { from: '2021-03-01', to: '2021-03-31' } },
  { name: 'group subjects', source: MANAGERS('group'), period: { from: '2021-03-01', to: '2021-03-31' } },
  { name: 'an explicit profile (one segment) in a zone east of UTC', source: DEMO_FRONTLINE, period: { from: '2021-02-01', to: '2021-02-28' }, profile: 'cny_promo', zone: 'Asia/Shanghai' },
  { name: 'a custom range across the clock change', source: PERCENTILES, period: { from: '2021-03-13', to: '2021-03-15' } },
  // Santiago's clocks went back at midnight on 2021-04-04: 23:00–24:00 of the 3rd happened twice, and a day and
  // a segment end there — by the wall clock, never by the instant
  {
    name: 'a segment switch where the clocks go back at midnight (Santiago)', zone: 'America/Santiago', records: 1200,
    source: PERCENTILES.replace('2021-03-10..2021-03-16', '2021-04-04..2021-04-10'), period: { from: '2021-04-01', to: '2021-04-06' },
  },
];

/** Rows in a stable order, for comparing the database's with the ones computed in JavaScript. */
function sorted(rows: readonly AggregatedRow[]): AggregatedRow[] {
  const key = (r: AggregatedRow) => `${r.level}|${r.segment ?? '-'}|${r.agent ?? ''}|${r.team ?? ''}|${r.group ?? ''}`;
  // the database also pools the agents of no team (or group); the engine has no such pool and ignores them
  const pooled = (r: AggregatedRow) => (r.level !== 'team' || r.team !== null) && (r.level !== 'group' || r.group !== null);
  return [...rows].filter(pooled).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('scoring over PostgreSQL equals scoring the streamed records', () => {
  const t = sqlDatabase();

  async function both(c: Case, seed: number): Promise<{ world: World; result: Both }> {
    const zone = c.zone ?? ZONE;
    const world = makeWorld(seed, { zone, from: c.period.from, to: c.period.to, records: c.records ?? 1500 });
    await storeWorld(t.db, world);
    const result = await scoreBoth(t.db, world, c.source, { period: c.period, ...(c.profile ? { profile: c.profile } : {}) });
    return { world, result };
  }

  for (const c of CASES) {
    it.each(SEEDS)(`${c.name} (seed %i)`, async (seed) => {
      const { world, result } = await both(c, seed);
      const { js, sql, streaming, aggregated } = result;
      expect(js.results.length).toBeGreaterThan(0);
      // the database's accumulator states are the engine's, group by group and aggregate by aggregate
      expect(sorted(result.rows)).toEqual(sorted(aggregateRows(result.opts, scoreRecords(world))));
      expect(sql).toEqual(js);
      for (const r of js.results) expect(aggregated.explain(r.subject)).toEqual(streaming.explain(r.subject));
    });
  }

  it('scores ranked, eligible agents with real numbers (the comparison is not of empty reports)', async () => {
    const { result } = await both(CASES[1], 4);
    const scored = result.sql.results.filter((r) => r.score !== null);
    expect(scored.length).toBeGreaterThan(5);
    expect(result.sql.segments.map((s) => s.profile)).toEqual(['normal', 'cny_promo', 'normal']);
    expect(Object.keys(result.sql.teams).sort()).toEqual(['north', 'south', 'west', '东区']);
  });
});
