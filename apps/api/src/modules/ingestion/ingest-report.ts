/** The outcome of one ingest (shared with the console: libs/contracts/src/ingest-report.ts). */
export type { IngestReport } from '@yardstick/contracts';
