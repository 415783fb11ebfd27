import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Injectable, Logger } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { DomainException } from '../../common/domain.exception';
import { assertCan } from '../auth/access.policy';
import { ColumnMappingsService } from './column-mappings.service';
import { IngestionErrorCode, IngestionException, badIngestRequest } from './ingestion.exception';
import { IngestionEvents } from './ingestion.events';
import { IngestionRepository, type MergeOutcome, type StaleOutcome } from './ingestion.repository';
import { bodyText, csvItems, ndjsonItems, objectItems, type ColumnReport, type MappedChunks } from './ingest-items';
import { DEFAULT_SOURCE, ingestOptions, SourceSchema, type IngestHeaders } from './ingest-options';
import type { IngestReport } from './ingest-report';
import { IngestRun, MAX_LISTED, stagingText } from './ingest-run';
import { storeDirect } from './ingest-batches';
import { DirectEncoder, NewKeys } from './direct-rows';
import { StagingEncoder } from './staging-row';
import { IngestSetup, type IngestSetupResult } from './ingest-setup';
import { wireRecordOf, type InteractionInput } from './interaction.input';
import type { RecordPlan } from './record-plan';

// Ingestion: access first, then the organisation's setup, then one transaction that stores the records: batches
// new for certain straight into interactions (ingest-batches.ts), the rest through staging and the merge. A request is all or nothing: the response is sent only after COMMIT, so a response
// received means the records are stored, and a request that failed or was cut off stored nothing (send it again:
// replaying is idempotent).

/** Records per `ingestInteractions` call; larger loads go through the streaming endpoint. */
export const GRAPHQL_BATCH_LIMIT = 1_000;
/** Streaming ingests at once: each holds a connection and a transaction while its body arrives. */
export const MAX_CONCURRENT_STREAMS = 2;

/** Database errors a concurrent change causes: the request is undone and can simply be sent again. */
const RETRYABLE = new Set(['23503', '23505', '40001', '40P01']);

@Injectable()
export class IngestionService {
  private readonly logger = new Logger('Ingestion');
  private streaming = 0;

  constructor(
    private readonly repository: IngestionRepository,
    private readonly setup: IngestSetup,
    private readonly mappings: ColumnMappingsService,
    private readonly events: IngestionEvents,
  ) {}

  /** Streams a CSV or NDJSON body; `headers` and `query` are the request's (see ingestOptions). */
  async ingestBody(
    caller: Caller, body: NodeJS.ReadableStream & AsyncIterable<Buffer>, headers: IngestHeaders, query: unknown,
  ): Promise<IngestReport> {
    assertCan(caller, 'records:ingest');
    const options = ingestOptions(headers, query);
    if (this.streaming >= MAX_CONCURRENT_STREAMS) {
      throw new IngestionException(IngestionErrorCode.Busy, `${MAX_CONCURRENT_STREAMS} ingests are already streaming: retry in a moment`);
    }
    this.streaming += 1;
    try {
      const saved = options.mappingName === null ? new Map<string, string>() : await this.mappings.mapsFor(options.mappingName, options.format);
      const setup = await this.setup.prepare(new Map([...saved, ...options.maps]));
      const text = bodyText(options.gzip ? gunzipped(body) : body);
      const read = options.format === 'csv' ? csvItems : ndjsonItems;
      return await this.run(setup, options.source, (plan, report) => read(text, plan, report));
    } catch (error) {
      throw translate(error);
    } finally {
      this.streaming -= 1;
    }
  }

  /** A small batch from GraphQL: validated by the shared record schema, then the same path as a body. */
  async ingestRecords(caller: Caller, records: readonly InteractionInput[], source?: string | null): Promise<IngestReport> {
    assertCan(caller, 'records:ingest');
    if (records.length > GRAPHQL_BATCH_LIMIT) {
      throw badIngestRequest(`send at most ${GRAPHQL_BATCH_LIMIT} records per call (got ${records.length}); ` +
        'larger loads go to POST /api/ingest/interactions', { limit: GRAPHQL_BATCH_LIMIT });
    }
    const checked = SourceSchema.safeParse(source ?? DEFAULT_SOURCE);
    if (!checked.success) throw badIngestRequest(`source: ${checked.error.issues[0].message}`, { field: 'source' });
    try {
      const setup = await this.setup.prepare(new Map());
      const objects = records.map((record) => wireRecordOf(record, setup.customFields));
      return await this.run(setup, checked.data, (plan, report) => objectItems(objects, plan, report));
    } catch (error) {
      throw translate(error);
    }
  }

  private async run(
    setup: IngestSetupResult, source: string, items: (plan: RecordPlan, report: ColumnReport) => MappedChunks,
  ): Promise<IngestReport> {
    const columns: ColumnReport = { columns: [], ignored: [], fields: null };
    const run = new IngestRun(setup.directory);
    const started = Date.now();
    let phases = '';
    const { direct, merge, stale } = await this.repository.transaction(async (tx) => {
      // the first chunk reads a CSV's header: only then is it known which columns the records carry
      const chunks = items(setup.plan, columns);
      const first = await chunks.next();
      const fields = columns.fields ?? new Set(setup.plan.mapping.fields.map((field) => field.name));
      const encoder = new StagingEncoder(fields, setup.plan.custom, source);
      const records = run.validated(resume(first, chunks), encoder);
      const stored = await storeDirect(tx, records, new DirectEncoder(fields, setup.plan.custom, source),
        new NewKeys((s) => tx.maxExternalId(s)));
      const directDone = Date.now();
      if (stored.rest) {
        await tx.createStaging(source);
        await tx.copy(stagingText(stored.rest, encoder), encoder.columns);
      }
      const streamed = Date.now();
      await tx.lockReferences(run.agentIds, run.teamIds);
      const merged = stored.rest ? await tx.merge(stored.inserted > 0) : NOTHING_MERGED;
      const firstAt = earliest(merged.firstAt, stored.firstMs);
      const lastAt = latest(merged.lastAt, stored.lastMs);
      const marked = firstAt && lastAt ? await tx.markStale(firstAt, lastAt, setup.zone) : null;
      phases = `direct ${directDone - started} ms, staging ${streamed - directDone} ms, merge ${Date.now() - streamed} ms`;
      return { direct: stored, merge: { ...merged, firstAt, lastAt }, stale: marked };
    });
    const inserted = direct.inserted + merge.inserted;
    this.logger.log(`source ${source}: ${run.received} rows received, ${inserted} inserted (${direct.inserted} directly), ` +
      `${merge.updated} updated, ${run.rejections.count} rejected in ${Date.now() - started} ms (${phases})`);
    if (stale && merge.firstAt && merge.lastAt) {
      // after COMMIT and not awaited: listeners (snapshot refresh) never hold up or fail the ingest
      void this.events.emitIngested({
        from: merge.firstAt, to: merge.lastAt, fromDay: stale.firstDay, toDay: stale.lastDay,
        inserted, updated: merge.updated, staleRuns: stale.runs,
      });
    }
    return reportOf(source, run, direct.inserted, merge, stale, columns);
  }
}

const NOTHING_MERGED: MergeOutcome = { staged: 0, distinct: 0, own: 0, inserted: 0, updated: 0, firstAt: null, lastAt: null };

const earliest = (a: Date | null, ms: number | null): Date | null => (ms === null ? a : a && a.getTime() <= ms ? a : new Date(ms));
const latest = (a: Date | null, ms: number | null): Date | null => (ms === null ? a : a && a.getTime() >= ms ? a : new Date(ms));

function reportOf(
  source: string, run: IngestRun, direct: number, merge: MergeOutcome, stale: StaleOutcome | null, columns: ColumnReport,
): IngestReport {
  return {
    source,
    received: run.received,
    inserted: direct + merge.inserted,
    updated: merge.updated,
    unchanged: merge.distinct - merge.own - merge.inserted - merge.updated,
    duplicates: merge.staged - merge.distinct + merge.own,
    rejected: run.rejections.count,
    rejections: run.rejections.listed,
    rejectionsTruncated: run.rejections.count > MAX_LISTED,
    staleSnapshotRuns: stale?.runs ?? 0,
    firstOccurredAt: merge.firstAt?.toISOString() ?? null,
    lastOccurredAt: merge.lastAt?.toISOString() ?? null,
    columns: columns.columns,
    ignoredColumns: columns.ignored,
  };
}

/** The chunks of a generator whose first chunk was already taken. */
async function* resume<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}

function gunzipped(body: NodeJS.ReadableStream): AsyncIterable<Buffer> {
  const gunzip = createGunzip();
  // errors of either side end up on `gunzip`, whose reader sees them
  pipeline(body, gunzip, () => undefined);
  return gunzip;
}

/** Errors of the body or the database in the words of the API; domain errors pass unchanged. */
function translate(error: unknown): unknown {
  if (error instanceof DomainException) return error;
  const code = (error as { code?: string }).code;
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (error as Error).message === 'aborted') {
    return new IngestionException(IngestionErrorCode.Aborted, 'the request body ended early: nothing of it was stored');
  }
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return badIngestRequest('the body is not valid gzip: nothing was stored');
  if (code !== undefined && RETRYABLE.has(code)) {
    return new IngestionException(IngestionErrorCode.Conflict,
      'a concurrent change (an agent deleted, another ingest of the same records) undid this request: nothing was stored, send it again');
  }
  return error;
}
