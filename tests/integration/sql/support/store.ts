import { SQL_FUNCTIONS } from '../../../../dsl/src/compile/sql';
import type { SqlTableMap } from '../../../../dsl/src/compile/sql';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import type { World } from './world';

// A World stored in the service's schema (migrations/…-CreateSchema.ts): groups, teams, agents, interactions with
// typed columns and custom fields in jsonb. And the table map that reads it the way the service scores it.

/** How the service's schema maps onto the language: agents by external id, pooled in their current team. */
export const INTERACTIONS: SqlTableMap = {
  table: 'interactions',
  joins: [
    { table: 'agents', alias: 'agent', on: [{ left: { column: 'agent_id' }, right: 'id' }] },
    { table: 'teams', alias: 'agent_team', on: [{ left: { from: 'agent', column: 'team_id' }, right: 'id' }], optional: true },
    { table: 'groups', alias: 'agent_group', on: [{ left: { from: 'agent_team', column: 'group_id' }, right: 'id' }], optional: true },
    { table: 'teams', alias: 'record_team', on: [{ left: { column: 'team_id' }, right: 'id' }], optional: true },
  ],
  fields: { team: { from: 'record_team', column: 'name' } },
  subjects: {
    agent: { from: 'agent', column: 'external_id' },
    team: { from: 'agent_team', column: 'name' },
    group: { from: 'agent_group', column: 'name' },
  },
};

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/** A database of the test file's own, made before its tests and dropped after them, with the SQL functions. */
export function sqlDatabase(): { readonly db: TestDatabase } {
  const holder: { db?: TestDatabase } = {};
  beforeAll(async () => {
    holder.db = await createTestDatabase();
    await installFunctions(holder.db);
  });
  afterAll(async () => {
    await holder.db?.drop();
  });
  return {
    get db(): TestDatabase {
      if (!holder.db) throw new Error('the test database is made in beforeAll');
      return holder.db;
    },
  };
}

/** Creates the SQL functions the queries call (until the service migration includes SQL_FUNCTIONS). */
export async function installFunctions(db: TestDatabase): Promise<void> {
  for (const statement of SQL_FUNCTIONS) await db.dataSource.query(statement);
}

const BUILTIN_COLUMNS = [
  ['channel', 'text'], ['platform', 'text'], ['priority', 'text'], ['customer', 'text'], ['kind', 'text'],
  ['first_response_seconds', 'float8'], ['wait_seconds', 'float8'], ['talk_seconds', 'float8'], ['hold_seconds', 'float8'],
  ['wrap_seconds', 'float8'], ['handle_seconds', 'float8'], ['close_seconds', 'float8'],
  ['answered', 'boolean'], ['resolved', 'boolean'], ['first_contact_resolved', 'boolean'], ['transferred', 'boolean'],
  ['escalated', 'boolean'], ['reopened', 'boolean'], ['abandoned', 'boolean'], ['repeat_contact', 'boolean'], ['converted', 'boolean'],
  ['rating', 'float8'], ['qa_score', 'float8'],
] as const;

export async function storeWorld(db: TestDatabase, world: World): Promise<void> {
  const q: Query = (sql, params) => db.dataSource.query(sql, params);
  await q('TRUNCATE interactions, agents, teams, groups RESTART IDENTITY CASCADE');
  const groups = [...new Set(world.teams.map((t) => t.group).filter((g): g is string => g !== null))];
  await q('INSERT INTO groups (name) SELECT unnest($1::text[])', [groups]);
  await q(`INSERT INTO teams (name, group_id) SELECT x.name, g.id FROM jsonb_to_recordset($1::jsonb) AS x(name text, "group" text)
    LEFT JOIN groups g ON g.name = x."group"`, [JSON.stringify(world.teams)]);
  await q(`INSERT INTO agents (external_id, name, team_id, hired_on, left_on, base_bonus)
    SELECT x.id, x.name, t.id, x."hiredOn", x."leftOn", (x.attributes->>'base_bonus')::numeric
    FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, team text, "hiredOn" date, "leftOn" date, attributes jsonb)
    LEFT JOIN teams t ON t.name = x.team`, [JSON.stringify(world.agents)]);
  const rows = world.records.map((r, i) => ({ id: `r${i}`, agent: r.agent, team: r.team, at: new Date(r.at).toISOString(), custom: r.custom, ...r.fields }));
  const columns = BUILTIN_COLUMNS.map(([name]) => name);
  const kind = columns.map((c) => (c === 'kind' ? `coalesce(x.kind, 'interaction')` : `x.${c}`));
  for (let i = 0; i < rows.length; i += 2000) {
    await q(`INSERT INTO interactions (source, external_id, agent_id, team_id, occurred_at, custom, ${columns.join(', ')})
      SELECT 'test', x.id, a.id, t.id, x.at, x.custom, ${kind.join(', ')}
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, agent text, team text, at timestamptz, custom jsonb,
        ${BUILTIN_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
      JOIN agents a ON a.external_id = x.agent LEFT JOIN teams t ON t.name = x.team`, [JSON.stringify(rows.slice(i, i + 2000))]);
  }
}
