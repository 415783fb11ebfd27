import type { FieldType, ScoreRecord, Value } from '@yardstick/dsl';
import { usageError } from '../usage/cli-error';
import { findColumn, normaliseHeader } from './header';
import { coerceJsonValue, coercerFor, INVALID_REASON, quoteRaw, type Coercer, type TimestampReader } from './value-coercion';

// Maps CSV rows and NDJSON objects to engine records: which column feeds which field (normalised
// headers, then `--map field=Column`), and the typed value of each cell. Only the fields a scorecard reads
// are mapped at all.

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
}

export interface MappingOptions {
  /** the fields to read: the scorecard's used fields plus agent, team and occurred_at */
  readonly fields: readonly FieldSpec[];
  /** `--map field=Column`: field → column (matched exactly, then after normalising) */
  readonly maps: ReadonlyMap<string, string>;
  readonly readTimestamp: TimestampReader;
}

/** Why a row was not read; rendered `file:line: field: "raw" reason`. */
export class RowProblem {
  constructor(readonly reason: string, readonly field?: string, readonly raw?: unknown) {}

  toString(): string {
    if (this.field === undefined) return this.reason;
    return this.raw === undefined ? `${this.field}: ${this.reason}` : `${this.field}: ${quoteRaw(this.raw)} ${this.reason}`;
  }
}

interface Binding {
  readonly field: string;
  readonly type: FieldType;
  readonly coerce: Coercer;
}

interface ColumnBinding extends Binding {
  readonly index: number;
}

export interface CsvRowMapper {
  /** the number of columns every row must have */
  readonly width: number;
  /** problems with the header worth a warning (a used field without a column) */
  readonly warnings: readonly string[];
  map(cells: readonly string[]): ScoreRecord | RowProblem;
}

const REQUIRED = ['agent', 'occurred_at'] as const;

function bindingOf(spec: FieldSpec, readTimestamp: TimestampReader): Binding {
  return { field: spec.name, type: spec.type, coerce: coercerFor(spec.type, readTimestamp) };
}

/** The column of a field, or -1; an explicit `--map` naming a column the file lacks is a usage error. */
function columnOf(header: readonly string[], field: string, maps: ReadonlyMap<string, string>, file: string): number {
  const mapped = maps.get(field);
  if (mapped === undefined) return header.findIndex((h) => normaliseHeader(h) === field);
  const index = findColumn(header, mapped);
  if (index < 0) {
    throw usageError(`--map ${field}=${mapped}: ${file} has no column "${mapped}" (its columns: ${columnList(header)})`);
  }
  return index;
}

/** Plans the columns of a CSV from its header; throws a usage error when agent or occurred_at cannot be found. */
export function csvRowMapper(header: readonly string[], options: MappingOptions, file: string): CsvRowMapper {
  const bindings: ColumnBinding[] = [];
  const warnings: string[] = [];
  const missing: string[] = [];
  for (const spec of options.fields) {
    const index = columnOf(header, spec.name, options.maps, file);
    if (index >= 0) bindings.push({ ...bindingOf(spec, options.readTimestamp), index });
    else if (spec.name !== 'team' && spec.name !== 'occurred_at') missing.push(spec.name);
  }
  const hasOccurred = bindings.some((b) => b.field === 'occurred_at');
  const dateTime = hasOccurred ? undefined : dateTimeColumns(header);
  if (!hasOccurred && !dateTime) missing.push('occurred_at');
  const optional = missing.filter((field) => !(REQUIRED as readonly string[]).includes(field));
  for (const field of missing) {
    if (optional.includes(field)) continue;
    throw usageError(`${file} has no column for \`${field}\` (its columns: ${columnList(header)}); name one with --map ${field}=COLUMN`);
  }
  if (optional.length > 0) warnings.push(missingWarning(file, optional));
  const assemble = dateTime ? occurredFromColumns(dateTime, options.readTimestamp) : undefined;
  return { width: header.length, warnings, map: (cells) => mapCells(cells, bindings, assemble) };
}

function missingWarning(file: string, fields: readonly string[]): string {
  const names = fields.map((f) => `\`${f}\``).join(', ');
  return fields.length === 1
    ? `${file} has no column for ${names}: every value is null (name one with --map ${fields[0]}=COLUMN)`
    : `${file} has no columns for ${names}: their values are null (name them with --map FIELD=COLUMN)`;
}

/** The header for a message: a few names, control characters made visible, long ones cut. */
export function columnList(header: readonly string[]): string {
  const shown = header.slice(0, 15).map((h) => {
    const clean = h.replace(/[\p{Cc}\ufffd]/gu, '?');
    return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
  });
  return shown.join(', ') + (header.length > 15 ? `, … (${header.length} columns)` : '');
}

function dateTimeColumns(header: readonly string[]): { date: number; time: number } | undefined {
  const normalised = header.map(normaliseHeader);
  const date = normalised.indexOf('date');
  return date < 0 ? undefined : { date, time: normalised.indexOf('time') };
}

type Assemble = (cells: readonly string[], record: Record<string, Value>) => RowProblem | undefined;

/** `occurred_at` from separate `date` and `time` columns, when the file has no datetime column. */
function occurredFromColumns(at: { date: number; time: number }, readTimestamp: TimestampReader): Assemble {
  return (cells, record) => {
    const date = cells[at.date].trim();
    if (date === '') return undefined;
    const time = at.time >= 0 ? cells[at.time].trim() : '';
    const text = time === '' ? date : `${date}T${time}`;
    const ms = readTimestamp(text);
    if (ms === null) return new RowProblem(INVALID_REASON.timestamp, time === '' ? 'date' : 'date + time', text);
    record.occurred_at = ms;
    return undefined;
  };
}

function mapCells(cells: readonly string[], bindings: readonly ColumnBinding[], assemble?: Assemble): ScoreRecord | RowProblem {
  const record: Record<string, Value> = {};
  for (let i = 0; i < bindings.length; i++) {
    const b = bindings[i];
    const text = cells[b.index];
    if (text === '') {
      record[b.field] = null;
      continue;
    }
    const value = b.coerce(text);
    if (value === undefined) return new RowProblem(INVALID_REASON[b.type], b.field, text);
    record[b.field] = value;
  }
  if (assemble) {
    const problem = assemble(cells, record);
    if (problem) return problem;
  }
  return requireIdentity(record);
}

function requireIdentity(record: Record<string, Value>): ScoreRecord | RowProblem {
  if (record.agent === null || record.agent === undefined) return new RowProblem('the agent is missing');
  if (record.occurred_at === null || record.occurred_at === undefined) return new RowProblem('occurred_at is missing');
  return record;
}

export interface JsonRecordMapper {
  map(object: Readonly<Record<string, unknown>>): ScoreRecord | RowProblem;
}

/** The same mapping for NDJSON objects, whose keys may differ from line to line. */
export function jsonRecordMapper(options: MappingOptions): JsonRecordMapper {
  const byKey = new Map<string, readonly Binding[]>();
  const specs = options.fields.map((spec) => bindingOf(spec, options.readTimestamp));
  const bindingsOf = (key: string): readonly Binding[] => {
    let found = byKey.get(key);
    if (!found) {
      found = specs.filter((b) => keyFeeds(key, b.field, options.maps));
      byKey.set(key, found);
    }
    return found;
  };
  const occurredMapped = options.maps.has('occurred_at');
  return { map: (object) => mapObject(object, bindingsOf, occurredMapped ? undefined : options.readTimestamp) };
}

function keyFeeds(key: string, field: string, maps: ReadonlyMap<string, string>): boolean {
  const mapped = maps.get(field);
  if (mapped !== undefined) return key === mapped || normaliseHeader(key) === normaliseHeader(mapped);
  return normaliseHeader(key) === field;
}

function mapObject(
  object: Readonly<Record<string, unknown>>,
  bindingsOf: (key: string) => readonly Binding[],
  readTimestamp?: TimestampReader,
): ScoreRecord | RowProblem {
  const record: Record<string, Value> = {};
  for (const key of Object.keys(object)) {
    for (const b of bindingsOf(key)) {
      const value = coerceJsonValue(object[key], b.type, b.coerce);
      if (value === undefined) return new RowProblem(INVALID_REASON[b.type], b.field, object[key]);
      record[b.field] = value;
    }
  }
  if (readTimestamp && record.occurred_at == null) {
    const problem = occurredFromKeys(object, record, readTimestamp);
    if (problem) return problem;
  }
  return requireIdentity(record);
}

function occurredFromKeys(object: Readonly<Record<string, unknown>>, record: Record<string, Value>, readTimestamp: TimestampReader): RowProblem | undefined {
  const date = object.date;
  if (typeof date !== 'string' || date.trim() === '') return undefined;
  const time = typeof object.time === 'string' ? object.time.trim() : '';
  const text = time === '' ? date.trim() : `${date.trim()}T${time}`;
  const ms = readTimestamp(text);
  if (ms === null) return new RowProblem(INVALID_REASON.timestamp, time === '' ? 'date' : 'date + time', text);
  record.occurred_at = ms;
  return undefined;
}
