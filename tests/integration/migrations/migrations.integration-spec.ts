import { SQL_FUNCTIONS } from '@yardstick/dsl';
import { MIGRATIONS } from '@yardstick/migrations';
import { createTestDatabase, type TestDatabase } from '../support/database';

// Every migration must apply to an empty database, undo completely, and apply again.

const EXPECTED_TABLES = [
  'agents', 'api_keys', 'column_mappings', 'field_definitions', 'groups', 'interactions', 'organisation',
  'profile_overrides', 'roster_version', 'score_snapshots', 'scorecard_versions', 'scorecards', 'sessions', 'snapshot_runs', 'teams',
  'user_teams', 'users',
];

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await db.drop();
  });

  async function tables(): Promise<string[]> {
    const rows: { tablename: string }[] = await db.dataSource.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename");
    return rows.map((row) => row.tablename);
  }

  async function schemaObjects(): Promise<string[]> {
    const rows: { name: string }[] = await db.dataSource.query(
      `SELECT c.relkind::text || ':' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname NOT LIKE 'migrations%'
          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = c.oid AND i.indrelid = 'migrations'::regclass)
       UNION ALL SELECT 'f:' || proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
       ORDER BY 1`);
    return rows.map((row) => row.name);
  }

  it('lists migrations oldest first with unique timestamped names', () => {
    const names = MIGRATIONS.map((migration) => new migration().name ?? migration.name);
    const stamps = names.map((name) => Number(/(\d{13})$/.exec(name)?.[1]));
    expect(stamps.every((stamp) => Number.isFinite(stamp))).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(names).size).toBe(names.length);
  });

  it('goes up, down to an empty schema, and up again to the same schema', async () => {
    expect(await tables()).toEqual([]);
    await db.dataSource.runMigrations();
    expect(await tables()).toEqual(EXPECTED_TABLES);
    const first = await schemaObjects();

    for (let step = 0; step < MIGRATIONS.length; step += 1) await db.dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);
    expect(await schemaObjects()).toEqual([]);

    await db.dataSource.runMigrations();
    expect(await schemaObjects()).toEqual(first);
    await expect(db.dataSource.showMigrations()).resolves.toBe(false);
  });

  it('creates the scoring functions exactly as the SQL compiler expects them', async () => {
    // a change to dsl/src/compile/sql/functions-sql.ts needs a new migration: this fails until one exists
    await db.dataSource.runMigrations();
    const definitions: { name: string; body: string }[] = await db.dataSource.query(
      "SELECT proname AS name, prosrc AS body FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND proname LIKE 'yardstick_%' ORDER BY proname");
    expect(definitions.map((d) => d.name)).toEqual(['yardstick_exact', 'yardstick_round', 'yardstick_sig']);
    for (const { name, body } of definitions) {
      const expected = SQL_FUNCTIONS.find((statement) => statement.includes(`${name}(`));
      expect(expected).toContain(body.trim());
    }
  });

  it('keeps the organisation a single row with a UTC default zone', async () => {
    await expect(db.dataSource.query('SELECT id, time_zone FROM organisation')).resolves.toEqual([{ id: 1, time_zone: 'UTC' }]);
    await expect(db.dataSource.query("INSERT INTO organisation (id, name) VALUES (2, 'x')")).rejects.toThrow(/check/);
  });

  it('guards enumerations, uniqueness and references in the database itself', async () => {
    const q = (sql: string) => db.dataSource.query(sql);
    await expect(q("INSERT INTO groups (name, kind) VALUES ('G', 'planet')")).rejects.toThrow(/check/);
    await q("INSERT INTO teams (name) VALUES ('T')");
    await expect(q("INSERT INTO teams (name) VALUES ('T')")).rejects.toThrow(/duplicate key/);
    await expect(q("INSERT INTO agents (external_id, name, team_id) VALUES ('a1', 'A', 999)")).rejects.toThrow(/foreign key/);
    await expect(q("INSERT INTO agents (external_id, name, base_bonus) VALUES ('a1', 'A', -1)")).rejects.toThrow(/check/);
    await expect(q("INSERT INTO users (username, display_name, password_hash, role) VALUES ('u', 'U', 'x', 'agent')"))
      .rejects.toThrow(/check/);
    await expect(q("INSERT INTO field_definitions (name, type) VALUES ('tier', 'colour')")).rejects.toThrow(/check/);
    await expect(q("INSERT INTO api_keys (name, key_hash, key_prefix, scopes) VALUES ('k', 'h', 'p', '{admin}')"))
      .rejects.toThrow(/check/);
  });

  it('stores one record per (source, external_id)', async () => {
    const q = (sql: string) => db.dataSource.query(sql);
    const [agent] = await q("INSERT INTO agents (external_id, name) VALUES ('rec-agent', 'R') RETURNING id");
    const insert = `INSERT INTO interactions (source, external_id, agent_id, occurred_at) VALUES ('crm', 'r1', ${agent.id}, now())`;
    await q(insert);
    await expect(q(insert)).rejects.toThrow(/duplicate key/);
    await expect(q("SELECT kind, custom FROM interactions")).resolves.toEqual([{ kind: 'interaction', custom: {} }]);
  });

  it('refuses to delete or renumber an agent or a team that records refer to (SQLSTATE 23503), as the foreign keys did', async () => {
    const q = (sql: string) => db.dataSource.query(sql);
    const [team] = await q("INSERT INTO teams (name) VALUES ('Guarded') RETURNING id");
    const [spare] = await q("INSERT INTO teams (name) VALUES ('Spare') RETURNING id");
    const [agent] = await q(`INSERT INTO agents (external_id, name, team_id) VALUES ('guarded', 'G', ${team.id}) RETURNING id`);
    const [idle] = await q(`INSERT INTO agents (external_id, name, team_id) VALUES ('idle', 'I', ${spare.id}) RETURNING id`);
    await q(`INSERT INTO interactions (source, external_id, agent_id, team_id, occurred_at) VALUES ('guard', 'g1', ${agent.id}, ${team.id}, now())`);
    const refused = { code: '23503', constraint: 'interactions_agent_guard' };
    await expect(q(`DELETE FROM agents WHERE id = ${agent.id}`)).rejects.toMatchObject(refused);
    await expect(q(`DELETE FROM agents WHERE id IN (${agent.id}, ${idle.id})`)).rejects.toMatchObject(refused);
    await expect(q(`UPDATE agents SET id = id + 1000 WHERE id = ${agent.id}`)).rejects.toMatchObject(refused);
    // the record's team is guarded, not only the agent's (which agents.team_id guards)
    await q(`UPDATE agents SET team_id = ${spare.id} WHERE id = ${agent.id}`);
    await expect(q(`UPDATE teams SET id = id + 1000 WHERE id = ${team.id}`)).rejects.toMatchObject({ code: '23503', constraint: 'interactions_team_guard' });
    await expect(q(`DELETE FROM teams WHERE id = ${team.id}`)).rejects.toMatchObject({ code: '23503', constraint: 'interactions_team_guard' });
    await expect(q(`SELECT count(*)::int AS n FROM agents WHERE id IN (${agent.id}, ${idle.id})`)).resolves.toEqual([{ n: 2 }]);
    // what no record refers to goes; so does everything once the records are gone
    await q(`DELETE FROM agents WHERE id = ${idle.id}`);
    await q("DELETE FROM interactions WHERE source = 'guard'");
    await q(`DELETE FROM agents WHERE id = ${agent.id}`);
    await q(`DELETE FROM teams WHERE id IN (${team.id}, ${spare.id})`);
  });

  it('allows one draft per scorecard and freezes published versions', async () => {
    const q = (sql: string) => db.dataSource.query(sql);
    const [card] = await q("INSERT INTO scorecards (key) VALUES ('frontline') RETURNING id");
    await q(`INSERT INTO scorecard_versions (scorecard_id, version, source) VALUES (${card.id}, 1, 'v1')`);
    await expect(q(`INSERT INTO scorecard_versions (scorecard_id, version, source) VALUES (${card.id}, 2, 'v2')`))
      .rejects.toThrow(/duplicate key/);
    await expect(q(`UPDATE scorecard_versions SET status = 'published' WHERE scorecard_id = ${card.id}`)).rejects.toThrow(/check/);
    await q(`UPDATE scorecard_versions SET status = 'published', published_at = now(), effective_from = '2021-01-01' WHERE scorecard_id = ${card.id}`);
    await expect(q(`UPDATE scorecard_versions SET source = 'changed' WHERE scorecard_id = ${card.id}`)).rejects.toThrow(/cannot be changed/);
    await q(`UPDATE scorecard_versions SET status = 'retired' WHERE scorecard_id = ${card.id}`);
    await q(`INSERT INTO scorecard_versions (scorecard_id, version, source) VALUES (${card.id}, 2, 'v2')`);
  });
});
