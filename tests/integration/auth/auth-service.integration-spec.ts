import type { INestApplication } from '@nestjs/common';
import { AgentsService } from '../../../apps/api/src/modules/agents/agents.service';
import { AuthService } from '../../../apps/api/src/modules/auth/auth.service';
import { UsersService } from '../../../apps/api/src/modules/auth/users.service';
import { TeamsService } from '../../../apps/api/src/modules/teams/teams.service';
import type { Caller } from '../../../apps/api/src/common/caller';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { bootApp } from '../support/nest';

// AuthService and UsersService on a real database: sessions, callers and the first-admin bootstrap.

describe('auth service', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let auth: AuthService;
  let users: UsersService;
  let admin: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await bootApp(db, { SESSION_TTL_HOURS: '1' });
    auth = app.get(AuthService);
    users = app.get(UsersService);
    admin = await auth.callerOf(await users.insertUser({ username: 'root', displayName: 'Root', password: 'root-password', role: 'admin' }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('opens a session that resolves to the user as a caller', async () => {
    const { token, expiresAt } = await auth.login('root', 'root-password', '127.0.0.1');
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(3_500_000);
    await expect(auth.authenticate({ bearer: token })).resolves.toEqual({
      kind: 'user', userId: (admin as { userId: number }).userId, username: 'root', role: 'admin', agentId: null, teamIds: [],
    });
    await expect(auth.authenticate({})).resolves.toBeUndefined();
  });

  it('clears expired sessions when someone logs in', async () => {
    const { token } = await auth.login('root', 'root-password', '127.0.0.2');
    await db.dataSource.query("UPDATE sessions SET expires_at = now() - interval '1 minute'");
    await auth.login('root', 'root-password', '127.0.0.2');
    await expect(db.dataSource.query('SELECT count(*)::int AS n FROM sessions')).resolves.toEqual([{ n: 1 }]);
    await expect(auth.authenticate({ bearer: token })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('follows an agent login to the agent’s current team', async () => {
    const teams = app.get(TeamsService);
    const first = await teams.create(admin, { name: 'First' });
    const second = await teams.create(admin, { name: 'Second' });
    const agent = await app.get(AgentsService).create(admin, { externalId: 'mover', name: 'Mover', teamId: first.id });
    const login = await users.createUser(admin, { username: 'mover', displayName: 'Mover', password: 'mover-password', role: 'agent', agentId: agent.id });
    await expect(auth.callerOf(login)).resolves.toMatchObject({ agentId: agent.id, teamIds: [first.id] });
    await app.get(AgentsService).update(admin, agent.id, { teamId: second.id });
    await expect(auth.callerOf(login)).resolves.toMatchObject({ teamIds: [second.id] });
  });

  it('refuses unknown teams and agents for new logins without creating anything', async () => {
    await expect(users.createUser(admin, { username: 'ghost.lead', displayName: 'G', password: 'long-enough', role: 'supervisor', teamIds: [424242] }))
      .rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(users.createUser(admin, { username: 'ghost.agent', displayName: 'G', password: 'long-enough', role: 'agent', agentId: 424242 }))
      .rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(db.dataSource.query("SELECT 1 FROM users WHERE username LIKE 'ghost%'")).resolves.toEqual([]);
  });

  it('verifies passwords with the parameters stored in the hash', async () => {
    await expect(auth.checkPassword('root', 'root-password')).resolves.toBe(true);
    await expect(auth.checkPassword('root', 'Root-password')).resolves.toBe(false);
    await expect(auth.checkPassword('nobody', 'root-password')).resolves.toBe(false);
    await db.dataSource.query("UPDATE users SET password_hash = 'md5$deadbeef' WHERE username = 'mover'");
    await expect(auth.checkPassword('mover', 'mover-password')).resolves.toBe(false);
  });
});
