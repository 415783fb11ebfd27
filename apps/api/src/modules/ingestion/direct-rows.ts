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

  /** An empty batch of COPY data for these columns. */
  writer(): BinaryCopyWriter {
    return new BinaryCopyWriter(1 << 20);
  }

  /** Appends the first `n` of the records (validated) to a batch. */
  append(out: BinaryCopyWriter, records: readonly StagedRecord[], n = records.length): void {
    const width = this.columns.length;
    for (let i = 0; i < n; i++) {
      const { record, identity, custom } = records[i];
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
 * Which records are new for certain: one source, keys strictly rising, the first above every key stored for that
 * source when the request began. Such records can neither meet a stored record nor repeat one of their own, so they
 * are inserted without the merge. Exports numbered in order (ticket and call ids) pass; from the first record that
 * does not, everything goes through the merge, which is always right. `maxStored` asks the database (within the
 * request's transaction) for a source's greatest key.
 */
export class NewKeys {
  private source: string | undefined;
  private highest: string | null = null;

  constructor(private readonly maxStored: (source: string) => Promise<string | null>) {}

  /** How many of the records, from the first, are new for certain (taken as stored from then on). */
  async prefix(records: readonly StagedRecord[], sourceOf: (record: MappedRecord) => string): Promise<number> {
    if (records.length === 0) return 0;
    if (this.source === undefined) {
      this.source = sourceOf(records[0].record);
      this.highest = await this.maxStored(this.source);
    }
    let previous = this.highest;
    let n = 0;
    for (; n < records.length; n++) {
      const { record } = records[n];
      const key = record.external_id as string;
      if ((previous !== null && compareCodePoints(key, previous) <= 0) || sourceOf(record) !== this.source) break;
      previous = key;
    }
    this.highest = previous;
    return n;
  }
}
