import { z } from 'zod';
import { IngestionErrorCode, IngestionException, badIngestRequest } from './ingestion.exception';
import { mapSyntax } from './record-plan';

// What a POST /api/ingest/interactions asks for, read from its headers and query string:
//   content-type  text/csv | application/x-ndjson (also application/ndjson, application/jsonl), charset utf-8 only
//   content-encoding  identity | gzip
//   ?source=NAME        the source of records that carry none (default "api")
//   ?mapping=NAME       a saved column mapping;  ?map=field:Column,field:Column  maps of this request (win over it)

export type BodyFormat = 'csv' | 'ndjson';

export interface IngestOptions {
  readonly format: BodyFormat;
  readonly gzip: boolean;
  readonly source: string;
  readonly mappingName: string | null;
  /** field → column given with ?map= */
  readonly maps: ReadonlyMap<string, string>;
}

export const DEFAULT_SOURCE = 'api';

const FORMATS: Readonly<Record<string, BodyFormat>> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/x-jsonlines': 'ndjson',
};

export const SourceSchema = z.string().trim().min(1, 'the source cannot be empty').max(200, 'at most 200 characters')
  .regex(/^[^\p{Cc}]*$/u, 'control characters are not allowed');

const QuerySchema = z.object({
  source: SourceSchema.optional(),
  mapping: z.string().trim().min(1).max(200).optional(),
  map: z.union([z.string(), z.array(z.string())]).optional(),
});

export interface IngestHeaders {
  readonly contentType?: string;
  readonly contentEncoding?: string;
}

export function ingestOptions(headers: IngestHeaders, query: unknown): IngestOptions {
  const parsed = QuerySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw badIngestRequest(`?${first.path.join('.')}: ${first.message}`, { parameter: first.path.join('.') });
  }
  const q = parsed.data;
  return {
    format: formatOf(headers.contentType),
    gzip: gzipOf(headers.contentEncoding),
    source: q.source ?? DEFAULT_SOURCE,
    mappingName: q.mapping ?? null,
    maps: parseMaps(q.map === undefined ? [] : Array.isArray(q.map) ? q.map : [q.map]),
  };
}

function formatOf(contentType: string | undefined): BodyFormat {
  const [type = '', ...params] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const format = FORMATS[type];
  if (!format) {
    throw new IngestionException(IngestionErrorCode.UnsupportedMediaType,
      `send the records as text/csv or application/x-ndjson (got ${type === '' ? 'no content-type' : JSON.stringify(type)})`);
  }
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new IngestionException(IngestionErrorCode.UnsupportedMediaType, `the records must be UTF-8 (got charset ${charset})`);
  }
  return format;
}

function gzipOf(encoding: string | undefined): boolean {
  const value = (encoding ?? 'identity').trim().toLowerCase();
  if (value === 'identity' || value === '') return false;
  if (value === 'gzip' || value === 'x-gzip') return true;
  throw new IngestionException(IngestionErrorCode.UnsupportedMediaType, `content-encoding ${value} is not supported: send identity or gzip`);
}

/** `field:Column` pairs, comma-separated and/or repeated; the column is everything after the first colon. */
export function parseMaps(values: readonly string[]): Map<string, string> {
  const maps = new Map<string, string>();
  for (const value of values) {
    for (const pair of value.split(',')) {
      if (pair.trim() === '') continue;
      const colon = pair.indexOf(':');
      const field = colon < 0 ? '' : pair.slice(0, colon).trim();
      const column = colon < 0 ? '' : pair.slice(colon + 1).trim();
      if (field === '' || column === '') throw badIngestRequest(`?map: write each map as ${mapSyntax('field', 'Column')} (got ${JSON.stringify(pair)})`);
      if (maps.has(field)) throw badIngestRequest(`?map: ${field} is mapped twice`);
      maps.set(field, column);
    }
  }
  return maps;
}
