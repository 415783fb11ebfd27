import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import {
  ANY_STORED, copyDirectSql, copyStagingSql, COUNT_STAGED, COUNT_UNIQUE, createStagingSql, CREATE_UNIQUE_STAGING, HAS_DUPLICATES,
  INSERT_ALL, insertNewSql, LOCAL_DAYS, markOwnSql, MARK_STALE, MAX_EXTERNAL_ID, STAGED_RANGE, updateChangedSql,
} from './ingestion.sql';

// Queries of an ingest. One request = one connection and one transaction: COPY into a temporary staging table while
// the body streams, then the merge and the snapshot bookkeeping, then COMMIT. Any failure before COMMIT (the client
// going away, a database error) rolls everything back, so a request is stored whole or not at all.

export interface MergeOutcome {
  staged: number;
  /** distinct (source, external_id) among the staged rows */
  distinct: number;
  /** of those, records this request had already inserted directly (repeats within the request) */
  own: number;
  inserted: number;
  updated: number;
  /** earliest and latest occurred_at the request touched (new and replaced values), null when nothing changed */
  firstAt: Date | null;
  lastAt: Date | null;
}

export interface StaleOutcome {
  runs: number;
  firstDay: string;
  lastDay: string;
}

/** A plain INSERT met a stored record (or the same one twice): the request needs the merge. */
const UNIQUE_VIOLATION = '23505';
/** What a record naming a deleted agent or team fails with (the SQLSTATE of a foreign key violation). */
const FOREIGN_KEY_VIOLATION = '23503';

type Counts = Omit<MergeOutcome, 'staged' | 'distinct' | 'own'>;

interface RangeRow {
  first_at: Date | null;
  last_at: Date | null;
}

const earliest = (a: Date | null, b: Date | null): Date | null => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a: Date | null, b: Date | null): Date | null => (a && b ? (a > b ? a : b) : (a ?? b));

export class IngestTransaction {
  constructor(private readonly client: PoolClient) {}

  /** The staging table; records that name no source get `source`. */
  async createStaging(source: string): Promise<void> {
    await this.client.query(createStagingSql(this.client.escapeLiteral(source)));
  }

  /** Streams COPY text of `columns` into the staging table; rejects (and the COPY is abandoned) when `text` fails. */
  async copy(text: AsyncIterable<string>, columns: readonly string[]): Promise<void> {
    await pipeline(Readable.from(text, { objectMode: false }), this.client.query(copyFrom(copyStagingSql(columns))));
  }

  /**
   * Locks the agents and teams the records refer to until COMMIT (FOR KEY SHARE, as a foreign key check would),
   * so none of them can be deleted before the records are stored; after that the delete guards refuse it. One
   * that is gone already (deleted since it was looked up) fails the request with SQLSTATE 23503, as the foreign
   * key did: nothing is stored and the request can be sent again.
   */
  async lockReferences(agentIds: ReadonlySet<number>, teamIds: ReadonlySet<number>): Promise<void> {
    for (const [table, ids] of [['agents', agentIds], ['teams', teamIds]] as const) {
      if (ids.size === 0) continue;
      const { rows } = await this.client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} WHERE id = ANY($1::int[]) FOR KEY SHARE) AS locked`, [[...ids]]);
      if (rows[0].n !== ids.size) {
        throw Object.assign(new Error(`${ids.size - rows[0].n} of the ${table} the records name were deleted meanwhile`), { code: FOREIGN_KEY_VIOLATION });
      }
    }
  }

  /** Binary COPY data (direct-rows.ts) straight into interactions. */
  async copyDirect(data: Buffer, columns: readonly string[]): Promise<void> {
    await pipeline(Readable.from([data], { objectMode: false }), this.client.query(copyFrom(copyDirectSql(columns))));
  }

  /** The greatest external id stored for a source (bytewise), or null when it has none. */
  async maxExternalId(source: string): Promise<string | null> {
    return (await this.client.query<{ max: string | null }>(MAX_EXTERNAL_ID, [source])).rows[0].max;
  }

  /** Merges the staging table; `direct`: whether this request inserted records directly before staging the rest. */
  async merge(direct: boolean): Promise<MergeOutcome> {
    const staged = await this.count(COUNT_STAGED);
    if (staged === 0) return { staged, distinct: 0, own: 0, inserted: 0, updated: 0, firstAt: null, lastAt: null };
    const inserted = await this.insertIfAllNew();
    if (inserted) return { staged, distinct: staged, own: 0, ...inserted };
    // the same record twice in one request is rare: only then are the staged rows sorted to keep one of each
    const duplicated = (await this.client.query<{ found: boolean }>(HAS_DUPLICATES)).rows[0].found;
    if (duplicated) await this.client.query(CREATE_UNIQUE_STAGING);
    const from = duplicated ? 'ingest_unique' : 'ingest_staging';
    const distinct = duplicated ? await this.count(COUNT_UNIQUE) : staged;
    // row estimates for the joins with interactions (temporary tables are never analysed automatically)
    await this.client.query(`ANALYZE ${from}`);
    const own = direct ? ((await this.client.query(markOwnSql(from))).rowCount ?? 0) : 0;
    const changed = (await this.client.query<RangeRow & { updated: number }>(updateChangedSql(from))).rows[0];
    const added = (await this.client.query<RangeRow & { inserted: number }>(insertNewSql(from))).rows[0];
    return {
      staged, distinct, own, inserted: added.inserted, updated: changed.updated,
      firstAt: earliest(changed.first_at, added.first_at), lastAt: latest(changed.last_at, added.last_at),
    };
  }

  async markStale(firstAt: Date, lastAt: Date, zone: string): Promise<StaleOutcome> {
    const updated = await this.client.query(MARK_STALE, [firstAt, lastAt, zone]);
    const days = await this.client.query<{ first_day: string; last_day: string }>(LOCAL_DAYS, [firstAt, lastAt, zone]);
    return { runs: updated.rowCount ?? 0, firstDay: days.rows[0].first_day, lastDay: days.rows[0].last_day };
  }

  /** The fast path when no staged record is stored yet; undefined when the merge is needed after all. */
  private async insertIfAllNew(): Promise<Counts | undefined> {
    if ((await this.client.query<{ found: boolean }>(ANY_STORED)).rows[0].found) return undefined;
    await this.client.query('SAVEPOINT ingest_insert');
    try {
      const inserted = (await this.client.query(INSERT_ALL)).rowCount ?? 0;
      const range = (await this.client.query<{ first_at: Date; last_at: Date }>(STAGED_RANGE)).rows[0];
      return { inserted, updated: 0, firstAt: range.first_at, lastAt: range.last_at };
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await this.client.query('ROLLBACK TO SAVEPOINT ingest_insert');
      return undefined;
    }
  }

  private async count(sql: string): Promise<number> {
    return (await this.client.query<{ staged: number }>(sql)).rows[0].staged;
  }
}

@Injectable()
export class IngestionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Runs `work` in a transaction on a connection of its own. Rolls back when `work` throws; a connection whose
   * rollback fails is discarded instead of going back to the pool.
   */
  async transaction<T>(work: (tx: IngestTransaction) => Promise<T>): Promise<T> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(new IngestTransaction(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: unknown) => {
        broken = rollback instanceof Error ? rollback : new Error(String(rollback));
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async teamsByName(names: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: number; name: string }[] = await this.db.query('SELECT id, name FROM teams WHERE name = ANY($1::text[])', [names]);
    return new Map(rows.map((row) => [row.name, row.id]));
  }

  async hasRecords(): Promise<boolean> {
    const rows: { found: boolean }[] = await this.db.query('SELECT EXISTS (SELECT 1 FROM interactions) AS found');
    return rows[0].found;
  }
}
