import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { ScoreComputer } from '../../../apps/api/src/modules/scoring/score-computer';
import type { ScoreConnectionModel } from '../../../apps/api/src/modules/scoring/scoring.model';
import { ScoringRepository, type Db } from '../../../apps/api/src/modules/scoring/scoring.repository';
import type { ScoresArgs } from '../../../apps/api/src/modules/scoring/scoring.args';
import { ScoringService } from '../../../apps/api/src/modules/scoring/scoring.service';
import { bootApp } from '../support/nest';
import { startScoring, type ScoringFixture } from './support';

// Stored scores under concurrency: many requests for the same missing scores, in one process or two, compute
// them once and all get the same rows; records being written while scores are computed are never lost.

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

describe('score snapshots under concurrency', () => {
  let f: ScoringFixture;
  let other: INestApplication;

  beforeAll(async () => {
    f = await startScoring();
    await f.records(['m1,Becky,2021-03-02T09:00:00Z,20,5', 'm2,Dan,2021-03-03T10:00:00Z,30,4', 'm3,Jim,2021-03-04T10:00:00Z,10,5']);
    // a second instance of the service on the same database, as behind a load balancer
    other = await bootApp(f.db);
  });

  afterAll(async () => {
    await other?.close();
    await f?.close();
  });

  afterEach(() => jest.restoreAllMocks());

  it('computes missing scores once for simultaneous requests to two instances', async () => {
    const compute = jest.spyOn(ScoreComputer.prototype, 'compute');
    const second = other.get(ScoringService);
    const args = { scorecard: 'desk', period: { month: '2021-03' }, first: 100 } as ScoresArgs;
    const results = await Promise.all([
      f.scores(), f.scores(), f.scores(), second.scores(f.admin, args), second.scores(f.admin, args), second.scores(f.admin, args),
    ]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(new Set(results.map((r) => r.computedAt)).size).toBe(1);
    for (const result of results) expect(result.edges).toEqual(results[0].edges);
    const [rows] = await f.query<{ n: number; runs: number }>(
      'SELECT (SELECT count(*)::int FROM score_snapshots) AS n, (SELECT count(*)::int FROM snapshot_runs) AS runs');
    expect(rows).toEqual({ n: 6, runs: 1 });
  });

  it('waits for records being written before it reads, so none is left out of fresh scores', async () => {
    const writer = new Client({ connectionString: f.db.url });
    await writer.connect();
    try {
      // an ingest in flight: its records are not committed yet, and no stored run existed for it to mark stale
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO interactions (source, external_id, agent_id, team_id, occurred_at, rating, wait_seconds)
        VALUES ('late', 'x1', $1, $2, '2021-02-10T09:00:00Z', 5, 10)`, [f.agents.becky, f.teams.north]);
      let done = false;
      const scoring = f.scores({ period: { month: '2021-02' } }).then((r) => { done = true; return r; });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(done).toBe(false);
      await writer.query('COMMIT');
      const february = await scoring;
      expect(february.edges.find((e) => e.node.agent.externalId === 'Becky')!.node.records).toBe(1);
      expect((await f.runs()).find((r) => r.from === '2021-02-01')!.stale).toBe(false);
    } finally {
      await writer.end();
    }
  });

  it('computes again when records arrive while scores are computed', async () => {
    const roster = ScoringRepository.prototype.roster;
    let injected = false;
    // records committed after the computation took its snapshot (it reads the roster right after)
    jest.spyOn(ScoringRepository.prototype, 'roster').mockImplementation(async function (this: ScoringRepository, db: Db) {
      const result = await roster.call(this, db);
      if (!injected) {
        injected = true;
        await f.records(['j1,Jim,2021-01-05T09:00:00Z,10,5'], { wait: false });
      }
      return result;
    });
    const jim = (c: ScoreConnectionModel) => c.edges.find((e) => e.node.agent.externalId === 'Jim')!.node.records;
    const first = await f.scores({ period: { month: '2021-01' } });
    expect(jim(first)).toBe(0);
    jest.restoreAllMocks();
    // the ingest marked the new generation stale, so the refresh it triggered computed the period again
    await f.stored();
    await f.refresher.idle();
    expect((await f.runs()).find((r) => r.from === '2021-01-01')!.stale).toBe(false);
    const next = await f.scores({ period: { month: '2021-01' } });
    expect(next.computedAt).not.toBe(first.computedAt);
    expect(jim(next)).toBe(1);
  });
});
