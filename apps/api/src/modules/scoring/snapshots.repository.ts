import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { prepared, preparedRows, type PreparedStatement } from '../../database/prepared-query';
import { ROSTER_FINGERPRINT_SQL, type Db } from './scoring.repository';

// score_snapshots and snapshot_runs (migrations/…-CreateSchema.ts). A run is one (version, profile, period); its
// `computed_at` names the generation of snapshot rows that belong to it, its `stale` flag is set by whatever
// changes the inputs (ingest, overrides, the organisation's zone). The protocol is in snapshot-store.ts.

/** Which stored results: '' profile = as the schedule and overrides decided. */
export interface SnapshotKey {
  readonly versionId: number;
  readonly profile: string;
  readonly from: string;
  readonly to: string;
}

export type SubjectKind = 'agent' | 'team' | 'group' | 'organisation';

export interface SnapshotRow {
  readonly kind: SubjectKind;
  /** agent, team or group id as text; '' for the organisation */
  readonly subjectKey: string;
  readonly teamId: number | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly teamRank: number | null;
  readonly eligible: boolean;
  /** the stored JSON (snapshot-codec.ts); may be a getter, so only rows that are read or stored are encoded */
  readonly result: object;
  /** agents: the external id and name, for answering from memory (not stored: read from agents when stored) */
  readonly agent?: { readonly externalId: string; readonly name: string };
}

export interface RunState {
  /** a run exists, is not stale and its generation of rows is complete */
  readonly complete: boolean;
  /** the roster marker stored with the rows, and the current one */
  readonly storedFingerprint: string | null;
  readonly fingerprint: string;
  /** the organisation's row of the stored generation (segments, metrics), and when that generation was computed */
  readonly organisation: Record<string, unknown> | null;
  readonly computedAt: string | null;
}

/** A stored row as read back, joined to the agent or team it belongs to. */
export interface StoredScore {
  readonly subject_key: string;
  readonly name: string | null;
  readonly external_id: string | null;
  readonly team_id: number | null;
  readonly team_name: string | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly team_rank: number | null;
  readonly eligible: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly result: any;
  readonly total: string;
}

/** A run marked stale, with the scorecard key and version number it belongs to. */
export interface StaleRun extends SnapshotKey {
  readonly scorecard: string;
  readonly version: number;
}

/** Which agents a reader may see, already narrowed to a team when one was asked for. */
export interface ScoreFilter {
  readonly teamIds?: readonly number[];
  readonly agentId?: number;
}

/** The run's columns equal $1..$4, optionally of a table alias. */
const keyOn = (alias?: string): string => ['scorecard_version_id = $1', 'profile = $2', 'period_from = $3::date', 'period_to = $4::date']
  .map((c) => (alias ? `${alias}.${c}` : c)).join(' AND ');
const KEY = keyOn();
const keyParams = (key: SnapshotKey): unknown[] => [key.versionId, key.profile, key.from, key.to];
const CHUNK = 5000;

/**
 * The run's state (as `runState` reads it) and one page of its agents' rows (as `agentPage` reads them) in ONE
 * statement, so both come from the same snapshot of the database: the page is used only when the state says the
 * run is fresh. One prepared statement per filter shape; a single team is `=` (the planner then walks the team
 * index in rank order), several are `= ANY`.
 */
function statePageStatement(filter: ScoreFilter): { statement: PreparedStatement; values: unknown[] } {
  const values: unknown[] = [];
  const where: string[] = [];
  let shape = '';
  if (filter.teamIds?.length === 1) {
    where.push(`s.team_id = $${6 + values.push(filter.teamIds[0])}::integer`);
    shape += 't';
  } else if (filter.teamIds) {
    where.push(`s.team_id = ANY($${6 + values.push([...filter.teamIds])}::integer[])`);
    shape += 'T';
  }
  if (filter.agentId !== undefined) {
    where.push(`s.subject_key = $${6 + values.push(String(filter.agentId))}::text`);
    shape += 'a';
  }
  const statement = prepared(`scores_state_page_${shape || 'all'}`, `WITH marker AS (${ROSTER_FINGERPRINT_SQL}),
    page AS (
      SELECT s.id, s.rank, a.external_id, count(*) OVER () AS total
        FROM score_snapshots s JOIN agents a ON a.id = (CASE WHEN s.subject_kind = 'agent' THEN s.subject_key::integer END)
       WHERE ${keyOn('s')} AND s.subject_kind = 'agent'${where.map((w) => ` AND ${w}`).join('')}
       ORDER BY s.rank NULLS LAST, a.external_id COLLATE "C"
       LIMIT $5 OFFSET $6)
    SELECT (NOT r.stale AND o.computed_at = r.computed_at) AS complete, o.result AS organisation, marker.fingerprint,
           to_char(o.computed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS computed_at,
           (SELECT coalesce(json_agg(json_build_object('subject_key', s.subject_key, 'name', a.name, 'external_id', a.external_id,
                     'team_id', s.team_id, 'team_name', t.name, 'score', s.score, 'rank', s.rank, 'team_rank', s.team_rank,
                     'eligible', s.eligible, 'result', s.result, 'total', page.total)
                   ORDER BY page.rank NULLS LAST, page.external_id COLLATE "C"), '[]'::json)
              FROM page JOIN score_snapshots s ON s.id = page.id JOIN agents a ON a.external_id = page.external_id
              LEFT JOIN teams t ON t.id = s.team_id) AS page
      FROM marker
      LEFT JOIN snapshot_runs r ON ${keyOn('r')}
      LEFT JOIN score_snapshots o ON ${keyOn('o')} AND o.subject_kind = 'organisation' AND o.subject_key = ''`);
  return { statement, values };
}

interface StateRow {
  readonly complete: boolean | null;
  readonly organisation: Record<string, unknown> | null;
  readonly fingerprint: string;
  readonly computed_at: string | null;
}

const stateOf = (row: StateRow): RunState => ({
  complete: row.complete === true, storedFingerprint: (row.organisation?.fingerprint as string | undefined) ?? null,
  fingerprint: row.fingerprint, organisation: row.organisation, computedAt: row.computed_at,
});

@Injectable()
export class SnapshotsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The run's state and its organisation row, with the roster marker as it is now, in one round trip. */
  async runState(key: SnapshotKey, db: Db = this.db): Promise<RunState> {
    const text = `WITH marker AS (${ROSTER_FINGERPRINT_SQL})
       SELECT (NOT r.stale AND o.computed_at = r.computed_at) AS complete, o.result AS organisation, marker.fingerprint,
              to_char(o.computed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS computed_at
         FROM marker
         LEFT JOIN snapshot_runs r ON ${keyOn('r')}
         LEFT JOIN score_snapshots o ON ${keyOn('o')} AND o.subject_kind = 'organisation' AND o.subject_key = ''`;
    // on the pool (every cached read of scores asks it) a prepared statement; on a refresh's own connection plain
    const rows: StateRow[] = db === this.db ? await preparedRows(this.db, prepared('scores_run_state', text), keyParams(key)) : await db.query(text, keyParams(key));
    return stateOf(rows[0]);
  }

  /** `runState` and `agentPage` in one statement (statePageStatement); the page only counts when the run is fresh. */
  async statePage(key: SnapshotKey, filter: ScoreFilter, limit: number, offset: number): Promise<{ state: RunState; rows: StoredScore[] }> {
    const { statement, values } = statePageStatement(filter);
    const [row] = await preparedRows<StateRow & { page: StoredScore[] }>(this.db, statement, [...keyParams(key), limit, offset, ...values]);
    return { state: stateOf(row), rows: row.page };
  }

  /**
   * Starts a generation: the run is fresh from now on unless something marks it stale. Returns its exact time
   * (to store with the rows) and the same as ISO text (as readers are shown it).
   */
  async beginGeneration(db: Db, key: SnapshotKey): Promise<{ generation: string; computedAt: string }> {
    const rows: { generation: string; computed_at: string }[] = await db.query(
      `INSERT INTO snapshot_runs (scorecard_version_id, profile, period_from, period_to, computed_at, stale)
       VALUES ($1, $2, $3::date, $4::date, clock_timestamp(), false)
       ON CONFLICT ON CONSTRAINT snapshot_runs_period_key DO UPDATE SET computed_at = clock_timestamp(), stale = false
       RETURNING computed_at::text AS generation, to_char(computed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS computed_at`,
    keyParams(key));
    return { generation: rows[0].generation, computedAt: rows[0].computed_at };
  }

  /** Waits until every transaction writing records has ended, so a snapshot taken next sees them all. */
  async waitForRecordWriters(db: Db): Promise<void> {
    await db.query('BEGIN');
    try {
      await db.query('LOCK TABLE interactions IN SHARE MODE');
    } finally {
      await db.query('COMMIT');
    }
  }

  /**
   * Keeps the planner's statistics of score_snapshots current after a large write (autovacuum would, a minute
   * later): with statistics of an emptier table it reads a run's organisation row through the team index.
   * Only the columns queries filter on; never the results. `written` is the rows this write deleted and inserted:
   * the table's statistics counters lag (a backend reports them at most once a second, so right after its commit
   * they often miss the write just made, and ANALYZE was skipped), so they count only for other writes.
   */
  async analyzeIfChanged(db: Db, written: number): Promise<boolean> {
    const rows: { stale: boolean }[] = await db.query(`SELECT coalesce(s.n_mod_since_analyze, 0) + $1 > 1000 + greatest(c.reltuples, 0) / 5 AS stale
      FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = 'score_snapshots'::regclass`, [written]);
    const stale = rows[0]?.stale !== false;
    if (stale) {
      await db.query('ANALYZE score_snapshots (scorecard_version_id, profile, period_from, period_to, subject_kind, subject_key, team_id, rank)');
    }
    return stale;
  }

  /** Replaces the rows of a run with one generation, in one transaction; returns how many rows it deleted. */
  async replaceRows(db: Db, key: SnapshotKey, generation: string, rows: readonly SnapshotRow[]): Promise<number> {
    await db.query('BEGIN');
    try {
      const deleted: { n: number }[] = await db.query(`WITH gone AS (DELETE FROM score_snapshots WHERE ${KEY} RETURNING 1)
        SELECT count(*)::int AS n FROM gone`, keyParams(key));
      for (let at = 0; at < rows.length; at += CHUNK) await this.insert(db, key, generation, rows.slice(at, at + CHUNK));
      await db.query('COMMIT');
      return deleted[0].n;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** One JSON document for the chunk: parsed once by the server (a text[] of JSON would be escaped element by element). */
  private insert(db: Db, key: SnapshotKey, generation: string, rows: readonly SnapshotRow[]): Promise<unknown> {
    const json = JSON.stringify(rows.map((r) => [r.kind, r.subjectKey, r.teamId, r.score, r.rank, r.teamRank, r.eligible, r.result]));
    return db.query(`INSERT INTO score_snapshots (scorecard_version_id, profile, period_from, period_to, subject_kind, subject_key,
        team_id, score, rank, team_rank, eligible, result, computed_at)
      SELECT $1, $2, $3::date, $4::date, x->>0, x->>1, (x->>2)::int, (x->>3)::float8, (x->>4)::int, (x->>5)::int, (x->>6)::boolean,
             x->7, $5::timestamptz
        FROM jsonb_array_elements($6::jsonb) AS x`, [...keyParams(key), generation, json]);
  }

  /**
   * One page of agents' rows by rank (unranked last, then by external id, as the engine orders them), with the
   * count of all that match. The page is chosen on the narrow columns first; only its rows' results are read.
   */
  agentPage(key: SnapshotKey, filter: ScoreFilter, limit: number, offset: number): Promise<StoredScore[]> {
    const params: unknown[] = [...keyParams(key), limit, offset];
    const where: string[] = [];
    if (filter.teamIds) where.push(`s.team_id = ANY($${params.push([...filter.teamIds])}::int[])`);
    if (filter.agentId !== undefined) where.push(`s.subject_key = $${params.push(String(filter.agentId))}`);
    return this.db.query(`WITH page AS (
        SELECT s.id, s.rank, a.external_id, count(*) OVER () AS total
          FROM score_snapshots s JOIN agents a ON a.id = (CASE WHEN s.subject_kind = 'agent' THEN s.subject_key::integer END)
         WHERE ${keyOn('s')} AND s.subject_kind = 'agent'${where.map((w) => ` AND ${w}`).join('')}
         ORDER BY s.rank NULLS LAST, a.external_id COLLATE "C"
         LIMIT $5 OFFSET $6)
      SELECT s.subject_key, a.name, a.external_id, s.team_id, t.name AS team_name, s.score, s.rank, s.team_rank, s.eligible,
             s.result, page.total
        FROM page JOIN score_snapshots s ON s.id = page.id JOIN agents a ON a.external_id = page.external_id
        LEFT JOIN teams t ON t.id = s.team_id
       ORDER BY page.rank NULLS LAST, page.external_id COLLATE "C"`, params);
  }

  /** How many agents' rows match, for a page past the end. */
  async agentCount(key: SnapshotKey, filter: ScoreFilter): Promise<number> {
    const params: unknown[] = keyParams(key);
    const where: string[] = [];
    if (filter.teamIds) where.push(`team_id = ANY($${params.push([...filter.teamIds])}::int[])`);
    if (filter.agentId !== undefined) where.push(`subject_key = $${params.push(String(filter.agentId))}`);
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM score_snapshots
      WHERE ${KEY} AND subject_kind = 'agent'${where.map((w) => ` AND ${w}`).join('')}`, params);
    return rows[0].n;
  }

  /** The teams' rows (and the organisation's, subject key ''), by team name. */
  teamRows(key: SnapshotKey, teamIds: readonly number[] | undefined): Promise<StoredScore[]> {
    const params: unknown[] = keyParams(key);
    const only = teamIds ? ` AND s.team_id = ANY($${params.push([...teamIds])}::int[])` : '';
    return this.db.query(`SELECT s.subject_key, t.name, NULL AS external_id, s.team_id, t.name AS team_name, s.score, s.rank,
        s.team_rank, s.eligible, s.result, 0 AS total
       FROM score_snapshots s JOIN teams t ON t.id = s.team_id
      WHERE ${keyOn('s')} AND s.subject_kind = 'team'${only}
      ORDER BY s.rank NULLS LAST, t.name COLLATE "C"`, params);
  }

  /** Group rows (scorecards with `subject group`), optionally only some groups, by rank then name. */
  groupRows(key: SnapshotKey, groupIds: readonly number[] | undefined): Promise<StoredScore[]> {
    const params: unknown[] = keyParams(key);
    const only = groupIds ? ` AND g.id = ANY($${params.push([...groupIds])}::int[])` : '';
    return this.db.query(`SELECT s.subject_key, g.name, g.kind AS external_id, NULL::int AS team_id, NULL AS team_name, s.score, s.rank,
        s.team_rank, s.eligible, s.result, 0 AS total
       FROM score_snapshots s JOIN groups g ON g.id::text = s.subject_key
      WHERE ${keyOn('s')} AND s.subject_kind = 'group'${only}
      ORDER BY s.rank NULLS LAST, g.name COLLATE "C"`, params);
  }

  /** Stale runs of stored (published or retired) versions whose period overlaps the days, most recent periods first. */
  staleRuns(fromDay: string, toDay: string, limit: number): Promise<StaleRun[]> {
    return this.db.query(`SELECT s.key AS scorecard, v.version, r.scorecard_version_id AS "versionId", r.profile,
        to_char(r.period_from, 'YYYY-MM-DD') AS "from", to_char(r.period_to, 'YYYY-MM-DD') AS "to"
       FROM snapshot_runs r JOIN scorecard_versions v ON v.id = r.scorecard_version_id JOIN scorecards s ON s.id = v.scorecard_id
      WHERE r.stale AND v.status <> 'draft' AND r.period_from <= $2::date AND r.period_to >= $1::date
      ORDER BY r.period_to DESC, r.id LIMIT $3`, [fromDay, toDay, limit]);
  }
}
