import { ScorePageCache } from '../../../../apps/api/src/modules/scoring/score-page-cache';
import { ScoringService } from '../../../../apps/api/src/modules/scoring/scoring.service';
import { SnapshotRefresher } from '../../../../apps/api/src/modules/scoring/snapshot-refresher';
import { SnapshotStore } from '../../../../apps/api/src/modules/scoring/snapshot-store';
import { errorCodes, type LooseData } from '../support/app';
import { startDemoApp, type DemoApp } from './support/demo-app';

// Kept answers of `scores` (score-page-cache.ts) over HTTP on the demo organisation (team North: Becky, Dan, Diane,
// Greg; team South: Jim, Joe, Martha, Stewart; the supervisor leads North; the agent login is Becky). The same
// request text is sent by callers who may read different agents, after a caller who may read everyone had its
// answer kept: each must get exactly what the resolver would give them.

jest.setTimeout(120_000);

const SCORES = `query ($team: ID) { scores(scorecard: "frontline", period: { month: "2021-03" }, team: $team) {
  computedAt totalCount edges { node { agent { externalId } score records } } } }`;
const INGEST = 'mutation ($records: [InteractionInput!]!) { ingestInteractions(records: $records, source: "cache-test") { inserted } }';

type Auth = { token: string } | { apiKey: string };

describe('kept pages of scores', () => {
  let demo: DemoApp;
  let admin: Auth;
  let supervisor: Auth;
  let becky: Auth;
  let teams: Record<string, string>;
  let resolved: jest.SpyInstance;

  beforeAll(async () => {
    demo = await startDemoApp();
    admin = { token: demo.tokens.admin };
    supervisor = { token: demo.tokens.supervisor };
    becky = { token: demo.tokens.becky };
    const org = await demo.gql('{ allTeams { id name } }', {}, admin);
    teams = Object.fromEntries(org.data!.allTeams.map((t: { id: string; name: string }) => [t.name, t.id]));
    // the run computed and stored once (a page computed for the request it answers is never kept)
    expect((await demo.gql(SCORES, { team: null }, admin)).errors).toBeUndefined();
    await demo.app.get(SnapshotStore).idle();
    resolved = jest.spyOn(demo.app.get(ScoringService), 'scoresPage');
  });

  afterAll(async () => {
    await demo?.close();
  });

  beforeEach(() => {
    demo.app.get(ScorePageCache).clear();
    resolved.mockClear();
  });

  const agentsOf = (result: { data?: LooseData | null }) => result.data!.scores.edges.map((e: { node: { agent: { externalId: string } } }) => e.node.agent.externalId);

  it('answers the same request from the kept page without resolving it again', async () => {
    const first = await demo.gql(SCORES, { team: teams.North }, admin);
    expect(first.errors).toBeUndefined();
    expect(resolved).toHaveBeenCalledTimes(1);
    const again = await demo.gql(SCORES, { team: teams.North }, admin);
    expect(again.data).toEqual(first.data);
    expect(resolved).toHaveBeenCalledTimes(1);
    // another page (other variables) is resolved
    await demo.gql(SCORES, { team: teams.South }, admin);
    expect(resolved).toHaveBeenCalledTimes(2);
  });

  it('gives a supervisor only their teams, and an agent only themselves, after an admin\'s page was kept', async () => {
    const everyone = await demo.gql(SCORES, { team: null }, admin);
    expect(agentsOf(everyone)).toHaveLength(8);
    const south = await demo.gql(SCORES, { team: teams.South }, admin);
    expect(agentsOf(south)).toHaveLength(4);
    expect(demo.app.get(ScorePageCache).size).toBe(2);
    expect(resolved).toHaveBeenCalledTimes(2);

    const led = await demo.gql(SCORES, { team: null }, supervisor);
    expect(agentsOf(led).sort()).toEqual(['Becky', 'Dan', 'Diane', 'Greg']);
    expect(led.data!.scores.totalCount).toBe(4);
    expect(errorCodes(await demo.gql(SCORES, { team: teams.South }, supervisor))).toEqual(['FORBIDDEN']);

    expect(agentsOf(await demo.gql(SCORES, { team: null }, becky))).toEqual(['Becky']);
    expect(agentsOf(await demo.gql(SCORES, { team: teams.South }, becky))).toEqual([]);
    expect((await demo.gql(SCORES, { team: null })).errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });

    // each of them was resolved (nobody got a kept page of another reach) …
    expect(resolved).toHaveBeenCalledTimes(6);
    // … and the supervisor's own page, kept in turn, is not what an admin gets for the same request
    expect(agentsOf(await demo.gql(SCORES, { team: null }, supervisor))).toHaveLength(4);
    expect(agentsOf(await demo.gql(SCORES, { team: null }, admin))).toHaveLength(8);
    expect(resolved).toHaveBeenCalledTimes(6);
  });

  it('does not serve a kept page once a new snapshot run has landed', async () => {
    const before = await demo.gql(SCORES, { team: teams.North }, admin);
    const beckyBefore = before.data!.scores.edges.find((e: { node: { agent: { externalId: string } } }) => e.node.agent.externalId === 'Becky').node;
    expect((await demo.gql(SCORES, { team: teams.North }, admin)).data).toEqual(before.data);

    const ingested = await demo.gql(INGEST, {
      records: [{ externalId: 'cache-1', agent: 'Becky', occurredAt: '2021-03-10T09:00:00Z', answered: true, waitSeconds: 12 }],
    }, admin);
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data!.ingestInteractions.inserted).toBe(1);
    // whether the reader or the background refresh computes the new run, the answer is of the new generation
    const after = await demo.gql(SCORES, { team: teams.North }, admin);
    await demo.app.get(SnapshotRefresher).idle();
    await demo.app.get(SnapshotStore).idle();
    const settled = await demo.gql(SCORES, { team: teams.North }, admin);
    for (const result of [after, settled]) {
      expect(result.data!.scores.computedAt).not.toBe(before.data!.scores.computedAt);
      const beckyNow = result.data!.scores.edges.find((e: { node: { agent: { externalId: string } } }) => e.node.agent.externalId === 'Becky').node;
      expect(beckyNow.records).toBe(beckyBefore.records + 1);
    }
  });
});
