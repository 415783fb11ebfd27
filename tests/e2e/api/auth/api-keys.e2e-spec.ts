import { createHash } from 'node:crypto';
import { errorCodes, startTestApp, type TestApp } from '../support/app';

const ME = '{ me { kind apiKeyName scopes role } }';

describe('integrator API keys and user management', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a key shown once, stored only as its hash', async () => {
    const result = await app.gql<{ createApiKey: { key: string; apiKey: { id: string; name: string; prefix: string; scopes: string[] } } }>(
      'mutation { createApiKey(name: "CRM sync", scopes: ["read", "ingest", "read"]) { key apiKey { id name prefix scopes } } }', {}, app.admin);
    const { key, apiKey } = result.data!.createApiKey;
    expect(key).toMatch(/^ysk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'CRM sync', prefix: key.slice(0, 8), scopes: ['ingest', 'read'] });
    const [row] = await app.db.dataSource.query('SELECT key_hash FROM api_keys WHERE id = $1', [apiKey.id]);
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    const listed = await app.gql<{ apiKeys: Record<string, unknown>[] }>('{ apiKeys { name prefix } }', {}, app.admin);
    expect(JSON.stringify(listed.data)).not.toContain(key);
  });

  it('authenticates with X-Api-Key and with Authorization: Bearer ysk_…', async () => {
    const { apiKey } = await app.createApiKey(['read']);
    const viaHeader = await app.post({ query: ME }, { 'x-api-key': apiKey });
    const viaBearer = await app.post({ query: ME }, { authorization: `Bearer ${apiKey}` });
    for (const response of [viaHeader, viaBearer]) {
      expect(response.body.data).toEqual({ me: { kind: 'integration', apiKeyName: expect.any(String), scopes: ['read'], role: null } });
    }
  });

  it('records when a key was last used', async () => {
    const { apiKey } = await app.createApiKey(['ingest']);
    await app.gql(ME, {}, { apiKey });
    const [row] = await app.db.dataSource.query('SELECT last_used_at FROM api_keys WHERE key_hash = $1',
      [createHash('sha256').update(apiKey).digest('hex')]);
    expect(row.last_used_at).toBeInstanceOf(Date);
  });

  it('rejects unknown and revoked keys with UNAUTHENTICATED', async () => {
    expect(errorCodes(await app.gql(ME, {}, { apiKey: 'ysk_made-up' }))).toEqual(['UNAUTHENTICATED']);
    const created = await app.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "short-lived", scopes: ["read"]) { key apiKey { id } } }', {}, app.admin);
    const { key, apiKey } = created.data!.createApiKey;
    expect((await app.gql(ME, {}, { apiKey: key })).errors).toBeUndefined();
    const revoked = await app.gql('mutation ($id: ID!) { revokeApiKey(id: $id) }', { id: apiKey.id }, app.admin);
    expect(revoked.data).toEqual({ revokeApiKey: true });
    const after = await app.gql(ME, {}, { apiKey: key });
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    expect(after.errors![0].message).toMatch(/revoked/);
    expect(errorCodes(await app.gql('mutation ($id: ID!) { revokeApiKey(id: $id) }', { id: apiKey.id }, app.admin))).toEqual(['NOT_FOUND']);
  });

  it('validates scopes', async () => {
    const none = await app.gql('mutation { createApiKey(name: "k", scopes: []) { key } }', {}, app.admin);
    const unknown = await app.gql('mutation { createApiKey(name: "k", scopes: ["admin"]) { key } }', {}, app.admin);
    expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect((unknown.errors![0].extensions!.fields as { path: string }[])[0].path).toBe('scopes.0');
  });

  it('lets only admins manage users and keys', async () => {
    const hr = await app.createUser('hr');
    const { apiKey } = await app.createApiKey(['ingest', 'read']);
    const create = 'mutation { createUser(username: "sneaky", displayName: "S", password: "long-enough", role: admin) { id } }';
    for (const caller of [hr, { apiKey }]) {
      expect(errorCodes(await app.gql(create, {}, caller))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await app.gql('mutation { createApiKey(name: "x", scopes: ["read"]) { key } }', {}, caller))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await app.gql('{ apiKeys { id } }', {}, caller))).toEqual(['FORBIDDEN']);
    }
    expect(await app.db.dataSource.query("SELECT 1 FROM users WHERE username = 'sneaky'")).toHaveLength(0);
  });

  it('creates logins whose reach matches their role', async () => {
    const team = await app.createTeam({ name: 'Reach' });
    const agent = await app.createAgent({ externalId: 'reach-1', team });
    const lead = await app.gql<{ createUser: { id: string; role: string } }>(
      'mutation ($t: [ID!]) { createUser(username: "Reach.Lead", displayName: "Lead", password: "long-enough", role: supervisor, teamIds: $t) { id role } }',
      { t: [team.id] }, app.admin);
    expect(lead.data!.createUser.role).toBe('supervisor');
    const token = await app.login('reach.lead', 'long-enough');
    expect((await app.gql('{ me { teamIds } }', {}, { token })).data).toEqual({ me: { teamIds: [String(team.id)] } });

    const own = await app.gql('mutation ($a: ID) { createUser(username: "reach.agent", displayName: "A", password: "long-enough", role: agent, agentId: $a) { agentId } }',
      { a: agent.id }, app.admin);
    expect(own.data).toEqual({ createUser: { agentId: String(agent.id) } });
    const agentToken = await app.login('reach.agent', 'long-enough');
    expect((await app.gql('{ me { agentId teamIds } }', {}, { token: agentToken })).data)
      .toEqual({ me: { agentId: String(agent.id), teamIds: [String(team.id)] } });
  });

  it('explains what is wrong with a new login', async () => {
    const result = await app.gql('mutation { createUser(username: "Bad Name", displayName: "", password: "short", role: agent) { id } }', {}, app.admin);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    const paths = (result.errors![0].extensions!.fields as { path: string }[]).map((field) => field.path).sort();
    expect(paths).toEqual(['agentId', 'displayName', 'password', 'username']);
    const noAgent = await app.gql('mutation { createUser(username: "lonely", displayName: "L", password: "long-enough", role: agent) { id } }', {}, app.admin);
    expect((noAgent.errors![0].extensions!.fields as { path: string; message: string }[])).toEqual([{
      path: 'agentId', code: 'input.invalid', message: 'an agent login must name its agent', messageZh: '输入无效：an agent login must name its agent',
    }]);
    await app.createUser('hr', { username: 'taken' });
    expect(errorCodes(await app.gql('mutation { createUser(username: "TAKEN", displayName: "T", password: "long-enough", role: hr) { id } }', {}, app.admin)))
      .toEqual(['USERNAME_TAKEN']);
  });

  it('serves login without credentials but nothing else', async () => {
    const response = await app.post({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    expect(errorCodes(await app.gql('{ allTeams { id } }'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.gql('mutation { login(username: "x", password: "y") { token } }', {}, { token: 'garbage' })))
      .toEqual(['INVALID_CREDENTIALS']);
  });
});
