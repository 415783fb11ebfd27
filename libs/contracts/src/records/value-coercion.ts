import type { FieldType, Value } from '@yardstick/dsl';

// Turning cell texts (and NDJSON values) into typed record values, the same for `yardstick score` and the
// service's ingestion. This is the hot path of every import: coercers are plain closures chosen once per column,
// they never throw and never allocate on success beyond the value itself. `undefined` means "not a valid value
// of this type"; the caller reports it.

export type Coercer = (text: string) => Value | undefined;
/** Reads a timestamp text as org-local wall-clock ms, or null when it is not a timestamp. */
export type TimestampReader = (text: string) => number | null;

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const HMS_RE = /^(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)$/;

/** Why a text is not a value of the type, completing `rating: "abc" …`. */
export const INVALID_REASON: Readonly<Record<FieldType, string>> = Object.freeze({
  string: 'is not a text',
  number: 'is not a number',
  count: 'is not a number',
  money: 'is not an amount',
  percent: 'is not a percentage (write 0.85 or 85%)',
  boolean: 'is not a boolean (write Y/N, yes/no, true/false or 1/0)',
  duration: 'is not a duration (write seconds or HH:MM:SS)',
  timestamp: 'is not a timestamp (write 2021-01-05T09:12:58, optionally with Z or an offset like +08:00)',
});

/**
 * A plain decimal number (`42`, `-3.5`, `.5`, `1e3`); anything else, hex and `Infinity` included, is undefined,
 * and so is a number too large for a double (`1e999`), which would otherwise arrive as Infinity.
 */
export function readNumber(text: string): number | undefined {
  // the hot path: a run of digits with at most one dot, checked by hand instead of trim + regex
  const n = text.length;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else if (!(i === 0 && (c === 45 || c === 43))) return readNumberSlow(text);
  }
  if (digits === 0 || dots > 1) return readNumberSlow(text);
  const value = Number(text);
  return value - value === 0 ? value : undefined;
}

function readNumberSlow(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || !NUMBER_RE.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

export function readBoolean(text: string): boolean | undefined {
  switch (text) {
    case 'Y': case 'y': case 'true': case 'TRUE': case 'True': case 'yes': case 'Yes': case 'YES': case '1': return true;
    case 'N': case 'n': case 'false': case 'FALSE': case 'False': case 'no': case 'No': case 'NO': case '0': return false;
  }
  const t = text.trim().toLowerCase();
  if (t === 'y' || t === 'yes' || t === 'true' || t === '1') return true;
  if (t === 'n' || t === 'no' || t === 'false' || t === '0') return false;
  return undefined;
}

/** Seconds from `95`, `95.5` or `HH:MM:SS` (`00:01:35`); durations are never negative. */
export function readDuration(text: string): number | undefined {
  const n = readNumber(text);
  if (n !== undefined) return n >= 0 ? n : undefined;
  const m = HMS_RE.exec(text.trim());
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** A fraction from `0.85` or `85%`. */
export function readPercent(text: string): number | undefined {
  const t = text.trim();
  if (t.endsWith('%')) {
    const n = readNumber(t.slice(0, -1));
    return n === undefined ? undefined : n / 100;
  }
  return readNumber(t);
}

function readText(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}

/** The coercer of a column of the given type. Empty (or blank) cells are null for every type. */
export function coercerFor(type: FieldType, readTimestamp: TimestampReader): Coercer {
  const typed = typedCoercer(type, readTimestamp);
  if (type === 'string') return typed;
  // a typed value never starts with a space, so only then is the cell checked for being blank
  return (text) => (text === '' || (text.charCodeAt(0) <= 32 && text.trim() === '') ? null : typed(text));
}

function typedCoercer(type: FieldType, readTimestamp: TimestampReader): Coercer {
  switch (type) {
    case 'string': return readText;
    case 'number': case 'count': case 'money': return readNumber;
    case 'percent': return readPercent;
    case 'boolean': return readBoolean;
    case 'duration': return readDuration;
    case 'timestamp': return (text) => readTimestamp(text.trim()) ?? undefined;
  }
}

/**
 * The same coercion for a JSON value: typed JSON values are taken when they fit (a number for a number or
 * duration, a boolean for a boolean), strings go through the text coercer.
 */
export function coerceJsonValue(value: unknown, type: FieldType, coerce: Coercer): Value | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : coerce(value);
  if (typeof value === 'number') return coerceJsonNumber(value, type);
  if (typeof value === 'boolean') return type === 'boolean' ? value : type === 'string' ? String(value) : undefined;
  return undefined;
}

function coerceJsonNumber(value: number, type: FieldType): Value | undefined {
  if (!Number.isFinite(value)) return undefined;
  switch (type) {
    case 'string': return String(value);
    case 'boolean': return value === 1 ? true : value === 0 ? false : undefined;
    case 'duration': return value >= 0 ? value : undefined;
    case 'timestamp': return undefined;
    default: return value;
  }
}

/** How a raw value is quoted in an error message: `rating: "abc" is not a number`. */
export function quoteRaw(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(short);
}
