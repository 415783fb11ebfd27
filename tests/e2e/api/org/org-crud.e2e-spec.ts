import { errorCodes, startTestApp, type GqlResult, type TestApp } from '../support/app';

// CRUD of settings, groups, teams, agents and field definitions as react-admin's ra-data-graphql-simple calls it,
// with the validation errors a console shows next to each field.

const AGENT_FIELDS = 'id externalId name teamId team { id name } hiredOn leftOn baseBonus attributes';

describe('organisation data: create, read, update, delete', () => {
  let app: TestApp;
  let admin: (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = (query, variables) => app.gql(query, variables, app.admin);
  });

  afterAll(async () => {
    await app?.close();
  });

  function fieldErrors(result: GqlResult): { path: string; message: string }[] {
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    return result.errors![0].extensions!.fields as { path: string; message: string }[];
  }

  it('runs a group → team → agent lifecycle in the shape react-admin expects', async () => {
    const group = await admin('mutation { createGroup(name: "Vendor A", kind: vendor, attributes: { country: "PH" }) { id name kind attributes } }');
    expect(group.errors).toBeUndefined();
    const groupId = group.data!.createGroup.id;
    expect(group.data!.createGroup).toEqual({ id: groupId, name: 'Vendor A', kind: 'vendor', attributes: { country: 'PH' } });

    const team = await admin('mutation ($g: ID) { createTeam(name: "Night shift", groupId: $g) { id name groupId group { name } } }', { g: groupId });
    const teamId = team.data!.createTeam.id;
    expect(team.data!.createTeam).toEqual({ id: teamId, name: 'Night shift', groupId, group: { name: 'Vendor A' } });

    const created = await admin(`mutation ($t: ID) { createAgent(externalId: "ag-1", name: "Ann", teamId: $t, hiredOn: "2021-03-01",
      baseBonus: "1234.5", attributes: { shift: "night", level: 2, remote: true }) { ${AGENT_FIELDS} } }`, { t: teamId });
    expect(created.errors).toBeUndefined();
    const agentId = created.data!.createAgent.id;
    expect(created.data!.createAgent).toEqual({
      id: agentId, externalId: 'ag-1', name: 'Ann', teamId, team: { id: teamId, name: 'Night shift' },
      hiredOn: '2021-03-01', leftOn: null, baseBonus: '1234.50', attributes: { shift: 'night', level: 2, remote: true },
    });

    const read = await admin(`query ($id: ID!) { Agent(id: $id) { ${AGENT_FIELDS} } }`, { id: agentId });
    expect(read.data!.Agent).toEqual(created.data!.createAgent);

    const updated = await admin(`mutation ($id: ID!) { updateAgent(id: $id, name: "Ann Lee", leftOn: "2021-12-31", teamId: null) { ${AGENT_FIELDS} } }`, { id: agentId });
    expect(updated.data!.updateAgent).toMatchObject({ name: 'Ann Lee', leftOn: '2021-12-31', teamId: null, team: null, baseBonus: '1234.50', hiredOn: '2021-03-01' });

    const deletedAgent = await admin('mutation ($id: ID!) { deleteAgent(id: $id) { id externalId } }', { id: agentId });
    expect(deletedAgent.data!.deleteAgent).toEqual({ id: agentId, externalId: 'ag-1' });
    expect((await admin('query ($id: ID!) { Agent(id: $id) { id } }', { id: agentId })).data!.Agent).toBeNull();

    expect((await admin('mutation ($id: ID!) { deleteTeam(id: $id) { name } }', { id: teamId })).data!.deleteTeam).toEqual({ name: 'Night shift' });
    expect((await admin('mutation ($id: ID!) { deleteGroup(id: $id) { name } }', { id: groupId })).data!.deleteGroup).toEqual({ name: 'Vendor A' });
  });

  it('pages with a 0-based page, sorts, filters and counts', async () => {
    const team = await app.createTeam({ name: 'Paging' });
    for (const name of ['Eve', 'Bob', 'Dee', 'Cat', 'Al']) await app.createAgent({ externalId: `pg-${name}`, name, team });
    const list = (variables: Record<string, unknown>) => admin(
      `query ($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: AgentFilter) {
         allAgents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { name }
         _allAgentsMeta(filter: $filter) { count } }`, variables);
    const filter = { teamId: team.id };
    const page0 = await list({ page: 0, perPage: 2, sortField: 'name', sortOrder: 'ASC', filter });
    const page2 = await list({ page: 2, perPage: 2, sortField: 'name', sortOrder: 'ASC', filter });
    const desc = await list({ page: 0, perPage: 2, sortField: 'name', sortOrder: 'DESC', filter });
    expect(page0.data!.allAgents).toEqual([{ name: 'Al' }, { name: 'Bob' }]);
    expect(page2.data!.allAgents).toEqual([{ name: 'Eve' }]);
    expect(desc.data!.allAgents).toEqual([{ name: 'Eve' }, { name: 'Dee' }]);
    expect(page0.data!._allAgentsMeta).toEqual({ count: 5 });

    const search = await list({ filter: { q: 'PG-D' } });
    expect(search.data!.allAgents).toEqual([{ name: 'Dee' }]);
    const ids = await app.db.dataSource.query("SELECT id FROM agents WHERE external_id IN ('pg-Al', 'pg-Cat') ORDER BY id");
    const byIds = await list({ filter: { ids: ids.map((row: { id: number }) => String(row.id)) } });
    expect(byIds.data!.allAgents).toEqual([{ name: 'Al' }, { name: 'Cat' }]);
    const literal = await list({ filter: { q: '%' } });
    expect(literal.data!.allAgents).toEqual([]);
  });

  it('rejects bad paging and sorting arguments by name', async () => {
    const result = await admin('{ allTeams(page: -1, perPage: 5000, sortField: "password", sortOrder: "UP") { id } }');
    expect(fieldErrors(result).map((field) => field.path).sort()).toEqual(['page', 'perPage', 'sortField', 'sortOrder']);
  });

  it('lists every invalid agent field with its path', async () => {
    const result = await admin(`mutation ($a: JSONObject) { createAgent(externalId: " ", name: "", hiredOn: "2021-02-30",
      leftOn: "yesterday", baseBonus: "12.345", attributes: $a) { id } }`, { a: { 'bad key': 1 } });
    const fields = fieldErrors(result);
    expect(fields.map((field) => field.path).sort()).toEqual(['attributes.bad key', 'baseBonus', 'externalId', 'hiredOn', 'leftOn', 'name']);
    expect(fields.find((field) => field.path === 'baseBonus')!.message).toMatch(/2 decimals/);
    // every field error in both languages, with a stable code: zod issues by their code, the rest generic
    expect(fields.find((field) => field.path === 'name')).toEqual({ path: 'name', code: 'input.required', message: expect.any(String), messageZh: '必填' });
    for (const field of fields) expect(field).toEqual(expect.objectContaining({ code: expect.stringMatching(/^input\./), messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) }));
    expect(result.errors![0].message).toMatch(/^invalid input: /);
  });

  it('refuses money that is negative, a float or too large', async () => {
    for (const baseBonus of ['-1', '1e3', '1000000000000.00', '12,50']) {
      const result = await admin('mutation ($b: String) { createAgent(externalId: "money", name: "M", baseBonus: $b) { id } }', { b: baseBonus });
      expect(fieldErrors(result).map((field) => field.path)).toEqual(['baseBonus']);
    }
  });

  it('refuses leaving before being hired and attributes named like agent fields', async () => {
    const leaving = await admin('mutation { createAgent(externalId: "early", name: "E", hiredOn: "2021-05-01", leftOn: "2021-04-30") { id } }');
    expect(fieldErrors(leaving)).toMatchObject([{ path: 'leftOn', message: 'cannot be before hiredOn (2021-05-01)' }]);
    const shadow = await admin('mutation { createAgent(externalId: "shadow", name: "S", attributes: { team: "x" }) { id } }');
    expect(fieldErrors(shadow).map((field) => field.path)).toEqual(['attributes']);
  });

  it('reports taken names and unknown references with their own codes', async () => {
    await app.createTeam({ name: 'Taken' });
    await app.createAgent({ externalId: 'dup-agent' });
    expect(errorCodes(await admin('mutation { createTeam(name: "Taken") { id } }'))).toEqual(['TEAM_NAME_TAKEN']);
    expect(errorCodes(await admin('mutation { createAgent(externalId: "dup-agent", name: "D") { id } }'))).toEqual(['AGENT_EXTERNAL_ID_TAKEN']);
    expect(errorCodes(await admin('mutation { createAgent(externalId: "orphan", name: "O", teamId: 999999) { id } }'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await admin('mutation { updateTeam(id: 999999, name: "x") { id } }'))).toEqual(['NOT_FOUND']);
    expect(fieldErrors(await admin('mutation { updateTeam(id: "abc", name: "x") { id } }')).map((field) => field.path)).toEqual(['id']);
    expect(fieldErrors(await admin('mutation { updateTeam(id: 1, name: null) { id } }')).map((field) => field.path)).toEqual(['name']);
  });

  it('refuses to delete a team that still has agents, a group with teams, an agent with a login', async () => {
    const group = await admin('mutation { createGroup(name: "Site B") { id } }');
    const team = await app.createTeam({ name: 'Busy', groupId: group.data!.createGroup.id });
    const agent = await app.createAgent({ externalId: 'busy-1', team });
    const teamResult = await admin('mutation ($id: ID!) { deleteTeam(id: $id) { id } }', { id: team.id });
    expect(errorCodes(teamResult)).toEqual(['TEAM_HAS_AGENTS']);
    expect(teamResult.errors![0].message).toBe('the team Busy still has 1 agent(s): move them to another team first');
    expect(errorCodes(await admin('mutation ($id: ID!) { deleteGroup(id: $id) { id } }', { id: group.data!.createGroup.id })))
      .toEqual(['GROUP_HAS_TEAMS']);
    await app.createUser('agent', { agent });
    expect(errorCodes(await admin('mutation ($id: ID!) { deleteAgent(id: $id) { id } }', { id: agent.id }))).toEqual(['AGENT_HAS_LOGIN']);
  });

  it('refuses to delete an agent or team with interaction records', async () => {
    const team = await app.createTeam({ name: 'History' });
    const agent = await app.createAgent({ externalId: 'hist-1', team });
    await app.db.dataSource.query(
      "INSERT INTO interactions (source, external_id, agent_id, team_id, occurred_at) VALUES ('t', 'r1', $1, $2, now())", [agent.id, team.id]);
    expect(errorCodes(await admin('mutation ($id: ID!) { deleteAgent(id: $id) { id } }', { id: agent.id }))).toEqual(['AGENT_HAS_RECORDS']);
    await admin('mutation ($id: ID!) { updateAgent(id: $id, teamId: null) { id } }', { id: agent.id });
    expect(errorCodes(await admin('mutation ($id: ID!) { deleteTeam(id: $id) { id } }', { id: team.id }))).toEqual(['TEAM_HAS_RECORDS']);
  });

  it('reads and updates the organisation settings with a validated IANA zone', async () => {
    const updated = await admin('mutation { updateOrganisation(name: "Acme Care", timeZone: "Asia/Shanghai") { name timeZone } }');
    expect(updated.data!.updateOrganisation).toEqual({ name: 'Acme Care', timeZone: 'Asia/Shanghai' });
    expect((await admin('{ organisation { timeZone } }')).data!.organisation).toEqual({ timeZone: 'Asia/Shanghai' });
    const bad = await admin('mutation { updateOrganisation(timeZone: "Mars/Olympus", name: " ") { name } }');
    expect(fieldErrors(bad).map((field) => field.path).sort()).toEqual(['name', 'timeZone']);
    expect((await admin('{ organisation { name } }')).data!.organisation).toEqual({ name: 'Acme Care' });
  });

  it('marks stored snapshots stale when the time zone changes, not when only the name does', async () => {
    const db = app.db.dataSource;
    const [card] = await db.query("INSERT INTO scorecards (key) VALUES ('zone-test') RETURNING id");
    const [version] = await db.query(
      "INSERT INTO scorecard_versions (scorecard_id, version, source) VALUES ($1, 1, 'x') RETURNING id", [card.id]);
    await db.query("INSERT INTO snapshot_runs (scorecard_version_id, period_from, period_to) VALUES ($1, '2021-01-01', '2021-01-31')", [version.id]);
    await admin('mutation { updateOrganisation(name: "Only renamed") { name } }');
    expect(await db.query('SELECT stale FROM snapshot_runs')).toEqual([{ stale: false }]);
    await admin('mutation { updateOrganisation(timeZone: "Europe/Berlin") { name } }');
    expect(await db.query('SELECT stale FROM snapshot_runs')).toEqual([{ stale: true }]);
  });

  it('manages custom field definitions and keeps built-in names reserved', async () => {
    const created = await admin('mutation { createFieldDefinition(name: "order_value", type: money, label: "订单金额") { id name type label } }');
    expect(created.data!.createFieldDefinition).toMatchObject({ name: 'order_value', type: 'money', label: '订单金额' });
    const id = created.data!.createFieldDefinition.id;
    const list = await admin('{ allFieldDefinitions(filter: { type: money }) { name } _allFieldDefinitionsMeta { count } }');
    expect(list.data).toEqual({ allFieldDefinitions: [{ name: 'order_value' }], _allFieldDefinitionsMeta: { count: 1 } });
    const updated = await admin('mutation ($id: ID!) { updateFieldDefinition(id: $id, label: "") { label type } }', { id });
    expect(updated.data!.updateFieldDefinition).toEqual({ label: null, type: 'money' });
    expect(fieldErrors(await admin('mutation { createFieldDefinition(name: "rating", type: number) { id } }'))[0])
      .toMatchObject({ path: 'name', message: 'this is a built-in record field' });
    expect(fieldErrors(await admin('mutation { createFieldDefinition(name: "Order Value", type: number) { id } }'))[0].path).toBe('name');
    expect(errorCodes(await admin('mutation { createFieldDefinition(name: "order_value", type: count) { id } }'))).toEqual(['FIELD_NAME_TAKEN']);
    expect((await admin('mutation ($id: ID!) { deleteFieldDefinition(id: $id) { name } }', { id })).data!.deleteFieldDefinition)
      .toEqual({ name: 'order_value' });
  });

  it('rejects attribute values that are not scalars', async () => {
    const result = await admin('mutation { createGroup(name: "Nested", attributes: { inner: { deep: 1 } }) { id } }');
    expect(fieldErrors(result).map((field) => field.path)).toEqual(['attributes.inner']);
    const notObject = await admin('mutation { createGroup(name: "List", attributes: [1, 2]) { id } }');
    expect(notObject.errors![0].message).toMatch(/JSONObject expects an object/);
  });
});
