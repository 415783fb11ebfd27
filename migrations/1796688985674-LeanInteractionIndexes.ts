import type { MigrationInterface, QueryRunner } from 'typeorm';

// What `interactions` maintains for every stored record, cut to what reads need, so ingestion is bound by the
// heap rather than by indexes and foreign-key triggers:
//
// - The foreign keys to agents and teams go: their check ran a trigger and a look-up per record (half the cost of
//   a bulk load). Ingestion resolves agents and teams itself and locks the rows it used (FOR KEY SHARE) before it
//   commits, as the foreign key did; deleting (or renumbering) an agent or a team that records still refer to is
//   refused by statement-level guard triggers with the same SQLSTATE 23503 (foreign_key_violation).
// - Time is indexed by a BRIN index (records arrive roughly in time order; scoring reads whole periods) instead of
//   two B-trees on (occurred_at) and (team_id, occurred_at); (agent_id, occurred_at) becomes (agent_id): an
//   agent's records append at the end of its run of equal keys instead of landing at random.
// - source and external_id compare bytewise (COLLATE "C"): the identity key is matched for equality only, and
//   its unique index no longer pays for locale-aware comparisons.
// The primary key and the unique (source, external_id) stay.

/** The guard of `table` (agents, teams): a statement that removes an id records still refer to fails. */
const guardFunction = (table: string, column: string, noun: string) => `CREATE FUNCTION interactions_guard_${table}()
   RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN
       PERFORM 1 FROM interactions i
         JOIN (SELECT id FROM gone EXCEPT SELECT id FROM kept) g ON i.${column} = g.id LIMIT 1;
     ELSE
       PERFORM 1 FROM interactions i JOIN gone g ON i.${column} = g.id LIMIT 1;
     END IF;
     IF FOUND THEN
       RAISE EXCEPTION 'update or delete on table "${table}" violates the reference from table "interactions"'
         USING ERRCODE = 'foreign_key_violation', TABLE = 'interactions', CONSTRAINT = 'interactions_${noun}_guard',
               DETAIL = 'interaction records still refer to the ${noun}';
     END IF;
     RETURN NULL;
   END $$`;

const GUARDS = [
  guardFunction('agents', 'agent_id', 'agent'),
  guardFunction('teams', 'team_id', 'team'),
  `CREATE TRIGGER interactions_agent_guard_delete AFTER DELETE ON agents REFERENCING OLD TABLE AS gone
     FOR EACH STATEMENT EXECUTE FUNCTION interactions_guard_agents()`,
  `CREATE TRIGGER interactions_agent_guard_update AFTER UPDATE ON agents REFERENCING OLD TABLE AS gone NEW TABLE AS kept
     FOR EACH STATEMENT EXECUTE FUNCTION interactions_guard_agents()`,
  `CREATE TRIGGER interactions_team_guard_delete AFTER DELETE ON teams REFERENCING OLD TABLE AS gone
     FOR EACH STATEMENT EXECUTE FUNCTION interactions_guard_teams()`,
  `CREATE TRIGGER interactions_team_guard_update AFTER UPDATE ON teams REFERENCING OLD TABLE AS gone NEW TABLE AS kept
     FOR EACH STATEMENT EXECUTE FUNCTION interactions_guard_teams()`,
];

const UP = [
  'ALTER TABLE interactions DROP CONSTRAINT interactions_agent_id_fkey, DROP CONSTRAINT interactions_team_id_fkey',
  'DROP INDEX interactions_occurred_at_idx',
  'DROP INDEX interactions_team_id_occurred_at_idx',
  'DROP INDEX interactions_agent_id_occurred_at_idx',
  'ALTER TABLE interactions ALTER COLUMN source TYPE text COLLATE "C", ALTER COLUMN external_id TYPE text COLLATE "C"',
  'CREATE INDEX interactions_agent_id_idx ON interactions (agent_id)',
  'CREATE INDEX interactions_occurred_at_brin ON interactions USING brin (occurred_at)',
  ...GUARDS,
];

const DOWN = [
  'DROP TRIGGER interactions_team_guard_update ON teams',
  'DROP TRIGGER interactions_team_guard_delete ON teams',
  'DROP TRIGGER interactions_agent_guard_update ON agents',
  'DROP TRIGGER interactions_agent_guard_delete ON agents',
  'DROP FUNCTION interactions_guard_teams()',
  'DROP FUNCTION interactions_guard_agents()',
  'DROP INDEX interactions_occurred_at_brin',
  'DROP INDEX interactions_agent_id_idx',
  'ALTER TABLE interactions ALTER COLUMN source TYPE text COLLATE "default", ALTER COLUMN external_id TYPE text COLLATE "default"',
  'CREATE INDEX interactions_occurred_at_idx ON interactions (occurred_at)',
  'CREATE INDEX interactions_agent_id_occurred_at_idx ON interactions (agent_id, occurred_at)',
  'CREATE INDEX interactions_team_id_occurred_at_idx ON interactions (team_id, occurred_at)',
  `ALTER TABLE interactions
     ADD CONSTRAINT interactions_agent_id_fkey FOREIGN KEY (agent_id) REFERENCES agents (id) ON DELETE RESTRICT,
     ADD CONSTRAINT interactions_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE RESTRICT`,
];

export class LeanInteractionIndexes1796688985674 implements MigrationInterface {
  name = 'LeanInteractionIndexes1796688985674';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of UP) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const sql of DOWN) await runner.query(sql);
  }
}
