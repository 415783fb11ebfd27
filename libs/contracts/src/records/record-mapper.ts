import type { FieldType, Value } from '@yardstick/dsl';
import { formatMessage, type Language, type MessageCode, type MessageParams } from '../messages';
import { findColumn, normaliseHeader } from './header';
import { coerceJsonValue, coercerFor, quoteRaw, type Coercer, type TimestampReader } from './value-coercion';

// Maps CSV rows and NDJSON objects to typed records, for `yardstick score` and for the service's ingestion alike:
// which column feeds which field (normalised headers, then explicit maps), and the typed value of each cell. Only
// the fields asked for are mapped at all; every other column is ignored.

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
}

export interface MappingOptions {
  /** the fields to read (for the CLI: the scorecard's used fields plus agent, team and occurred_at) */
  readonly fields: readonly FieldSpec[];
  /** explicit maps: field → column (matched exactly, then after normalising) */
  readonly maps: ReadonlyMap<string, string>;
  readonly readTimestamp: TimestampReader;
  /** fields every row must have: a column (else MappingError) and a value (else a RowProblem); default agent, occurred_at */
  readonly required?: readonly string[];
  /** how a map is written where the caller gives them, for messages; default the CLI's `--map field=COLUMN` */
  readonly mapSyntax?: (field: string, column: string) => string;
}

/** A column plan that cannot work (a required field without a column, a map naming a missing column). */
export class MappingError extends Error {
  override readonly name = 'MappingError';
}

/**
 * Why a row was not read: a catalogue code and its parameters (so it reads in English and Chinese), the field at
 * fault and the raw value when there are; rendered `field: "raw" reason`.
 */
export class RowProblem {
  constructor(
    readonly code: MessageCode, readonly params: MessageParams = {}, readonly field?: string, readonly raw?: unknown,
  ) {}

  /** The value `raw` of `field` cannot be read as `type`. */
  static invalid(type: FieldType, field: string, raw: unknown): RowProblem {
    return new RowProblem(`row.not_${type}`, {}, field, raw);
  }

  /** What is wrong, in English, without the field (with the raw value when there is one). */
  get reason(): string {
    return this.in('en');
  }

  get reasonZh(): string {
    return this.in('zh');
  }

  /** What is wrong in `language`, without the field: `"raw" text` or `text`. */
  in(language: Language): string {
    const text = formatMessage(this.code, this.params, language);
    return this.raw === undefined ? text : `${quoteRaw(this.raw)} ${text}`;
  }

  toString(): string {
    return this.field === undefined ? this.reason : `${this.field}: ${this.reason}`;
  }
}

/** A mapped record: field name → typed value (timestamps as the TimestampReader's numbers). */
export type MappedRecord = Record<string, Value>;

interface Binding {
  readonly field: string;
  readonly type: FieldType;
  readonly coerce: Coercer;
}

/** A field read from a CSV column: its type, the column's index and the shared coercer of its cells. */
export interface ColumnBinding extends Binding {
  readonly index: number;
}

export interface CsvRowMapper {
  /** the number of columns every row must have */
  readonly width: number;
  /** problems with the header worth a warning (a field without a column) */
  readonly warnings: readonly string[];
  /** which column feeds which field */
  readonly bound: readonly { readonly field: string; readonly column: string }[];
  /** header columns that feed no field */
  readonly unused: readonly string[];
  map(cells: readonly string[]): MappedRecord | RowProblem;
  /** the fields read and their columns, for a reader that takes cells apart another way (the CLI's byte reader) */
  readonly columns: readonly ColumnBinding[];
  /** whether occurred_at is assembled from separate date and time columns (only `map` does that) */
  readonly assembles: boolean;
  /** the last step of `map`: the record, or the RowProblem of a missing agent, occurred_at or required field */
  complete(record: MappedRecord): MappedRecord | RowProblem;
}

const DEFAULT_REQUIRED = ['agent', 'occurred_at'] as const;
const cliMapSyntax = (field: string, column: string): string => `--map ${field}=${column}`;

function bindingOf(spec: FieldSpec, readTimestamp: TimestampReader): Binding {
  return { field: spec.name, type: spec.type, coerce: coercerFor(spec.type, readTimestamp) };
}

/** The column of a field, or -1; an explicit map naming a column the file lacks is a MappingError. */
function columnOf(header: readonly string[], field: string, options: MappingOptions, file: string): number {
  const mapped = options.maps.get(field);
  if (mapped === undefined) return header.findIndex((h) => normaliseHeader(h) === field);
  const index = findColumn(header, mapped);
  if (index < 0) {
    const map = (options.mapSyntax ?? cliMapSyntax)(field, mapped);
    throw new MappingError(`${map}: ${file} has no column "${mapped}" (its columns: ${columnList(header)})`);
  }
  return index;
}

/** Plans the columns of a CSV from its header; throws a MappingError when a required field has no column. */
export function csvRowMapper(header: readonly string[], options: MappingOptions, file: string): CsvRowMapper {
  const required: readonly string[] = options.required ?? DEFAULT_REQUIRED;
  const syntax = options.mapSyntax ?? cliMapSyntax;
  const bindings: ColumnBinding[] = [];
  const missing: string[] = [];
  for (const spec of options.fields) {
    const index = columnOf(header, spec.name, options, file);
    if (index >= 0) bindings.push({ ...bindingOf(spec, options.readTimestamp), index });
    else if (spec.name !== 'team' && spec.name !== 'occurred_at') missing.push(spec.name);
  }
  const hasOccurred = bindings.some((b) => b.field === 'occurred_at');
  const dateTime = hasOccurred ? undefined : dateTimeColumns(header);
  if (!hasOccurred && !dateTime && options.fields.some((f) => f.name === 'occurred_at')) missing.push('occurred_at');
  const optional = missing.filter((field) => !required.includes(field));
  for (const field of missing) {
    if (optional.includes(field)) continue;
    throw new MappingError(`${file} has no column for \`${field}\` (its columns: ${columnList(header)}); name one with ${syntax(field, 'COLUMN')}`);
  }
  const warnings = optional.length > 0 ? [missingWarning(file, optional, syntax)] : [];
  const assemble = dateTime ? occurredFromColumns(dateTime, options.readTimestamp) : undefined;
  const used = new Set<number>(bindings.map((b) => b.index));
  if (dateTime) used.add(dateTime.date).add(dateTime.time);
  const width = header.length;
  const need = required.filter((field) => field !== 'agent' && field !== 'occurred_at');
  return {
    width,
    warnings,
    bound: bindings.map((b) => ({ field: b.field, column: header[b.index] })),
    unused: header.filter((_, index) => !used.has(index)),
    columns: bindings,
    assembles: assemble !== undefined,
    complete: (record) => requireIdentity(record, need),
    map: (cells) => cells.length === width
      ? mapCells(cells, bindings, need, assemble)
      : new RowProblem('row.column_count', { width, found: cells.length }),
  };
}

function missingWarning(file: string, fields: readonly string[], syntax: (field: string, column: string) => string): string {
  const names = fields.map((f) => `\`${f}\``).join(', ');
  return fields.length === 1
    ? `${file} has no column for ${names}: every value is null (name one with ${syntax(fields[0], 'COLUMN')})`
    : `${file} has no columns for ${names}: their values are null (name them with ${syntax('FIELD', 'COLUMN')})`;
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

type Assemble = (cells: readonly string[], record: MappedRecord) => RowProblem | undefined;

/** `occurred_at` from separate `date` and `time` columns, when the file has no datetime column. */
function occurredFromColumns(at: { date: number; time: number }, readTimestamp: TimestampReader): Assemble {
  return (cells, record) => {
    const date = cells[at.date].trim();
    if (date === '') return undefined;
    const time = at.time >= 0 ? cells[at.time].trim() : '';
    const text = time === '' ? date : `${date}T${time}`;
    const ms = readTimestamp(text);
    if (ms === null) return RowProblem.invalid('timestamp', time === '' ? 'date' : 'date + time', text);
    record.occurred_at = ms;
    return undefined;
  };
}

function mapCells(
  cells: readonly string[], bindings: readonly ColumnBinding[], need: readonly string[], assemble?: Assemble,
): MappedRecord | RowProblem {
  const record: MappedRecord = {};
  for (let i = 0; i < bindings.length; i++) {
    const b = bindings[i];
    const text = cells[b.index];
    if (text === '') {
      record[b.field] = null;
      continue;
    }
    const value = b.coerce(text);
    if (value === undefined) return RowProblem.invalid(b.type, b.field, text);
    record[b.field] = value;
  }
  if (assemble) {
    const problem = assemble(cells, record);
    if (problem) return problem;
  }
  return requireIdentity(record, need);
}

function requireIdentity(record: MappedRecord, need: readonly string[]): MappedRecord | RowProblem {
  if (record.agent === null || record.agent === undefined) return new RowProblem('row.agent_missing');
  if (record.occurred_at === null || record.occurred_at === undefined) return new RowProblem('row.occurred_at_missing');
  for (const field of need) {
    if (record[field] === null || record[field] === undefined) return new RowProblem('row.field_missing', { field });
  }
  return record;
}

export interface JsonRecordMapper {
  map(object: Readonly<Record<string, unknown>>): MappedRecord | RowProblem;
  /** keys met so far that feed no field (at most a few hundred are remembered) */
  unusedKeys(): string[];
}

/** Keys remembered per mapper: NDJSON lines may each bring new keys, and memory must stay flat. */
const KEY_CACHE_LIMIT = 2_000;

/** The same mapping for NDJSON objects, whose keys may differ from line to line. */
export function jsonRecordMapper(options: MappingOptions): JsonRecordMapper {
  const byKey = new Map<string, readonly Binding[]>();
  const unused = new Set<string>();
  const specs = options.fields.map((spec) => bindingOf(spec, options.readTimestamp));
  const bindingsOf = (key: string): readonly Binding[] => {
    let found = byKey.get(key);
    if (!found) {
      found = specs.filter((b) => keyFeeds(key, b.field, options.maps));
      if (byKey.size >= KEY_CACHE_LIMIT) byKey.clear();
      byKey.set(key, found);
      if (found.length === 0 && unused.size < 200) unused.add(key);
    }
    return found;
  };
  const occurredMapped = options.maps.has('occurred_at');
  const need = (options.required ?? DEFAULT_REQUIRED).filter((field) => field !== 'agent' && field !== 'occurred_at');
  return {
    map: (object) => mapObject(object, bindingsOf, need, occurredMapped ? undefined : options.readTimestamp),
    unusedKeys: () => [...unused],
  };
}

function keyFeeds(key: string, field: string, maps: ReadonlyMap<string, string>): boolean {
  const mapped = maps.get(field);
  if (mapped !== undefined) return key === mapped || normaliseHeader(key) === normaliseHeader(mapped);
  return normaliseHeader(key) === field;
}

function mapObject(
  object: Readonly<Record<string, unknown>>,
  bindingsOf: (key: string) => readonly Binding[],
  need: readonly string[],
  readTimestamp?: TimestampReader,
): MappedRecord | RowProblem {
  const record: MappedRecord = {};
  for (const key of Object.keys(object)) {
    for (const b of bindingsOf(key)) {
      const value = coerceJsonValue(object[key], b.type, b.coerce);
      if (value === undefined) return RowProblem.invalid(b.type, b.field, object[key]);
      record[b.field] = value;
    }
  }
  if (readTimestamp && record.occurred_at == null) {
    const problem = occurredFromKeys(object, record, readTimestamp);
    if (problem) return problem;
  }
  return requireIdentity(record, need);
}

function occurredFromKeys(object: Readonly<Record<string, unknown>>, record: MappedRecord, readTimestamp: TimestampReader): RowProblem | undefined {
  const date = object.date;
  if (typeof date !== 'string' || date.trim() === '') return undefined;
  const time = typeof object.time === 'string' ? object.time.trim() : '';
  const text = time === '' ? date.trim() : `${date.trim()}T${time}`;
  const ms = readTimestamp(text);
  if (ms === null) return RowProblem.invalid('timestamp', time === '' ? 'date' : 'date + time', text);
  record.occurred_at = ms;
  return undefined;
}
