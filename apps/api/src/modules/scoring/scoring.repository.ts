import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import type { AgentRow, NamedRow } from './score-roster';

// What scoring reads besides snapshots: the roster, the change marker of the roster, the aggregate query and,
// for scorecards the SQL compiler cannot take, the period's records page by page. Every read goes through a
// `Db` handed in, so one scoring run reads everything from one REPEATABLE READ snapshot.

/** A connection or transaction to query on. */
export interface Db {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * Changes to who is on which team (or their attributes) change scores: the roster's change counter, bumped by every
 * statement that writes agents, teams or groups (migrations/1796695000000-RosterVersion.ts). One row, where it
 * used to count the three tables and find their last update on every read of scores.
 */
const FINGERPRINT = `SELECT coalesce((SELECT 'v' || version::text FROM roster_version), 'v0') AS fingerprint`;

export { FINGERPRINT as ROSTER_FINGERPRINT_SQL };

/** A page of the period's records, for the engine's streaming scorer. */
export interface RecordPageQuery {
  readonly columns: readonly string[];
  readonly zone: string;
  /** UTC instants bounding the period (a day wider than the zone could shift it) */
  readonly fromLocal: string;
  readonly toLocal: string;
}

@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` on one dedicated connection (transactions and session locks need one), released afterwards. */
  async withConnection<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      return await work(runner);
    } finally {
      await runner.release();
    }
  }

  /** `work` inside a read-only REPEATABLE READ transaction: every read sees the same committed state. */
  async readSnapshot<T>(runner: QueryRunner, work: (db: Db) => Promise<T>): Promise<T> {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    try {
      const result = await work(runner);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async fingerprint(db: Db = this.db): Promise<string> {
    const rows: { fingerprint: string }[] = await db.query(FINGERPRINT);
    return rows[0].fingerprint;
  }

  async roster(db: Db): Promise<{ agents: AgentRow[]; teams: NamedRow[]; groups: NamedRow[] }> {
    const agents: AgentRow[] = await db.query(`SELECT a.id, a.external_id, a.name, a.team_id, t.name AS team, g.name AS "group",
        to_char(a.hired_on, 'YYYY-MM-DD') AS hired_on, to_char(a.left_on, 'YYYY-MM-DD') AS left_on,
        a.base_bonus::text AS base_bonus, a.attributes
       FROM agents a LEFT JOIN teams t ON t.id = a.team_id LEFT JOIN groups g ON g.id = t.group_id
      ORDER BY a.id`);
    const teams: NamedRow[] = await db.query('SELECT id, name, attributes FROM teams ORDER BY id');
    const groups: NamedRow[] = await db.query('SELECT id, name, kind, attributes FROM groups ORDER BY id');
    return { agents, teams, groups };
  }

  /** An agent with its current team, as explanations name it. */
  async agent(id: number): Promise<{ id: number; external_id: string; name: string; team_id: number | null; team_name: string | null } | null> {
    const rows = await this.db.query(`SELECT a.id, a.external_id, a.name, a.team_id, t.name AS team_name
      FROM agents a LEFT JOIN teams t ON t.id = a.team_id WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Each group's teams (a group with none lists none). */
  groupTeams(): Promise<{ id: number; team_ids: number[] }[]> {
    return this.db.query(`SELECT g.id, coalesce(array_agg(t.id) FILTER (WHERE t.id IS NOT NULL), '{}') AS team_ids
      FROM groups g LEFT JOIN teams t ON t.group_id = g.id GROUP BY g.id ORDER BY g.id`);
  }

  /** The compiled aggregate query; its text comes from dsl/src/compile/sql, every value is a bind parameter. */
  aggregate(db: Db, text: string, values: readonly unknown[]): Promise<Record<string, unknown>[]> {
    return db.query(text, [...values]);
  }

  /**
   * Records of the period after record id `afterId`, in id order: `occurred_local` is the org-local wall clock in
   * ms, `agent` the agent's external id, `team` the record's team name, then the built-in columns asked for and
   * the custom fields. Column names come from the language's built-in field list, never from a scorecard.
   */
  recordPage(db: Db, query: RecordPageQuery, afterId: string, limit: number): Promise<Record<string, unknown>[]> {
    const columns = query.columns.map((c) => `, r.${c}`).join('');
    return db.query(`SELECT r.id::text AS id, a.external_id AS agent, rt.name AS team,
        (round(extract(epoch FROM (r.occurred_at AT TIME ZONE $1)) * 1000))::float8 AS occurred_local, r.custom${columns}
       FROM interactions r JOIN agents a ON a.id = r.agent_id LEFT JOIN teams rt ON rt.id = r.team_id
      WHERE r.occurred_at >= ($2::timestamp AT TIME ZONE $1) - interval '1 day'
        AND r.occurred_at < ($3::timestamp AT TIME ZONE $1) + interval '1 day'
        AND (r.occurred_at AT TIME ZONE $1) >= $2::timestamp AND (r.occurred_at AT TIME ZONE $1) < $3::timestamp
        AND r.id > $4::bigint
      ORDER BY r.id LIMIT $5`, [query.zone, query.fromLocal, query.toLocal, afterId, limit]);
  }
}
