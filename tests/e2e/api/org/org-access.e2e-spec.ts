import type { AgentEntity } from '../../../../apps/api/src/modules/agents/agent.entity';
import type { TeamEntity } from '../../../../apps/api/src/modules/teams/team.entity';
import { errorCodes, startTestApp, type Auth, type GqlResult, type TestApp } from '../support/app';

// Role × operation × scope for organisation data, every cell asserted over real HTTP GraphQL.
// Scope "own": for a supervisor an agent/team of their team, for an agent user themselves / their team;
// "other": an agent/team outside it (for an agent user: a teammate, which they still may not see).
// Outcomes: ok (done / returned), hidden (null or left out: the caller gets nothing), FORBIDDEN.

type Who = 'admin' | 'supervisor' | 'agent' | 'hr' | 'auditor' | 'integration:read' | 'integration:ingest';
type Outcome = 'ok' | 'hidden' | 'FORBIDDEN';
type Scoped = Record<Who, [own: Outcome, other: Outcome]>;
type Unscoped = Record<Who, Outcome>;

const WHO: Who[] = ['admin', 'supervisor', 'agent', 'hr', 'auditor', 'integration:read', 'integration:ingest'];
const F = 'FORBIDDEN' as const;
const ADMIN_ONLY_SCOPED: Scoped = {
  admin: ['ok', 'ok'], supervisor: [F, F], agent: [F, F], hr: [F, F], auditor: [F, F], 'integration:read': [F, F], 'integration:ingest': [F, F],
};
const ADMIN_ONLY: Unscoped = { admin: 'ok', supervisor: F, agent: F, hr: F, auditor: F, 'integration:read': F, 'integration:ingest': F };

const READ_AGENT: Scoped = {
  admin: ['ok', 'ok'], supervisor: ['ok', 'hidden'], agent: ['ok', 'hidden'], hr: ['ok', 'ok'], auditor: ['ok', 'ok'],
  'integration:read': ['ok', 'ok'], 'integration:ingest': [F, F],
};
const READ_TEAM: Scoped = READ_AGENT;
const READ_SETTINGS: Unscoped = {
  admin: 'ok', supervisor: 'ok', agent: 'ok', hr: 'ok', auditor: 'ok', 'integration:read': 'ok', 'integration:ingest': F,
};
/** which of the agents Becky, Dan (North) and Jim (South) each caller's list contains */
const LIST_AGENTS: Record<Who, string[] | typeof F> = {
  admin: ['Becky', 'Dan', 'Jim'], supervisor: ['Becky', 'Dan'], agent: ['Becky'], hr: ['Becky', 'Dan', 'Jim'],
  auditor: ['Becky', 'Dan', 'Jim'], 'integration:read': ['Becky', 'Dan', 'Jim'], 'integration:ingest': F,
};
const LIST_TEAMS: Record<Who, string[] | typeof F> = {
  admin: ['North', 'South'], supervisor: ['North'], agent: ['North'], hr: ['North', 'South'], auditor: ['North', 'South'],
  'integration:read': ['North', 'South'], 'integration:ingest': F,
};
/** whether baseBonus is shown on [own, other] agents */
const SEES_BONUS: Record<Who, [boolean, boolean] | null> = {
  admin: [true, true], supervisor: [false, false], agent: [true, false], hr: [true, true], auditor: [true, true],
  'integration:read': [false, false], 'integration:ingest': null,
};

describe('organisation data: role × operation × scope', () => {
  let app: TestApp;
  let north: TeamEntity;
  let south: TeamEntity;
  let becky: AgentEntity;
  let dan: AgentEntity;
  let jim: AgentEntity;
  let supervisorId: number;
  const auth = {} as Record<Who, Auth>;

  beforeAll(async () => {
    app = await startTestApp();
    north = await app.createTeam({ name: 'North' });
    south = await app.createTeam({ name: 'South' });
    becky = await app.createAgent({ externalId: 'Becky', name: 'Becky', team: north, baseBonus: '5000' });
    dan = await app.createAgent({ externalId: 'Dan', name: 'Dan', team: north, baseBonus: '4500.5' });
    jim = await app.createAgent({ externalId: 'Jim', name: 'Jim', team: south, baseBonus: '5000.00' });
    const supervisor = await app.createUser('supervisor', { teams: [north] });
    supervisorId = supervisor.user.id;
    auth.admin = app.admin;
    auth.supervisor = supervisor;
    auth.agent = await app.createUser('agent', { agent: becky });
    auth.hr = await app.createUser('hr');
    auth.auditor = await app.createUser('auditor');
    auth['integration:read'] = await app.createApiKey(['read']);
    auth['integration:ingest'] = await app.createApiKey(['ingest']);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** The agent a scope means for this caller. */
  const targetAgent = (who: Who, scope: 'own' | 'other'): AgentEntity =>
    who === 'agent' ? (scope === 'own' ? becky : dan) : scope === 'own' ? (who === 'supervisor' ? dan : becky) : jim;
  const targetTeam = (scope: 'own' | 'other'): TeamEntity => (scope === 'own' ? north : south);

  function outcome(result: GqlResult, field: string): Outcome | string {
    if (result.errors) return errorCodes(result).join(',');
    return (result.data as Record<string, unknown>)[field] === null ? 'hidden' : 'ok';
  }

  const cells = <T>(table: Record<Who, [T, T]>) =>
    WHO.flatMap((who) => (['own', 'other'] as const).map((scope, index) => [who, scope, table[who][index]] as const));

  it.each(cells(READ_AGENT))('read agent: %s, %s scope → %s', async (who, scope, expected) => {
    const agent = targetAgent(who, scope);
    const result = await app.gql('query ($id: ID!) { Agent(id: $id) { id name } }', { id: agent.id }, auth[who]);
    expect(outcome(result, 'Agent')).toBe(expected);
    if (expected === 'ok') expect(result.data!.Agent).toEqual({ id: String(agent.id), name: agent.name });
  });

  it.each(WHO.map((who) => [who, LIST_AGENTS[who]] as const))('list agents: %s sees %j', async (who, expected) => {
    const result = await app.gql<{ allAgents: { name: string }[]; _allAgentsMeta: { count: number } }>(
      '{ allAgents(sortField: "name") { name } _allAgentsMeta { count } }', {}, auth[who]);
    if (expected === F) {
      expect(errorCodes(result).length).toBeGreaterThan(0);
      expect(new Set(errorCodes(result))).toEqual(new Set([F]));
      expect(result.data).toBeNull();
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.data!.allAgents.map((agent) => agent.name)).toEqual(expected);
      expect(result.data!._allAgentsMeta.count).toBe(expected.length);
    }
  });

  it.each(WHO.map((who) => [who, SEES_BONUS[who]] as const))('compensation: %s sees base bonus on [own, other] %j', async (who, expected) => {
    const query = 'query ($own: ID!, $other: ID!) { own: Agent(id: $own) { baseBonus } other: allAgents(filter: { ids: [$other] }) { baseBonus } }';
    const own = targetAgent(who, 'own');
    const other = targetAgent(who, 'other');
    const result = await app.gql<{ own: { baseBonus: string | null }; other: { baseBonus: string | null }[] }>(
      query, { own: own.id, other: other.id }, auth[who]);
    if (expected === null) {
      expect(errorCodes(result)).toContain(F);
      return;
    }
    expect(result.errors).toBeUndefined();
    expect(result.data!.own.baseBonus).toBe(expected[0] ? own.baseBonus : null);
    // the other agent is either visible with or without the bonus, or not listed at all
    expect(result.data!.other.map((agent) => agent.baseBonus)).toEqual(
      READ_AGENT[who][1] === 'hidden' ? [] : [expected[1] ? other.baseBonus : null]);
  });

  it('stores and shows money with two decimals', () => {
    expect([becky.baseBonus, dan.baseBonus, jim.baseBonus]).toEqual(['5000.00', '4500.50', '5000.00']);
  });

  it.each(cells(READ_TEAM))('read team: %s, %s scope → %s', async (who, scope, expected) => {
    const team = targetTeam(scope);
    const result = await app.gql('query ($id: ID!) { Team(id: $id) { name } }', { id: team.id }, auth[who]);
    expect(outcome(result, 'Team')).toBe(expected);
  });

  it.each(WHO.map((who) => [who, LIST_TEAMS[who]] as const))('list teams: %s sees %j', async (who, expected) => {
    const result = await app.gql<{ allTeams: { name: string }[] }>('{ allTeams(sortField: "name") { name } }', {}, auth[who]);
    if (expected === F) expect(errorCodes(result)).toEqual([F]);
    else expect(result.data!.allTeams.map((team) => team.name)).toEqual(expected);
  });

  it.each(WHO.map((who) => [who, ADMIN_ONLY[who]] as const))('create agent: %s → %s', async (who, expected) => {
    const externalId = `created-by-${who}`;
    const result = await app.gql('mutation ($x: String!, $t: ID) { createAgent(externalId: $x, name: "New", teamId: $t) { id } }',
      { x: externalId, t: north.id }, auth[who]);
    expect(outcome(result, 'createAgent')).toBe(expected);
    const stored = await app.db.dataSource.query('SELECT 1 FROM agents WHERE external_id = $1', [externalId]);
    expect(stored).toHaveLength(expected === 'ok' ? 1 : 0);
  });

  it.each(cells(ADMIN_ONLY_SCOPED))('update agent: %s, %s scope → %s', async (who, scope, expected) => {
    const agent = targetAgent(who, scope);
    const result = await app.gql('mutation ($id: ID!, $a: JSONObject) { updateAgent(id: $id, attributes: $a) { id } }',
      { id: agent.id, a: { touchedBy: who } }, auth[who]);
    expect(outcome(result, 'updateAgent')).toBe(expected);
    const [row] = await app.db.dataSource.query('SELECT attributes FROM agents WHERE id = $1', [agent.id]);
    if (expected === 'ok') expect(row.attributes).toEqual({ touchedBy: who });
    else expect(row.attributes.touchedBy).not.toBe(who);
  });

  it.each(cells(ADMIN_ONLY_SCOPED))('delete agent: %s, %s scope → %s', async (who, scope, expected) => {
    // a fresh agent in the scope's team, except an agent user's own record, which is theirs
    const agent = who === 'agent' && scope === 'own' ? becky
      : await app.createAgent({ externalId: `doomed-${who}-${scope}`, team: scope === 'own' ? north : south });
    const result = await app.gql('mutation ($id: ID!) { deleteAgent(id: $id) { id } }', { id: agent.id }, auth[who]);
    expect(outcome(result, 'deleteAgent')).toBe(expected);
    const stored = await app.db.dataSource.query('SELECT 1 FROM agents WHERE id = $1', [agent.id]);
    expect(stored).toHaveLength(expected === 'ok' ? 0 : 1);
  });

  it.each(WHO.map((who) => [who, ADMIN_ONLY[who]] as const))('create team: %s → %s', async (who, expected) => {
    const name = `team-by-${who}`;
    const result = await app.gql('mutation ($n: String!) { createTeam(name: $n) { id } }', { n: name }, auth[who]);
    expect(outcome(result, 'createTeam')).toBe(expected);
    expect(await app.db.dataSource.query('SELECT 1 FROM teams WHERE name = $1', [name])).toHaveLength(expected === 'ok' ? 1 : 0);
  });

  it.each(cells(ADMIN_ONLY_SCOPED))('update team: %s, %s scope → %s', async (who, scope, expected) => {
    const team = targetTeam(scope);
    const result = await app.gql('mutation ($id: ID!, $a: JSONObject) { updateTeam(id: $id, attributes: $a) { id } }',
      { id: team.id, a: { touchedBy: who } }, auth[who]);
    expect(outcome(result, 'updateTeam')).toBe(expected);
    const [row] = await app.db.dataSource.query('SELECT attributes FROM teams WHERE id = $1', [team.id]);
    expect(row.attributes.touchedBy === who).toBe(expected === 'ok');
  });

  it.each(cells(ADMIN_ONLY_SCOPED))('delete team: %s, %s scope → %s', async (who, scope, expected) => {
    // a fresh empty team; "own" ones are supervised by the supervisor (and the agent user's team is not deletable for them)
    const team = await app.createTeam({ name: `doomed-${who}-${scope}` });
    if (scope === 'own') await app.db.dataSource.query('INSERT INTO user_teams (user_id, team_id) VALUES ($1, $2)', [supervisorId, team.id]);
    const result = await app.gql('mutation ($id: ID!) { deleteTeam(id: $id) { id } }', { id: team.id }, auth[who]);
    expect(outcome(result, 'deleteTeam')).toBe(expected);
    expect(await app.db.dataSource.query('SELECT 1 FROM teams WHERE id = $1', [team.id])).toHaveLength(expected === 'ok' ? 0 : 1);
  });

  it.each(WHO.map((who) => [who, READ_SETTINGS[who]] as const))('read settings: %s → %s', async (who, expected) => {
    const result = await app.gql('{ organisation { name timeZone } }', {}, auth[who]);
    expect(outcome(result, 'organisation')).toBe(expected);
  });

  it.each(WHO.map((who) => [who, ADMIN_ONLY[who]] as const))('update settings: %s → %s', async (who, expected) => {
    const name = `Renamed by ${who}`;
    const result = await app.gql('mutation ($n: String) { updateOrganisation(name: $n) { name } }', { n: name }, auth[who]);
    expect(outcome(result, 'updateOrganisation')).toBe(expected);
    const [row] = await app.db.dataSource.query('SELECT name FROM organisation');
    expect(row.name === name).toBe(expected === 'ok');
  });
});
