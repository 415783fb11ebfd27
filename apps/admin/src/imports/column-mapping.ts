import { BUILTIN_FIELDS } from '@yardstick/dsl';

// Which column of an uploaded file feeds which record field, as POST /api/ingest/interactions will read it
// (docs/service.md, Ingestion): a field mapped with `?map=field:Column` reads that column; any other field reads
// the column whose name matches it after normalising both to snake_case. The console shows that same outcome
// before anything is sent.

export type FieldKind = 'identity' | 'builtin' | 'custom';

export interface RecordField {
  name: string;
  kind: FieldKind;
  /** the language's type (`duration`, `boolean`…) or the identity field's meaning */
  type: string;
  required: boolean;
  label?: string | null;
}

/** field → column, only the fields the user mapped explicitly */
export type ColumnMap = Record<string, string>;

const IDENTITY: readonly RecordField[] = [
  { name: 'external_id', kind: 'identity', type: 'string', required: true },
  { name: 'agent', kind: 'identity', type: 'string', required: true },
  { name: 'occurred_at', kind: 'identity', type: 'timestamp', required: true },
  { name: 'source', kind: 'identity', type: 'string', required: false },
  { name: 'team', kind: 'identity', type: 'string', required: false },
  { name: 'record_version', kind: 'identity', type: 'timestamp', required: false },
];

/** Identity fields first, then the language's built-in fields, then the organisation's custom fields. */
export function recordFields(custom: readonly { name: string; type: string; label?: string | null }[] = []): RecordField[] {
  const identity = new Set(IDENTITY.map((field) => field.name));
  const builtin = Object.entries(BUILTIN_FIELDS)
    .filter(([name]) => !identity.has(name))
    .map(([name, type]): RecordField => ({ name, kind: 'builtin', type, required: false }));
  const known = new Set([...identity, ...builtin.map((field) => field.name)]);
  const customFields = custom
    .filter((field) => !known.has(field.name))
    .map((field): RecordField => ({ name: field.name, kind: 'custom', type: field.type, required: false, label: field.label ?? null }));
  return [...IDENTITY, ...builtin, ...customFields];
}

/** `Satisfaction rating` → `satisfaction_rating`, `speedOfAnswer (s)` → `speed_of_answer_s` (the api's rule). */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** The column a field is read from when it is not mapped: an exact name first, then a normalised match. */
export function matchingColumn(header: readonly string[], field: string): string | null {
  if (header.includes(field)) return field;
  return header.find((column) => normaliseHeader(column) === field) ?? null;
}

/** The column each field will read: the explicit map, else the matching name; fields reading nothing are left out. */
export function effectiveMapping(header: readonly string[], map: ColumnMap, fields: readonly RecordField[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of fields) {
    const column = map[field.name] ?? matchingColumn(header, field.name);
    if (column !== null && column !== undefined && column !== '') result[field.name] = column;
  }
  return result;
}

/** Whether the file can give `occurred_at` from separate `date` and `time` columns (when nothing maps it). */
export function hasDateColumns(header: readonly string[]): boolean {
  return header.some((column) => normaliseHeader(column) === 'date');
}

export interface MappingProblems {
  /** required fields no column feeds */
  missing: string[];
  /** mapped columns the file does not have */
  absent: string[];
  /** columns a `?map=` cannot name (a comma, or spaces at either end) */
  unnameable: string[];
}

export function mappingProblems(header: readonly string[], map: ColumnMap, fields: readonly RecordField[]): MappingProblems {
  const effective = effectiveMapping(header, map, fields);
  const missing = fields
    .filter((field) => field.required && !effective[field.name])
    .filter((field) => !(field.name === 'occurred_at' && hasDateColumns(header)))
    .map((field) => field.name);
  const mapped = Object.values(map).filter((column) => column !== '');
  return {
    missing,
    absent: [...new Set(mapped.filter((column) => !header.includes(column)))],
    unnameable: [...new Set(mapped.filter((column) => column.includes(',') || column.trim() !== column))],
  };
}

export function hasProblems(problems: MappingProblems): boolean {
  return problems.missing.length + problems.absent.length + problems.unnameable.length > 0;
}

/**
 * The query string of the ingest request: `source=…&map=field:Column,…`. Only explicit maps that differ from what
 * the name match would pick are sent, so the request stays short and says what the user decided.
 */
export function ingestQuery(header: readonly string[], map: ColumnMap, source: string): string {
  const params = new URLSearchParams();
  if (source.trim() !== '') params.set('source', source.trim());
  const pairs = Object.entries(map)
    .filter(([field, column]) => column !== '' && matchingColumn(header, field) !== column)
    .map(([field, column]) => `${field}:${column}`);
  if (pairs.length > 0) params.set('map', pairs.join(','));
  return params.toString();
}

/** A saved mapping applied to a file: the maps whose column the file has, and the columns it lacks. */
export function applySavedMapping(saved: Readonly<Record<string, unknown>>, header: readonly string[]): { map: ColumnMap; missingColumns: string[] } {
  const map: ColumnMap = {};
  const missingColumns: string[] = [];
  for (const [field, column] of Object.entries(saved)) {
    if (typeof column !== 'string' || column === '') continue;
    if (header.includes(column)) map[field] = column;
    else missingColumns.push(column);
  }
  return { map, missingColumns };
}

/** What to store as a column mapping: every explicit map with a column. */
export function mappingToSave(map: ColumnMap): Record<string, string> {
  return Object.fromEntries(Object.entries(map).filter(([, column]) => column !== ''));
}

/** For the preview header: the field each column feeds, or null when the api will ignore it. */
export function fieldOfColumn(header: readonly string[], map: ColumnMap, fields: readonly RecordField[]): (string | null)[] {
  const effective = effectiveMapping(header, map, fields);
  const byColumn = new Map<string, string[]>();
  for (const [field, column] of Object.entries(effective)) byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  const dateTime = !effective.occurred_at && hasDateColumns(header);
  return header.map((column) => {
    const feeds = byColumn.get(column);
    if (feeds) return feeds.join(', ');
    const name = normaliseHeader(column);
    return dateTime && (name === 'date' || name === 'time') ? `occurred_at (${name})` : null;
  });
}
