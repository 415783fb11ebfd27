// What POST /api/ingest/interactions answers (docs/service.md, Ingestion): the api builds it, the console reads it
// (a type only: nothing of this package is bundled into the console for it).

/** A row that was not stored: `reason` in English, `reasonZh` in Chinese, `code` from the message catalogue. */
export interface IngestRejection {
  readonly line: number;
  readonly field: string | null;
  readonly code: string;
  readonly reason: string;
  readonly reasonZh: string;
}

/** The outcome of one ingest, as the HTTP endpoint returns it as JSON (GraphQL returns the same counts). */
export interface IngestReport {
  source: string;
  received: number;
  inserted: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: number;
  rejections: IngestRejection[];
  rejectionsTruncated: boolean;
  staleSnapshotRuns: number;
  firstOccurredAt: string | null;
  lastOccurredAt: string | null;
  /** CSV: the column feeding each field */
  columns: { field: string; column: string }[];
  /** CSV columns or NDJSON keys that feed no field and were ignored */
  ignoredColumns: string[];
}
