import * as path from 'node:path';
import type { ScoreRecord } from '@yardstick/dsl';
import { usageError } from '../usage/cli-error';
import type { BadRowReporter } from './bad-rows';
import { byteRowMapper, type ByteRowMapper } from './byte-row-mapper';
import { streamCsvBytes } from './csv-bytes';
import { streamNdjson } from './ndjson-reader';
import type { Progress } from './progress';
import { csvRowMapper, jsonRecordMapper, RowProblem, type MappingOptions } from './record-mapper';

// Reads a records file (CSV or NDJSON, by extension) into engine records, reporting bad rows as it goes. CSV rows
// are read from bytes where they are plain (csv-bytes.ts, byte-row-mapper.ts) and by papaparse from the first
// row that is not.

export type RecordFormat = 'csv' | 'ndjson';

export interface RecordSourceOptions {
  readonly path: string;
  /** the file name as the user wrote it, for messages */
  readonly display: string;
  readonly mapping: MappingOptions;
  readonly onRecord: (record: ScoreRecord) => void;
  readonly badRows: BadRowReporter;
  readonly warn: (message: string) => void;
  readonly progress?: Progress;
}

export interface ReadCounts {
  /** data rows met (blank lines and the header excluded) */
  readonly read: number;
  readonly rejected: number;
}

const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl', '.json']);

export function recordFormatOf(file: string): RecordFormat {
  return NDJSON_EXTENSIONS.has(path.extname(file).toLowerCase()) ? 'ndjson' : 'csv';
}

export async function readRecords(options: RecordSourceOptions): Promise<ReadCounts> {
  const before = options.badRows.rejected;
  const read = recordFormatOf(options.path) === 'ndjson' ? await readNdjson(options) : await readCsv(options);
  options.progress?.done(read);
  return { read, rejected: options.badRows.rejected - before };
}

async function readCsv(options: RecordSourceOptions): Promise<number> {
  const { display, badRows, onRecord, progress } = options;
  let rows = 0;
  let mapper: ReturnType<typeof csvRowMapper> | undefined;
  let fromBytes: ByteRowMapper | undefined;
  await streamCsvBytes(options.path, {
    header(cells) {
      mapper = csvRowMapper(cells, options.mapping, display);
      mapper.warnings.forEach(options.warn);
      fromBytes = byteRowMapper(mapper);
    },
    bytes(row, line) {
      rows += 1;
      progress?.tick(rows);
      const record = (fromBytes as ByteRowMapper)(row);
      if (record instanceof RowProblem) badRows.report(display, line, record.toString());
      else onRecord(record);
    },
    row(cells, line) {
      rows += 1;
      progress?.tick(rows);
      // a row of the wrong width is a RowProblem too
      const record = (mapper as ReturnType<typeof csvRowMapper>).map(cells);
      if (record instanceof RowProblem) badRows.report(display, line, record.toString());
      else onRecord(record);
    },
    malformed(line, message) {
      rows += 1;
      badRows.report(display, line, message);
    },
  });
  if (!mapper) throw usageError(`${display} is empty: expected a header line naming the columns`);
  return rows;
}

async function readNdjson(options: RecordSourceOptions): Promise<number> {
  const { display, badRows, onRecord, progress } = options;
  const mapper = jsonRecordMapper(options.mapping);
  let rows = 0;
  await streamNdjson(options.path, {
    object(value, line) {
      rows += 1;
      progress?.tick(rows);
      const record = mapper.map(value);
      if (record instanceof RowProblem) badRows.report(display, line, record.toString());
      else onRecord(record);
    },
    malformed(line, message) {
      rows += 1;
      badRows.report(display, line, message);
    },
  });
  return rows;
}
