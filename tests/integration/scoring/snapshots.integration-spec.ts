import { AgentsService } from '../../../apps/api/src/modules/agents/agents.service';
import { OrganisationService } from '../../../apps/api/src/modules/organisation/organisation.service';
import { ProfilesService } from '../../../apps/api/src/modules/profiles/profiles.service';
import { ScorecardAuthoringService } from '../../../apps/api/src/modules/scorecards/scorecard-authoring.service';
import { SnapshotsRepository } from '../../../apps/api/src/modules/scoring/snapshots.repository';
import { DataSource } from 'typeorm';
import { DESK, startScoring, type ScoringFixture } from './support';

// Stored scores: computed once, read back until something they depend on changes — records of their period,
// a profile override, the roster, the organisation's time zone — then recomputed (in the background after an
// ingest, else by the next reader). A new published version is a new set of stored scores.

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

const MARCH = [
  'm1,Becky,2021-03-02T09:00:00Z,20,5', 'm2,Becky,2021-03-09T09:00:00Z,40,3', 'm3,Dan,2021-03-03T10:00:00Z,30,4',
  'm4,Dan,2021-03-20T10:00:00Z,50,2', 'm5,Jim,2021-03-31T20:00:00Z,10,5',
];

describe('score snapshots', () => {
  let f: ScoringFixture;

  beforeEach(async () => {
    f = await startScoring();
    await f.records(MARCH);
  });

  afterEach(async () => {
    await f?.close();
  });

  const snapshotCount = async () => (await f.query<{ n: number }>('SELECT count(*)::int AS n FROM score_snapshots'))[0].n;

  it('computes a period once and reads the stored rows afterwards', async () => {
    const first = await f.scores();
    expect(first.computedAt).not.toBeNull();
    // answered as soon as computed, stored right after: three agents, two team pools, the organisation
    await f.stored();
    expect(await snapshotCount()).toBe(6);
    const again = await f.scores();
    expect(again.computedAt).toBe(first.computedAt);
    expect(again.edges).toEqual(first.edges);
    expect(await f.runs()).toEqual([{ profile: '', from: '2021-03-01', to: '2021-03-31', stale: false, computed_at: expect.any(String) }]);
  });

  it('recomputes in the background when records of the period arrive', async () => {
    const before = await f.scores();
    await f.records(['m6,Becky,2021-03-15T09:00:00Z,100,1']);
    expect((await f.runs())[0].stale).toBe(false);
    // the refresh, not the next read, computed them
    const [{ generation }] = await f.query<{ generation: string }>(`SELECT to_char(computed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
      AS generation FROM score_snapshots WHERE subject_kind = 'organisation'`);
    expect(generation).not.toBe(before.computedAt);
    const after = await f.scores();
    expect(after.computedAt).toBe(generation);
    const becky = (c: typeof after) => c.edges.find((e) => e.node.agent.externalId === 'Becky')!.node;
    expect(becky(after).records).toBe(becky(before).records + 1);
    expect(becky(after).score).not.toBe(becky(before).score);
    expect(await snapshotCount()).toBe(6);
  });

  it('recomputes on read when no refresh ran after an ingest', async () => {
    const before = await f.scores();
    await f.refresher.onModuleDestroy();
    await f.records(['m6,Jim,2021-03-16T09:00:00Z,10,5']);
    expect((await f.runs())[0].stale).toBe(true);
    const after = await f.scores();
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(after.edges.find((e) => e.node.agent.externalId === 'Jim')!.node.records).toBe(2);
    expect((await f.runs())[0].stale).toBe(false);
  });

  it('keeps the stored scores of other periods when records arrive', async () => {
    await f.scores();
    await f.scores({ period: { month: '2021-02' } });
    await f.records(['a1,Becky,2021-04-02T09:00:00Z,20,5']);
    expect((await f.runs()).map((r) => r.stale)).toEqual([false, false]);
  });

  it('recomputes after an override is set and after it is cleared', async () => {
    const profiles = f.app.get(ProfilesService);
    const scheduled = await f.scores();
    expect(scheduled.segments.map((s) => `${s.profile} ${s.source}`)).toEqual(['normal default', 'rush schedule', 'normal default']);
    const override = await profiles.set(f.admin, { scorecard: 'desk', profile: 'rush', from: '2021-03-01', to: '2021-03-08', reason: 'storm week' });
    expect((await f.runs())[0].stale).toBe(true);
    const overridden = await f.scores();
    expect(overridden.segments.map((s) => `${s.from} ${s.profile} ${s.source} ${s.overrideReason ?? ''}`.trim())).toEqual([
      '2021-03-01 rush override storm week', '2021-03-08 rush schedule', '2021-03-15 normal default',
    ]);
    expect(f.byAgent(overridden)).not.toEqual(f.byAgent(scheduled));
    await profiles.clear(f.admin, override.id);
    const cleared = await f.scores();
    expect(f.byAgent(cleared)).toEqual(f.byAgent(scheduled));
    // a profile asked for by name is not affected by overrides: it is stored apart
    await f.scores({ profile: 'normal' });
    await profiles.set(f.admin, { scorecard: 'desk', profile: 'rush', from: '2021-03-20', to: '2021-03-21', reason: 'r' });
    expect((await f.runs()).map((r) => [r.profile, r.stale])).toEqual([['', true], ['normal', false]]);
  });

  it('scores an override that switches profile inside a day, splitting records at the instant', async () => {
    await f.records(['m6,Dan,2021-03-20T13:00:00Z,90,5']);
    await f.app.get(ProfilesService).set(f.admin, { scorecard: 'desk', profile: 'rush', from: '2021-03-20T12:00', to: '2021-03-22', reason: 'afternoon' });
    const scored = await f.scores();
    expect(scored.segments.map((s) => `${s.start}..${s.end} ${s.profile} ${s.source} ${s.records}`)).toEqual([
      '2021-03-01T00:00:00..2021-03-08T00:00:00 normal default 2', '2021-03-08T00:00:00..2021-03-15T00:00:00 rush schedule 1',
      '2021-03-15T00:00:00..2021-03-20T12:00:00 normal default 1', '2021-03-20T12:00:00..2021-03-22T00:00:00 rush override 1',
      '2021-03-22T00:00:00..2021-04-01T00:00:00 normal default 1',
    ]);
    expect(scored.segments.map((s) => [s.from, s.to])[2]).toEqual(['2021-03-15', '2021-03-20']);
    // Dan: 3 March (rating 4, wait 30) normal: 50% × 100 + 50% × 70 = 85; 20 March 10:00 (rating 2, wait 50)
    // normal: 50% × 0 + 50% × 50 = 25; 20 March 13:00 (wait 90) rush: speed 10. By record count: (85 + 25 + 10) / 3 = 40
    expect(f.byAgent(scored).Dan).toBe(40);
    // stored and read back the same
    await f.stored();
    expect((await f.scores()).segments).toEqual(scored.segments);
    // other periods are unaffected
    await expect(f.scores({ period: { month: '2021-02' } })).resolves.toMatchObject({ totalCount: 3 });
  });

  it('recomputes when an agent moves to another team', async () => {
    const before = await f.scores();
    expect(before.edges.find((e) => e.node.agent.externalId === 'Dan')!.node.agent.team!.name).toBe('North');
    await f.app.get(AgentsService).update(f.admin, f.agents.dan, { teamId: f.teams.south });
    const after = await f.scores();
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(after.edges.find((e) => e.node.agent.externalId === 'Dan')!.node.agent.team!.name).toBe('South');
    const south = await f.scores({ team: String(f.teams.south) });
    expect(south.edges.map((e) => e.node.agent.externalId).sort()).toEqual(['Dan', 'Jim']);
  });

  it('recomputes when the roster changes behind the service\'s back (a statement that leaves updated_at alone)', async () => {
    const before = await f.scores();
    await f.stored();
    await f.query("UPDATE teams SET name = 'Nord' WHERE id = $1", [f.teams.north]);
    const after = await f.scores();
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(after.edges.find((e) => e.node.agent.externalId === 'Dan')!.node.agent.team!.name).toBe('Nord');
    // read back from the stored rows until the roster changes again
    await f.stored();
    expect((await f.scores()).computedAt).toBe(after.computedAt);
  });

  it('analyzes score_snapshots after a large write even before the statistics counters show it', async () => {
    const snapshots = f.app.get(SnapshotsRepository);
    const analyzed = async () => (await f.query<{ at: string | null }>(
      "SELECT coalesce(last_analyze, last_autoanalyze)::text AS at FROM pg_stat_user_tables WHERE relname = 'score_snapshots'"))[0].at;
    const runner = f.app.get(DataSource);
    // a write of 5,000 rows the counters have not seen: analyzed at once
    await expect(snapshots.analyzeIfChanged(runner, 5000)).resolves.toBe(true);
    // (the statistics view shows it once this backend reports; wait for that rather than for the clock)
    for (let i = 0; i < 50 && (await analyzed()) === null; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await analyzed()).not.toBeNull();
    // a small one on a freshly analyzed table: left to autovacuum
    await expect(snapshots.analyzeIfChanged(runner, 10)).resolves.toBe(false);
  });

  it('moves period boundaries with the organisation\'s time zone', async () => {
    const utc = await f.scores();
    expect(utc.edges.find((e) => e.node.agent.externalId === 'Jim')!.node.records).toBe(1);
    await f.app.get(OrganisationService).update(f.admin, { timeZone: 'Asia/Shanghai' });
    // 2021-03-31T20:00Z is 1 April 04:00 in Shanghai
    const shanghai = await f.scores();
    expect(shanghai.edges.find((e) => e.node.agent.externalId === 'Jim')!.node.records).toBe(0);
    const april = await f.scores({ period: { month: '2021-04' } });
    expect(april.edges.find((e) => e.node.agent.externalId === 'Jim')!.node.records).toBe(1);
  });

  it('scores with the version in force on the period\'s last day, each version stored apart', async () => {
    const v1 = await f.scores();
    const authoring = f.app.get(ScorecardAuthoringService);
    await authoring.saveDraft(f.admin, 'desk', DESK.replace('csat_score: 50%, speed: 50%', 'csat_score: 100%'));
    // a draft can be scored by number (computed for the request, never stored)
    const draft = await f.scores({ version: 2 });
    expect(draft).toMatchObject({ version: 2, computedAt: null });
    expect(f.byAgent(draft)).not.toEqual(f.byAgent(v1));
    await authoring.publish(f.admin, 'desk', '2021-03-31');
    const v2 = await f.scores();
    expect(v2.version).toBe(2);
    expect(f.byAgent(v2)).toEqual(f.byAgent(draft));
    expect((await f.scores({ period: { month: '2021-02' } })).version).toBe(1);
    expect((await f.scores({ version: 1 })).version).toBe(1);
    expect((await f.query<{ n: number }>('SELECT count(DISTINCT scorecard_version_id)::int AS n FROM snapshot_runs'))[0].n).toBe(2);
  });
});
