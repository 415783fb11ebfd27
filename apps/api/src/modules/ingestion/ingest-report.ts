import type { Rejection } from './ingest-run';

/** The outcome of one ingest, as the HTTP endpoint returns it as JSON (GraphQL returns the same counts). */
export interface IngestReport {
  source: string;
  received: number;
  inserted: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: number;
  rejections: Rejection[];
  rejectionsTruncated: boolean;
  staleSnapshotRuns: number;
  firstOccurredAt: string | null;
  lastOccurredAt: string | null;
  /** CSV: the column feeding each field */
  columns: { field: string; column: string }[];
  /** CSV columns or NDJSON keys that feed no field and were ignored */
  ignoredColumns: string[];
}
