import { StringDecoder } from 'node:string_decoder';
import {
  csvRowMapper, jsonRecordMapper, MappingError, RowProblem, type CsvRowMapper, type MappedRecord,
} from '@yardstick/contracts';
import { badIngestRequest } from './ingestion.exception';
import type { RecordPlan } from './record-plan';
import { readCsvBody } from './readers/csv-body.reader';
import { readNdjsonBody } from './readers/ndjson-body.reader';

// Every way records arrive (a CSV body, an NDJSON body, a GraphQL list) becomes the same stream: chunks of mapped
// records or problems, each with its line. What happens next (directory, staging, merge) does not know the format.

export interface MappedItem {
  readonly line: number;
  readonly record?: MappedRecord;
  readonly problem?: RowProblem;
}

/** What the body's columns or keys turned out to be, for the response. */
export interface ColumnReport {
  /** CSV: the column feeding each field */
  columns: { field: string; column: string }[];
  /** CSV columns or NDJSON keys that feed no field (ignored) */
  ignored: string[];
  /** CSV: the record fields its columns can fill (known once the header is read); null: any field */
  fields: Set<string> | null;
}

export type MappedChunks = AsyncGenerator<MappedItem[]>;

/** UTF-8 text of a byte stream, without a leading byte-order mark; a character split across chunks stays whole. */
export async function* bodyText(body: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of body) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text !== '') {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

export async function* csvItems(text: AsyncIterable<string>, plan: RecordPlan, report: ColumnReport): MappedChunks {
  let mapper: CsvRowMapper | undefined;
  for await (const chunk of readCsvBody(text)) {
    if (chunk.header) {
      mapper = planColumns(chunk.header, plan);
      report.columns = [...mapper.bound];
      report.ignored = [...mapper.unused];
      // occurred_at may come from date and time columns rather than a bound one
      report.fields = new Set([...mapper.bound.map((b) => b.field), 'occurred_at']);
    }
    const items: MappedItem[] = [];
    const m = mapper as CsvRowMapper;
    for (const bad of chunk.malformed) items.push({ line: bad.line, problem: new RowProblem('row.unreadable', { detail: bad.reason }) });
    for (const row of chunk.rows) {
      const mapped = m.map(row.cells);
      items.push(mapped instanceof RowProblem ? { line: row.line, problem: mapped } : { line: row.line, record: mapped });
    }
    // malformed rows were collected apart: put them back in line order
    if (items.length > 0) yield chunk.malformed.length > 0 ? items.sort(byLine) : items;
  }
  if (!mapper) throw badIngestRequest('the body is empty: expected a header line naming the columns, then one record per line');
}

function planColumns(header: readonly string[], plan: RecordPlan): CsvRowMapper {
  try {
    return csvRowMapper(header, plan.mapping, 'the CSV');
  } catch (error) {
    if (error instanceof MappingError) throw badIngestRequest(`${error.message}; nothing was stored`);
    throw error;
  }
}

const byLine = (a: MappedItem, b: MappedItem): number => a.line - b.line;

export async function* ndjsonItems(text: AsyncIterable<string>, plan: RecordPlan, report: ColumnReport): MappedChunks {
  const mapper = jsonRecordMapper(plan.mapping);
  for await (const chunk of readNdjsonBody(text)) {
    const items: MappedItem[] = [];
    for (const item of chunk) {
      if (item.object === undefined) {
        items.push({ line: item.line, problem: new RowProblem('row.unreadable', { detail: item.problem }) });
        continue;
      }
      const mapped = mapper.map(item.object);
      items.push(mapped instanceof RowProblem ? { line: item.line, problem: mapped } : { line: item.line, record: mapped });
    }
    report.ignored = mapper.unusedKeys();
    yield items;
  }
}

/** Records already split into objects (GraphQL): "line" is the position in the list, from 1. */
export async function* objectItems(
  objects: readonly (Readonly<Record<string, unknown>> | RowProblem)[], plan: RecordPlan, report: ColumnReport,
): MappedChunks {
  const mapper = jsonRecordMapper(plan.mapping);
  const items = objects.map((object, index): MappedItem => {
    if (object instanceof RowProblem) return { line: index + 1, problem: object };
    const mapped = mapper.map(object);
    return mapped instanceof RowProblem ? { line: index + 1, problem: mapped } : { line: index + 1, record: mapped };
  });
  report.ignored = mapper.unusedKeys();
  if (items.length > 0) yield items;
}
