import type { IngestReport } from '@yardstick/contracts';
import { inLanguage } from '../i18n/locale';

// POST /api/ingest/interactions from the browser (docs/service.md, Ingestion): a CSV body, the logged-in
// admin's bearer token, the source and column maps in the query. Answers are the api's report or its error.

// The report's shape is the api's own (libs/contracts), imported as a type only: nothing of it is bundled.
export type { IngestRejection as Rejection, IngestReport } from '@yardstick/contracts';

export type IngestOutcome =
  | { ok: true; report: IngestReport }
  | { ok: false; status: number; code: string; message: string; messageZh?: string };

export const INGEST_PATH = '/api/ingest/interactions';

/** The api's answer read into a report or an error, whatever came back (HTML from a proxy, nothing at all…). */
export function readIngestAnswer(status: number, body: unknown): IngestOutcome {
  const value = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (status >= 200 && status < 300 && typeof value.received === 'number' && Array.isArray(value.rejections)) {
    return { ok: true, report: value as unknown as IngestReport };
  }
  const error = (typeof value.error === 'object' && value.error !== null ? value.error : value) as Record<string, unknown>;
  const code = typeof error.code === 'string' ? error.code
    : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`;
  const message = typeof error.message === 'string' ? error.message : `the api answered HTTP ${status}`;
  return typeof error.messageZh === 'string' ? { ok: false, status, code, message, messageZh: error.messageZh } : { ok: false, status, code, message };
}

export interface PostRecordsOptions {
  body: Blob;
  /** `source=…&map=…` */
  query: string;
  token: string | null;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export async function postRecords(options: PostRecordsOptions): Promise<IngestOutcome> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { 'content-type': 'text/csv; charset=utf-8', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await doFetch(`${INGEST_PATH}${options.query ? `?${options.query}` : ''}`, {
      method: 'POST', headers, body: options.body, signal: options.signal,
    });
  } catch (error) {
    if ((error as Error | undefined)?.name === 'AbortError') throw error;
    return { ok: false, status: 0, code: 'NETWORK_ERROR', message: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => null);
  return readIngestAnswer(response.status, body);
}

/** The rejected rows as a CSV report people can fix the file from: line, field, reason (in the console's language). */
export function rejectionRows(report: IngestReport, headings: { line: string; field: string; reason: string }, locale = 'en'): string[][] {
  return [[headings.line, headings.field, headings.reason],
    ...report.rejections.map((r) => [String(r.line), r.field ?? '', inLanguage(locale, r.reason, r.reasonZh)])];
}
