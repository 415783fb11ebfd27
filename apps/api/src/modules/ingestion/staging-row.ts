import { RowProblem, type MappedRecord } from '@yardstick/contracts';
import type { FieldType, Value } from '@yardstick/dsl';

// Validated records as lines of PostgreSQL's COPY text format for the staging table (ingestion.sql.ts). Only the
// columns a request can fill are written (a CSV without a `priority` column sends none); the others take the
// staging table's defaults. Everything PostgreSQL could refuse is checked here first, so a bad row becomes a
// rejection with its line instead of a failed COPY that would undo the whole request.

export const TEXT_FIELDS = ['channel', 'platform', 'priority', 'customer', 'kind'] as const;
export const SECONDS_FIELDS = [
  'first_response_seconds', 'wait_seconds', 'talk_seconds', 'hold_seconds', 'wrap_seconds', 'handle_seconds', 'close_seconds',
] as const;
export const FLAG_FIELDS = [
  'answered', 'resolved', 'first_contact_resolved', 'transferred', 'escalated', 'reopened', 'abandoned', 'repeat_contact', 'converted',
] as const;
export const SCORE_FIELDS = ['rating', 'qa_score'] as const;
/** Record fields stored in a column of the same name, value as is. */
export const VALUE_FIELDS: readonly string[] = [...TEXT_FIELDS, ...SECONDS_FIELDS, ...FLAG_FIELDS, ...SCORE_FIELDS];

/** A custom record field (field_definitions), stored in the `custom` jsonb object. */
export interface CustomField {
  readonly name: string;
  readonly type: FieldType;
}

/** What the directory resolved for a record: the agent and the team at the time. */
export interface ResolvedIdentity {
  readonly agentId: number;
  readonly teamId: number | null;
}

export const MAX_EXTERNAL_ID = 500;
const NO_CUSTOM = Object.freeze({ custom: null });
const NULL = '\\N';
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = /[\\\t\n\r]/g;
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function copyText(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (c) => ESCAPED[c]) : value;
}

/** Text PostgreSQL stores as sent: NUL is the one character a text column cannot hold. */
function nulProblem(field: string, value: string): RowProblem | undefined {
  return value.indexOf('\u0000') >= 0 ? new RowProblem('contains a NUL character, which cannot be stored', field) : undefined;
}

function cell(value: Value | undefined): string {
  if (value === null || value === undefined) return NULL;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return typeof value === 'number' ? String(value) : copyText(value);
}

/** Epoch milliseconds as the epoch seconds the staging table keeps (to_timestamp is exact to the millisecond). */
function seconds(ms: Value | undefined): string {
  return typeof ms === 'number' ? String(ms / 1000) : NULL;
}

/**
 * Encodes the records of one request. `fields` are the record fields the request can carry (a CSV: its bound
 * columns; NDJSON and GraphQL: all); `columns` lists the staging columns each line holds, in order.
 */
export class StagingEncoder {
  readonly columns: readonly string[];
  private readonly values: readonly string[];
  private readonly texts: readonly string[];
  private readonly withSource: boolean;
  private readonly withTeam: boolean;
  private readonly withVersion: boolean;
  private readonly custom: readonly CustomField[];

  constructor(fields: ReadonlySet<string>, custom: readonly CustomField[], private readonly defaultSource: string) {
    this.values = VALUE_FIELDS.filter((field) => fields.has(field));
    this.texts = TEXT_FIELDS.filter((field) => fields.has(field));
    this.withSource = fields.has('source');
    this.withTeam = fields.has('team');
    this.withVersion = fields.has('record_version');
    this.custom = custom.filter((field) => fields.has(field.name));
    this.columns = [
      'line', 'external_id', 'agent_id', 'team_id', 'occurred_s',
      ...(this.withSource ? ['source'] : []), ...(this.withTeam ? ['team_given'] : []), ...this.values,
      ...(this.custom.length > 0 ? ['custom'] : []), ...(this.withVersion ? ['record_version_s'] : []),
    ];
  }

  /**
   * Whether PostgreSQL can store the record: the custom fields' JSON text (null when the request sends none), or
   * why not. Every encoding of the record (this text line, or a binary row straight into interactions) uses it.
   */
  validate(record: MappedRecord): { readonly custom: string | null } | RowProblem {
    const externalId = record.external_id as string;
    if (externalId.length > MAX_EXTERNAL_ID) return new RowProblem(`is longer than ${MAX_EXTERNAL_ID} characters`, 'external_id');
    const problem = nulProblem('external_id', externalId) ?? this.textProblem(record);
    if (problem) return problem;
    if (this.custom.length === 0) return NO_CUSTOM;
    const json = this.customJson(record);
    return json instanceof RowProblem ? json : { custom: json };
  }

  /** The COPY line of a validated record (with its newline). */
  encode(line: number, record: MappedRecord, identity: ResolvedIdentity, custom: string | null): string {
    const parts: string[] = [String(line), copyText(record.external_id as string), String(identity.agentId),
      identity.teamId === null ? NULL : String(identity.teamId), seconds(record.occurred_at)];
    if (this.withSource) parts.push(copyText(typeof record.source === 'string' ? record.source : this.defaultSource));
    if (this.withTeam) parts.push(typeof record.team === 'string' ? 't' : 'f');
    for (const field of this.values) parts.push(cell(record[field]));
    if (custom !== null) parts.push(copyText(custom));
    if (this.withVersion) parts.push(seconds(record.record_version));
    return `${parts.join('\t')}\n`;
  }

  private textProblem(record: MappedRecord): RowProblem | undefined {
    if (typeof record.source === 'string' && record.source.indexOf('\u0000') >= 0) return nulProblem('source', record.source);
    for (const field of this.texts) {
      const value = record[field];
      if (typeof value === 'string' && value.indexOf('\u0000') >= 0) return nulProblem(field, value);
    }
    return undefined;
  }

  /** The custom fields as a JSON object text; timestamps become ISO instants, text is made valid for jsonb. */
  private customJson(record: MappedRecord): string | RowProblem {
    const object: Record<string, Value> = {};
    for (const field of this.custom) {
      const value = record[field.name];
      if (value === undefined || value === null) continue;
      if (field.type === 'timestamp') object[field.name] = new Date(value as number).toISOString();
      else if (typeof value === 'string') {
        const problem = nulProblem(field.name, value);
        if (problem) return problem;
        object[field.name] = value.replace(LONE_SURROGATE, '\ufffd');
      } else object[field.name] = value;
    }
    return JSON.stringify(object);
  }
}
