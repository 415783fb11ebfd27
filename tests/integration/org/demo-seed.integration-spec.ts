import type { INestApplication } from '@nestjs/common';
import { AuthService } from '../../../apps/api/src/modules/auth/auth.service';
import { DEMO_API_KEY, DEMO_LOGINS } from '../../../apps/api/src/modules/demo/demo.credentials';
import { DemoSeeder } from '../../../apps/api/src/modules/demo/demo.seeder';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { bootApp } from '../support/nest';

// The demo seed of `npm start`: fills an empty database once, through the real services, and never touches a
// database that holds anything.

describe('demo seed', () => {
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await bootApp(db);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('loads the demo organisation, roster, logins and key into an empty database', async () => {
    await expect(app.get(DemoSeeder).seedIfEmpty()).resolves.toBe(true);
    const q = (sql: string) => db.dataSource.query(sql);
    await expect(q('SELECT name, time_zone FROM organisation')).resolves.toEqual([{ name: 'Yardstick demo call centre', time_zone: 'UTC' }]);
    await expect(q('SELECT name, kind FROM groups')).resolves.toEqual([{ name: 'Demo call centre', kind: 'site' }]);
    const agents = await q(`SELECT t.name AS team, string_agg(a.external_id, ',' ORDER BY a.external_id) AS agents
      FROM agents a JOIN teams t ON t.id = a.team_id GROUP BY t.name ORDER BY t.name`);
    expect(agents).toEqual([{ team: 'North', agents: 'Becky,Dan,Diane,Greg' }, { team: 'South', agents: 'Jim,Joe,Martha,Stewart' }]);
    await expect(q("SELECT hired_on, base_bonus FROM agents WHERE external_id = 'Martha'"))
      .resolves.toEqual([{ hired_on: '2016-02-29', base_bonus: '6000.00' }]);
    const users = await q(`SELECT u.username, u.role, a.external_id AS agent, (SELECT string_agg(t.name, ',') FROM user_teams ut
      JOIN teams t ON t.id = ut.team_id WHERE ut.user_id = u.id) AS teams FROM users u LEFT JOIN agents a ON a.id = u.agent_id ORDER BY u.id`);
    expect(users).toEqual([
      { username: 'admin', role: 'admin', agent: null, teams: null },
      { username: 'supervisor', role: 'supervisor', agent: null, teams: 'North' },
      { username: 'becky', role: 'agent', agent: 'Becky', teams: null },
      { username: 'hr', role: 'hr', agent: null, teams: null },
      { username: 'auditor', role: 'auditor', agent: null, teams: null },
    ]);
  });

  it('prints logins that really work', async () => {
    const banner = await app.get(DemoSeeder).banner();
    expect(banner.logins.map((login) => login.username)).toEqual(DEMO_LOGINS.map((login) => login.username));
    expect(banner.apiKey).toBe(DEMO_API_KEY);
    const auth = app.get(AuthService);
    for (const login of DEMO_LOGINS) await expect(auth.checkPassword(login.username, login.password)).resolves.toBe(true);
    await expect(auth.authenticate({ apiKey: DEMO_API_KEY })).resolves.toMatchObject({ kind: 'integration', scopes: ['ingest', 'read'] });
  });

  it('leaves a database that holds anything alone', async () => {
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM agents');
    await expect(app.get(DemoSeeder).seedIfEmpty()).resolves.toBe(false);
    await expect(db.dataSource.query('SELECT count(*)::int AS n FROM agents')).resolves.toEqual(before);
  });

  it('omits logins from the banner once their password changed', async () => {
    await db.dataSource.query("UPDATE users SET password_hash = 'scrypt$16384$8$1$AAAA$AAAA' WHERE username = 'hr'");
    const banner = await app.get(DemoSeeder).banner();
    expect(banner.logins.map((login) => login.username)).not.toContain('hr');
  });
});

describe('demo seed failure', () => {
  it('empties the database again when a step fails, so the next start retries', async () => {
    const db = await createTestDatabase();
    const app = await bootApp(db);
    try {
      const seeder = app.get(DemoSeeder);
      seeder.register({ name: 'broken step', order: 150, run: async () => { throw new Error('disk on fire'); } });
      await expect(seeder.seedIfEmpty()).rejects.toThrow('the demo step "broken step" failed: disk on fire');
      const counts = await db.dataSource.query(
        'SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM agents) AS agents, (SELECT name FROM organisation) AS name');
      expect(counts).toEqual([{ users: 0, agents: 0, name: 'Organisation' }]);
      expect(() => seeder.register({ name: 'broken step', order: 1, run: async () => undefined })).toThrow(/registered twice/);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});
