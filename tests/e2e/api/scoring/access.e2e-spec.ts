import { errorCodes, type LooseData } from '../support/app';
import { startDemoApp, type DemoApp } from './support/demo-app';

// Who reads whose scores (docs/service.md, "Scoring"): every cell of role × operation × scope, over HTTP on the
// demo organisation (team North: Becky, Dan, Diane, Greg; team South: Jim, Joe, Martha, Stewart). The supervisor
// leads North; the agent login is Becky. A number is how many agents (or teams) come back; a code is the error.

// seeding and PostgreSQL take seconds on a busy machine: hooks and tests get more than jest's default 5 s
jest.setTimeout(120_000);

type Who = 'admin' | 'supervisor' | 'becky' | 'hr' | 'auditor' | 'readKey' | 'ingestKey' | 'nobody';
const WHO: Who[] = ['admin', 'supervisor', 'becky', 'hr', 'auditor', 'readKey', 'ingestKey', 'nobody'];

const SCORES = `query ($team: ID) { scores(scorecard: "frontline", period: { month: "2021-03" }, team: $team) {
  totalCount edges { node { agent { externalId } } } } }`;
const TEAMS = `query ($team: ID) { teamScores(scorecard: "frontline", period: { month: "2021-03" }, team: $team) {
  teams { team { name } } organisation { key } } }`;
const EXPLAIN = `query ($agent: ID!) { explainScore(scorecard: "frontline", agent: $agent, period: { month: "2021-03" }) {
  agent { externalId } score text } }`;
const SIMULATE = `query ($source: String!) { simulate(source: $source, period: { month: "2021-03" }) { scores { agent { externalId } } } }`;

describe('scoring access, role × operation × scope', () => {
  let demo: DemoApp;
  let auth: Record<Who, { token: string } | { apiKey: string } | undefined>;
  let teams: Record<string, string>;
  let agents: Record<string, string>;
  let source: string;

  beforeAll(async () => {
    demo = await startDemoApp();
    const admin = { token: demo.tokens.admin };
    const key = async (scopes: string[]) => (await demo.gql(`mutation ($s: [String!]!) { createApiKey(name: "${scopes.join('+')}", scopes: $s) { key } }`,
      { s: scopes }, admin)).data!.createApiKey.key as string;
    auth = {
      admin, supervisor: { token: demo.tokens.supervisor }, becky: { token: demo.tokens.becky }, hr: { token: demo.tokens.hr },
      auditor: { token: demo.tokens.auditor }, readKey: { apiKey: await key(['read']) }, ingestKey: { apiKey: await key(['ingest']) },
      nobody: undefined,
    };
    const org = await demo.gql('{ allTeams { id name } allAgents(perPage: 100) { id externalId } scorecard(key: "frontline") { inForce(day: "2021-03-31") { source } } }', {}, admin);
    teams = Object.fromEntries(org.data!.allTeams.map((t: { id: string; name: string }) => [t.name, t.id]));
    agents = Object.fromEntries(org.data!.allAgents.map((a: { id: string; externalId: string }) => [a.externalId, a.id]));
    source = org.data!.scorecard.inForce.source;
  });

  afterAll(async () => {
    await demo?.close();
  });

  const outcome = (result: { data?: LooseData | null; errors?: unknown[] }, count: (data: LooseData) => number) =>
    (result.errors ? errorCodes(result as never)[0] : count(result.data!));

  describe.each([
    // scope:    all agents, team North, team South
    ['admin', [8, 4, 4]], ['hr', [8, 4, 4]], ['auditor', [8, 4, 4]], ['readKey', [8, 4, 4]],
    ['supervisor', [4, 4, 'FORBIDDEN']], ['becky', [1, 1, 0]],
    ['ingestKey', ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']], ['nobody', ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']],
  ] as [Who, (number | string)[]][])('scores as %s', (who, expected) => {
    it.each([['everyone', null, 0], ['team North', 'North', 1], ['team South', 'South', 2]] as const)('%s', async (_scope, team, i) => {
      const result = await demo.gql(SCORES, { team: team && teams[team] }, auth[who]);
      expect(outcome(result, (d) => d.scores.edges.length)).toBe(expected[i]);
      if (!result.errors) expect(result.data!.scores.totalCount).toBe(expected[i]);
      if (who === 'becky' && !result.errors && expected[i] === 1) expect(result.data!.scores.edges[0].node.agent.externalId).toBe('Becky');
    });
  });

  describe.each([
    // scope: all teams (organisation metrics too?), team North, team South
    ['admin', ['2+org', '1', '1']], ['hr', ['2+org', '1', '1']], ['auditor', ['2+org', '1', '1']], ['readKey', ['2+org', '1', '1']],
    ['supervisor', ['1', '1', 'FORBIDDEN']], ['becky', ['0', '0', '0']],
    ['ingestKey', ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']], ['nobody', ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']],
  ] as [Who, string[]][])('teamScores as %s', (who, expected) => {
    it.each([['everyone', null, 0], ['team North', 'North', 1], ['team South', 'South', 2]] as const)('%s', async (_scope, team, i) => {
      const result = await demo.gql(TEAMS, { team: team && teams[team] }, auth[who]);
      const shown = outcome(result, (d) => d.teamScores.teams.length);
      const org = result.data?.teamScores?.organisation ? '+org' : '';
      expect(typeof shown === 'number' ? `${shown}${org}` : shown).toBe(expected[i]);
    });
  });

  describe.each([
    // scope: Becky (North), Jim (South)
    ['admin', ['ok', 'ok']], ['hr', ['ok', 'ok']], ['auditor', ['ok', 'ok']], ['readKey', ['ok', 'ok']],
    ['supervisor', ['ok', 'FORBIDDEN']], ['becky', ['ok', 'FORBIDDEN']],
    ['ingestKey', ['FORBIDDEN', 'FORBIDDEN']], ['nobody', ['UNAUTHENTICATED', 'UNAUTHENTICATED']],
  ] as [Who, string[]][])('explainScore as %s', (who, expected) => {
    it.each([['Becky (North)', 'Becky', 0], ['Jim (South)', 'Jim', 1]] as const)('agent %s', async (_scope, agent, i) => {
      const result = await demo.gql(EXPLAIN, { agent: agents[agent] }, auth[who]);
      expect(result.errors ? errorCodes(result)[0] : 'ok').toBe(expected[i]);
      if (!result.errors) expect(result.data!.explainScore.agent.externalId).toBe(agent);
    });
  });

  it.each(WHO.map((who) => [who, who === 'admin' ? 'ok' : who === 'nobody' ? 'UNAUTHENTICATED' : 'FORBIDDEN']))(
    'simulate as %s: %s', async (who, expected) => {
      const result = await demo.gql(SIMULATE, { source }, auth[who as Who]);
      expect(result.errors ? errorCodes(result)[0] : 'ok').toBe(expected);
      if (!result.errors) expect(result.data!.simulate.scores).toHaveLength(8);
    });

  it('does not tell supervisors or agents which agent ids exist', async () => {
    for (const who of ['supervisor', 'becky'] as const) {
      expect(errorCodes(await demo.gql(EXPLAIN, { agent: '999999' }, auth[who]))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await demo.gql(EXPLAIN, { agent: '999999' }, auth.admin))).toEqual(['NOT_FOUND']);
  });
});
