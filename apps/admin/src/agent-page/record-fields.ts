// The columns of the records dialog: the record fields the aggregate reads (the api's `interactions.fields`, from
// the compiled aggregate), read from a record as the api lists it — built-in fields as camelCase properties, the
// identity fields under their own names, custom fields from `custom`.

/** The built-in fields `interactions` gives as properties of a record (docs/service.md). */
export const RECORD_PROPERTIES = [
  'team', 'channel', 'platform', 'priority', 'customer', 'kind', 'firstResponseSeconds', 'waitSeconds', 'talkSeconds',
  'holdSeconds', 'wrapSeconds', 'handleSeconds', 'closeSeconds', 'answered', 'resolved', 'firstContactResolved',
  'transferred', 'escalated', 'reopened', 'abandoned', 'repeatContact', 'converted', 'rating', 'qaScore',
] as const;

export type RecordNode = { id: string; source: string; externalId: string; occurredAt: string; custom: Record<string, unknown> }
  & Partial<Record<(typeof RECORD_PROPERTIES)[number], unknown>>;

const camel = (field: string) => field.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const PROPERTIES: ReadonlySet<string> = new Set(RECORD_PROPERTIES);

/** The columns to show: the fields read, without the agent (every record is the agent's) and the time (always shown). */
export function recordColumns(fields: readonly string[]): string[] {
  return [...new Set(fields)].filter((field) => field !== 'agent' && field !== 'occurred_at');
}

/** A field's value in a record: a built-in property, else a custom field, else null. */
export function recordFieldValue(node: RecordNode, field: string): unknown {
  const property = camel(field);
  if (PROPERTIES.has(property)) return (node as Record<string, unknown>)[property] ?? null;
  return Object.prototype.hasOwnProperty.call(node.custom, field) ? node.custom[field] : null;
}

/** How a value is shown: durations (`…_seconds`) as durations, booleans by the caller's words, objects as JSON. */
export function recordValueKind(field: string, value: unknown): 'empty' | 'duration' | 'boolean' | 'number' | 'text' {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return field.endsWith('_seconds') ? 'duration' : 'number';
  return 'text';
}
