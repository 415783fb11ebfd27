import type { MigrationInterface, QueryRunner } from 'typeorm';

// A counter of roster changes, so a read of stored scores checks that the roster is unchanged with one row instead
// of counting agents, teams and groups (and their last update) on every request. Every statement that writes
// agents, teams or groups bumps it in its own transaction (a statement-level trigger), so a reader sees the new
// value exactly when it sees the change; the scoring run that reads the roster reads the counter in the same
// snapshot and stores it with its results (apps/api/src/modules/scoring/scoring.repository.ts, ROSTER_FINGERPRINT_SQL).
// Writers of the roster serialise on the one row until they commit: roster edits are rare and short (ingestion
// reads agents and teams but never writes them).

const TABLES = ['agents', 'teams', 'groups'];

const UP = [
  `CREATE TABLE roster_version (
     only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
     version bigint NOT NULL DEFAULT 0
   )`,
  'INSERT INTO roster_version DEFAULT VALUES',
  `CREATE FUNCTION roster_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO roster_version AS r (only_row, version) VALUES (true, 1)
       ON CONFLICT (only_row) DO UPDATE SET version = r.version + 1;
     RETURN NULL;
   END $$`,
  ...TABLES.map((table) => `CREATE TRIGGER ${table}_roster_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
     FOR EACH STATEMENT EXECUTE FUNCTION roster_version_bump()`),
];

const DOWN = [
  ...TABLES.map((table) => `DROP TRIGGER ${table}_roster_version ON ${table}`),
  'DROP FUNCTION roster_version_bump()',
  'DROP TABLE roster_version',
];

export class RosterVersion1796695000000 implements MigrationInterface {
  name = 'RosterVersion1796695000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of UP) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of DOWN) await runner.query(sql);
  }
}
