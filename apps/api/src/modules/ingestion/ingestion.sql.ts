import { FLAG_FIELDS, SCORE_FIELDS, SECONDS_FIELDS, TEXT_FIELDS, VALUE_FIELDS } from './staging-row';

// The SQL of one ingest: a temporary staging table filled by COPY, then the merge into `interactions` (a plain
// INSERT when every record is new; else an UPDATE of the changed records and an INSERT of the new ones). Kept apart
// from the repository so the statements can be read as a whole.

export type Source = 'ingest_staging' | 'ingest_unique';

/**
 * Dropped at commit; a rolled-back request never created it. Columns a request does not send take their default:
 * the request's source (an escaped literal), no team given, no custom fields.
 */
export function createStagingSql(sourceLiteral: string): string {
  return `CREATE TEMP TABLE ingest_staging (
    line integer NOT NULL,
    source text NOT NULL DEFAULT ${sourceLiteral},
    external_id text NOT NULL,
    agent_id integer NOT NULL,
    team_id integer,
    team_given boolean NOT NULL DEFAULT false,
    ${TEXT_FIELDS.map((c) => `${c} text`).join(', ')},
    occurred_s double precision NOT NULL,
    ${SECONDS_FIELDS.map((c) => `${c} double precision`).join(', ')},
    ${FLAG_FIELDS.map((c) => `${c} boolean`).join(', ')},
    ${SCORE_FIELDS.map((c) => `${c} double precision`).join(', ')},
    custom jsonb NOT NULL DEFAULT '{}',
    record_version_s double precision,
    own boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`;
}

export function copyStagingSql(columns: readonly string[]): string {
  return `COPY ingest_staging (${columns.join(', ')}) FROM STDIN`;
}

/** Records new for certain, straight into interactions (direct-rows.ts). */
export function copyDirectSql(columns: readonly string[]): string {
  return `COPY interactions (${columns.join(', ')}) FROM STDIN (FORMAT binary)`;
}

/** A source's greatest key (bytewise: the column is COLLATE "C"), read backwards off the unique index. */
export const MAX_EXTERNAL_ID = 'SELECT max(external_id) AS max FROM interactions WHERE source = $1';

/** Rows this transaction wrote: their xmin is its own id (the direct inserts run outside any savepoint). */
const OWN_ROW = "i.xmin = (pg_current_xact_id()::text::bigint % 4294967296)::text::xid";

/**
 * Staged records this request already inserted directly (an earlier line of the same record, see direct-rows.ts):
 * those are repeats within the request, merged by the same rule as repeats within the staging table.
 */
export function markOwnSql(from: Source): string {
  return `UPDATE ${from} s SET own = true FROM interactions i
     WHERE i.source = s.source AND i.external_id = s.external_id AND ${OWN_ROW}`;
}

/**
 * When one request carries the same (source, external_id) more than once, only one of them may be merged: the
 * newest version, and among equals the later line.
 */
export const CREATE_UNIQUE_STAGING = `CREATE TEMP TABLE ingest_unique ON COMMIT DROP AS
  SELECT DISTINCT ON (source, external_id) * FROM ingest_staging
   ORDER BY source, external_id, record_version_s DESC NULLS LAST, line DESC`;

const STORED = ['source', 'external_id', 'agent_id', 'team_id', ...VALUE_FIELDS, 'occurred_at', 'custom', 'record_version'];
const SELECTED = ['source', 'external_id', 'agent_id', 'team_id', ...VALUE_FIELDS.map((c) => (c === 'kind' ? `coalesce(kind, 'interaction')` : c)),
  'to_timestamp(occurred_s)', 'custom', 'to_timestamp(record_version_s)'];

/** Whether any staged record is stored already; stops at the first one found. */
export const ANY_STORED = `SELECT EXISTS (
    SELECT 1 FROM ingest_staging s
     WHERE EXISTS (SELECT 1 FROM interactions i WHERE i.source = s.source AND i.external_id = s.external_id)
  ) AS found`;

/**
 * The common case, every record new: a plain INSERT, without the per-row conflict handling of an upsert. A record
 * stored meanwhile or repeated in the request fails it (unique violation) and the caller merges instead.
 */
export const INSERT_ALL = `INSERT INTO interactions (${STORED.join(', ')})
  SELECT ${SELECTED.join(', ')} FROM ingest_staging`;

/** The time range of the staged records (what INSERT_ALL stored). */
export const STAGED_RANGE = `SELECT to_timestamp(min(occurred_s)) AS first_at, to_timestamp(max(occurred_s)) AS last_at FROM ingest_staging`;

/** Whether the request holds a record more than once. */
export const HAS_DUPLICATES = `SELECT EXISTS (
    SELECT 1 FROM ingest_staging GROUP BY source, external_id HAVING count(*) > 1
  ) AS found`;

/** What a staged row `s` makes of the stored row `i`, column by column (the team at the time kept, see below). */
function incoming(): Record<string, string> {
  const values: Record<string, string> = {
    agent_id: 's.agent_id',
    // a team derived from the agent never replaces the stored team unless the record moved to another agent
    team_id: 'CASE WHEN s.team_given OR i.agent_id <> s.agent_id THEN s.team_id ELSE i.team_id END',
  };
  for (const c of VALUE_FIELDS) values[c] = c === 'kind' ? `coalesce(s.kind, 'interaction')` : `s.${c}`;
  values.occurred_at = 'to_timestamp(s.occurred_s)';
  values.custom = 's.custom';
  values.record_version = 'to_timestamp(s.record_version_s)';
  return values;
}

/**
 * Replaces stored records whose incoming row differs and is not an older version. Unchanged records are only
 * read, never locked or rewritten, so a replay costs a join. Returns one row: updated, and the earliest and latest
 * occurred_at touched, old values included (the statement's snapshot still shows the rows as they were).
 *
 * A row the request itself inserted (`own`) is an earlier line of the same record: as among staged repeats, the
 * newest version wins and, among equals, the later line (the staged one); it never counts as updated.
 */
export function updateChangedSql(from: Source): string {
  const values = incoming();
  const columns = Object.keys(values);
  return `WITH changed AS (
    UPDATE interactions i SET ${columns.map((c) => `${c} = ${values[c]}`).join(', ')}, updated_at = now()
      FROM ${from} s
     WHERE i.source = s.source AND i.external_id = s.external_id
       AND CASE WHEN s.own
         THEN i.record_version IS NULL OR (s.record_version_s IS NOT NULL AND to_timestamp(s.record_version_s) >= i.record_version)
         ELSE s.record_version_s IS NULL OR i.record_version IS NULL OR to_timestamp(s.record_version_s) >= i.record_version END
       AND (${columns.map((c) => `i.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => values[c]).join(', ')})
    RETURNING i.id, i.occurred_at, s.own
  )
  SELECT (count(*) FILTER (WHERE NOT c.own))::int AS updated,
         least(min(c.occurred_at), min(o.occurred_at)) AS first_at,
         greatest(max(c.occurred_at), max(o.occurred_at)) AS last_at
    FROM changed c JOIN interactions o ON o.id = c.id`;
}

/** Stores the staged records that are not stored yet. Returns one row: inserted, earliest and latest occurred_at. */
export function insertNewSql(from: Source): string {
  return `WITH added AS (
    INSERT INTO interactions (${STORED.join(', ')})
    SELECT ${SELECTED.join(', ')} FROM ${from} n
     WHERE NOT EXISTS (SELECT 1 FROM interactions i WHERE i.source = n.source AND i.external_id = n.external_id)
    RETURNING occurred_at
  )
  SELECT count(*)::int AS inserted, min(occurred_at) AS first_at, max(occurred_at) AS last_at FROM added`;
}

export const COUNT_STAGED = 'SELECT count(*)::int AS staged FROM ingest_staging';
export const COUNT_UNIQUE = 'SELECT count(*)::int AS staged FROM ingest_unique';

/** Score snapshots of periods overlapping the org-local days of [$1, $2] (instants) in zone $3 are out of date. */
export const MARK_STALE = `UPDATE snapshot_runs SET stale = true
   WHERE NOT stale
     AND period_from <= ($2::timestamptz AT TIME ZONE $3)::date
     AND period_to >= ($1::timestamptz AT TIME ZONE $3)::date`;

/** The org-local days of two instants, for the event. */
export const LOCAL_DAYS = `SELECT to_char($1::timestamptz AT TIME ZONE $3, 'YYYY-MM-DD') AS first_day,
                                  to_char($2::timestamptz AT TIME ZONE $3, 'YYYY-MM-DD') AS last_day`;
