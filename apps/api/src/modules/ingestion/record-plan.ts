import type { FieldSpec, MappingOptions } from '@yardstick/contracts';
import { BUILTIN_FIELDS, type FieldType } from '@yardstick/dsl';
import { badIngestRequest } from './ingestion.exception';
import { instantReader } from './ingest-time';
import type { CustomField } from './staging-row';

// Which fields an ingest reads and how: every built-in field of the language, the identity of a record in its
// source (external_id, source, record_version) and the organisation's custom fields. The same mapping rules as
// `yardstick score` (shared in @yardstick/contracts); only the required fields and the map syntax differ.

export const IDENTITY_FIELDS: readonly FieldSpec[] = [
  { name: 'external_id', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'record_version', type: 'timestamp' },
];

/** A record without these is rejected; a CSV without a column for them is refused as a whole. */
export const REQUIRED_FIELDS = ['agent', 'occurred_at', 'external_id'] as const;

export const mapSyntax = (field: string, column: string): string => `map=${field}:${column}`;

export interface RecordPlan {
  readonly mapping: MappingOptions;
  readonly custom: readonly CustomField[];
}

export interface FieldDefinitionLike {
  readonly name: string;
  readonly type: string;
}

/** The plan for one request: custom field definitions, explicit maps (field → column) and the org's zone. */
export function recordPlan(definitions: readonly FieldDefinitionLike[], maps: ReadonlyMap<string, string>, zone: string): RecordPlan {
  const builtin: FieldSpec[] = [
    ...Object.entries(BUILTIN_FIELDS).map(([name, type]) => ({ name, type })),
    ...IDENTITY_FIELDS,
  ];
  const taken = new Set(builtin.map((field) => field.name));
  // a definition may not shadow a built-in field (the fields service refuses such names; old rows are skipped)
  const custom = definitions.filter((d) => !taken.has(d.name)).map((d) => ({ name: d.name, type: d.type as FieldType }));
  const fields = [...builtin, ...custom];
  const known = new Set(fields.map((field) => field.name));
  const unknown = [...maps.keys()].filter((field) => !known.has(field));
  if (unknown.length > 0) {
    throw badIngestRequest(`the mapping names ${unknown.length === 1 ? 'a field that does not exist' : 'fields that do not exist'}: ` +
      `${unknown.join(', ')} (record fields are the built-in ones, external_id, source, record_version and the custom fields defined)`,
    { fields: unknown });
  }
  return {
    mapping: { fields, maps, readTimestamp: instantReader(zone), required: REQUIRED_FIELDS, mapSyntax },
    custom,
  };
}
