import type { MappedRecord } from '@yardstick/contracts';
import { BinaryCopyWriter } from './copy-binary';
import { FLAG_FIELDS, SCORE_FIELDS, SECONDS_FIELDS, TEXT_FIELDS, type CustomField, type ResolvedIdentity } from './staging-row';

// Records that are new for certain go straight into `interactions` as binary COPY rows: no staging table, no
// INSERT … SELECT, no text for the server to parse. Which records are new for certain is decided here too (see
// NewKeys); everything else takes the staging table and the merge (ingestion.sql.ts).

/** A validated record with what the directory resolved for it. */
export interface StagedRecord {
  readonly line: number;
  readonly record: MappedRecord;
  readonly identity: ResolvedIdentity;
  /** the custom fields' JSON text, null when the request sends none */
  readonly custom: string | null;
}

type Kind = 'text' | 'seconds' | 'flag' | 'score';

const KINDS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...TEXT_FIELDS.map((f) => [f, 'text'] as const), ...SECONDS_FIELDS.map((f) => [f, 'seconds'] as const),
  ...FLAG_FIELDS.map((f) => [f, 'flag'] as const), ...SCORE_FIELDS.map((f) => [f, 'score'] as const),
]);

/** Encodes records as binary COPY rows of `interactions`; `columns` lists the columns each row holds, in order. */
export class DirectEncoder {
  readonly columns: readonly string[];
  private readonly values: readonly { readonly field: string; readonly kind: Kind }[];
  private readonly withCustom: boolean;
  private readonly withVersion: boolean;

  /** `fields`: the record fields the request can carry, as for the StagingEncoder. */
  constructor(fields: ReadonlySet<string>, custom: readonly CustomField[], private readonly defaultSource: string) {
    this.values = [...KINDS].filter(([field]) => fields.has(field)).map(([field, kind]) => ({ field, kind }));
    this.withCustom = custom.some((field) => fields.has(field.name));
    this.withVersion = fields.has('record_version');
    this.columns = ['source', 'external_id', 'agent_id', 'team_id', 'occurred_at', ...this.values.map((v) => v.field),
      ...(this.withCustom ? ['custom'] : []), ...(this.withVersion ? ['record_version'] : [])];
  }

  /** The source a record is stored under. */
  sourceOf(record: MappedRecord): string {
    return typeof record.source === 'string' ? record.source : this.defaultSource;
  }

  /** The COPY data (header, rows, trailer) of validated records. */
  encode(records: readonly StagedRecord[]): Buffer {
    const out = new BinaryCopyWriter(records.length * 160);
    const width = this.columns.length;
    for (const { record, identity, custom } of records) {
      out.row(width);
      out.text(this.sourceOf(record));
      out.text(record.external_id as string);
      out.int4(identity.agentId);
      if (identity.teamId === null) out.null();
      else out.int4(identity.teamId);
      out.timestamptz(record.occurred_at as number);
      for (const { field, kind } of this.values) {
        const value = record[field];
        if (value === null || value === undefined) {
          // kind is NOT NULL: a blank kind is the default, as the merge's coalesce makes it
          if (field === 'kind') out.text('interaction');
          else out.null();
        } else if (kind === 'text') out.text(value as string);
        else if (kind === 'flag') out.bool(value as boolean);
        else out.float8(value as number);
      }
      if (this.withCustom) out.jsonb(custom ?? '{}');
      if (this.withVersion) {
        const version = record.record_version;
        if (typeof version === 'number') out.timestamptz(version);
        else out.null();
      }
    }
    return out.finish();
  }
}

/**
 * Code point order, which is PostgreSQL's bytewise order of UTF-8 (`COLLATE "C"`, as interactions' keys are):
 * JavaScript's `<` compares UTF-16 code units, which differs only between surrogates and U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) return rank(x) - rank(y);
    return x - y;
  }
  return a.length - b.length;
}

const rank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);

/**
 * Which batches are new for certain: one source, keys strictly increasing, the first above every key stored for
 * that source when the request began and above every key this request stored. Such a batch can neither meet a
 * stored record nor repeat one of its own, so it is inserted without the merge. Exports numbered in order (ticket
 * and call ids) pass; anything else goes through the merge, which is always right. `maxStored` asks the database
 * (within the request's transaction) for a source's greatest key.
 */
export class NewKeys {
  private readonly highest = new Map<string, string | null>();

  constructor(private readonly maxStored: (source: string) => Promise<string | null>) {}

  async allNew(records: readonly StagedRecord[], sourceOf: (record: MappedRecord) => string): Promise<boolean> {
    if (records.length === 0) return true;
    const source = sourceOf(records[0].record);
    let previous: string | null | undefined = this.highest.get(source);
    if (previous === undefined) {
      previous = await this.maxStored(source);
      this.highest.set(source, previous);
    }
    for (const { record } of records) {
      const key = record.external_id as string;
      if ((previous !== null && compareCodePoints(key, previous) <= 0) || sourceOf(record) !== source) return false;
      previous = key;
    }
    this.highest.set(source, previous);
    return true;
  }
}
