// Form checks that mirror the api's input rules, so most mistakes are caught before a round trip. The api checks
// again and its BAD_USER_INPUT answer lands on the same input (providers/api-error.ts). Each returns a
// translation key, or undefined when the value is fine (react-admin's validator contract).

const MONEY = /^-?\d{1,12}(\.\d{1,2})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

export function validMoney(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return MONEY.test(String(value).trim()) ? undefined : 'ys.common.invalid_money';
}

export function validDay(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const match = DAY.exec(String(value));
  if (!match) return 'ys.common.invalid_date';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? undefined : 'ys.common.invalid_date';
}

export function validIdentifier(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return IDENTIFIER.test(String(value)) ? undefined : 'ys.common.invalid_identifier';
}

export type JsonScalar = string | number | boolean | null;

/** The text of an attributes input as an object, or an error key; empty text is `{}`. */
export function parseAttributes(text: unknown): { value: Record<string, JsonScalar> } | { error: string } {
  if (text !== null && typeof text === 'object' && !Array.isArray(text)) return checkAttributes(text as Record<string, unknown>);
  if (text === null || text === undefined || String(text).trim() === '') return { value: {} };
  try {
    const parsed = JSON.parse(String(text)) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { error: 'ys.common.invalid_json' };
    return checkAttributes(parsed as Record<string, unknown>);
  } catch {
    return { error: 'ys.common.invalid_json' };
  }
}

function checkAttributes(value: Record<string, unknown>): { value: Record<string, JsonScalar> } | { error: string } {
  const scalar = (item: unknown) => item === null || ['string', 'number', 'boolean'].includes(typeof item);
  return Object.values(value).every(scalar) ? { value: value as Record<string, JsonScalar> } : { error: 'ys.common.invalid_json' };
}

export function validAttributes(text: unknown): string | undefined {
  const result = parseAttributes(text);
  return 'error' in result ? result.error : undefined;
}

/** How an attributes object reads in its input. */
export function formatAttributes(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  const entries = Object.keys(value as object);
  return entries.length === 0 ? '' : JSON.stringify(value, null, 2);
}

/** Replaces the attributes text by its object before saving (the input keeps text while the user types). */
export function withParsedAttributes<T extends Record<string, unknown>>(data: T): T {
  if (!('attributes' in data)) return data;
  const result = parseAttributes(data.attributes);
  return 'value' in result ? { ...data, attributes: result.value } : data;
}
