import { errorCodes, startTestApp, type TestApp } from '../support/app';

const ME = '{ me { kind role agentId teamIds user { username } } }';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }';

describe('login and sessions', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3', SESSION_TTL_HOURS: '2' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('returns a token that authenticates later requests as the user', async () => {
    const lead = await app.createUser('supervisor', { username: 'lead.one' });
    const result = await app.gql<{ login: { token: string; expiresAt: string; user: { username: string; role: string } } }>(
      LOGIN, { u: 'lead.one', p: lead.password });
    expect(result.errors).toBeUndefined();
    const login = result.data!.login;
    expect(login.user).toEqual({ username: 'lead.one', role: 'supervisor' });
    const ttl = Date.parse(login.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(2 * 3_600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(2 * 3_600_000);
    const me = await app.gql(ME, {}, { token: login.token });
    expect(me.data).toEqual({ me: { kind: 'user', role: 'supervisor', agentId: null, teamIds: [], user: { username: 'lead.one' } } });
  });

  it('accepts the username case-insensitively and with surrounding spaces', async () => {
    const user = await app.createUser('hr', { username: 'casey' });
    const result = await app.gql(LOGIN, { u: '  Casey ', p: user.password });
    expect(result.errors).toBeUndefined();
  });

  it('refuses a wrong password and an unknown user with the same error', async () => {
    const user = await app.createUser('auditor', { username: 'audit.wrong' });
    const wrong = await app.gql(LOGIN, { u: 'audit.wrong', p: `${user.password}x` });
    const unknown = await app.gql(LOGIN, { u: 'nobody.here', p: 'whatever-pass' });
    expect(errorCodes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(errorCodes(unknown)).toEqual(['INVALID_CREDENTIALS']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.data).toBeNull();
  });

  it('stores only the hash of tokens and passwords', async () => {
    const user = await app.createUser('hr', { username: 'hash.check' });
    const [row] = await app.db.dataSource.query('SELECT password_hash FROM users WHERE username = $1', ['hash.check']);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(user.password);
    const sessions: { token_hash: string }[] = await app.db.dataSource.query('SELECT token_hash FROM sessions');
    expect(sessions.map((session) => session.token_hash)).not.toContain(user.token);
    expect(sessions.every((session) => /^[0-9a-f]{64}$/.test(session.token_hash))).toBe(true);
  });

  it('rejects an expired token with UNAUTHENTICATED', async () => {
    const user = await app.createUser('auditor', { username: 'expiring' });
    await app.db.dataSource.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1", [user.user.id]);
    const result = await app.gql(ME, {}, { token: user.token });
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors![0].message).toMatch(/expired/);
  });

  it('rejects a made-up token and a missing one', async () => {
    expect(errorCodes(await app.gql(ME, {}, { token: 'not-a-real-token' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.gql(ME))).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects a disabled user at login and with an existing token', async () => {
    const user = await app.createUser('hr', { username: 'leaver' });
    await app.db.dataSource.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.user.id]);
    expect(errorCodes(await app.gql(ME, {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.gql(LOGIN, { u: 'leaver', p: user.password }))).toEqual(['INVALID_CREDENTIALS']);
  });

  it('ends the session on logout', async () => {
    const user = await app.createUser('hr', { username: 'logout.user' });
    const result = await app.gql('mutation { logout }', {}, { token: user.token });
    expect(result.data).toEqual({ logout: true });
    expect(errorCodes(await app.gql(ME, {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('blocks a username after repeated failures, even with the right password, and says when to retry', async () => {
    const user = await app.createUser('hr', { username: 'guessed' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorCodes(await app.gql(LOGIN, { u: 'guessed', p: 'wrong-password' }))).toEqual(['INVALID_CREDENTIALS']);
    }
    const blocked = await app.gql(LOGIN, { u: 'guessed', p: user.password });
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // other users from the same address are not locked out by one username's failures
    const other = await app.createUser('hr', { username: 'not.guessed' });
    expect((await app.gql(LOGIN, { u: 'not.guessed', p: other.password })).errors).toBeUndefined();
  });
});
