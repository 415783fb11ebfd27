// Runtime operations shared by the generated code (compile/codegen.ts) and the interpreter
// (compile/interpret.ts), so both give the same answer by construction. They follow spec §3 and §5:
// orderings and equality use 12-significant-digit comparison, and null propagates as the spec says.
import type { Value } from '../compile/types';
import { cmp12, eq12 } from './numbers';

/** -1, 0 or 1 for two numbers (12 digits) or two strings (code units); null for anything else (null included). */
export function order(a: Value, b: Value): -1 | 0 | 1 | null {
  if (typeof a === 'number' && typeof b === 'number') return cmp12(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

/** `==`: always a boolean; `null == null` is true; numbers agree to 12 significant digits. */
export function same(a: Value, b: Value): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && eq12(a, b));
}

// The orderings on the slow path (anything but two numbers): null unless both are strings.
export const lt = (a: Value, b: Value): boolean | null => { const o = order(a, b); return o === null ? null : o < 0; };
export const le = (a: Value, b: Value): boolean | null => { const o = order(a, b); return o === null ? null : o <= 0; };
export const gt = (a: Value, b: Value): boolean | null => { const o = order(a, b); return o === null ? null : o > 0; };
export const ge = (a: Value, b: Value): boolean | null => { const o = order(a, b); return o === null ? null : o >= 0; };

/** A finite number, or null (Infinity and NaN never leave an operation). */
export const finite = (n: number): number | null => (n - n === 0 ? n : null);

const NUMERIC_STRING = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether an attribute string holds a plain decimal number (money arrives as `"5000.00"`). */
export const isNumericString = (v: unknown): v is string => typeof v === 'string' && NUMERIC_STRING.test(v);

/** An attribute read where a number is expected: numbers and numeric strings give numbers, anything else null. */
export function attrNum(v: Value | undefined): Value {
  if (typeof v === 'number') return finite(v);
  if (isNumericString(v)) return finite(Number(v));
  return null;
}

/** An attribute read where a date is expected: `YYYY-MM-DD` gives its day number (days since 1970-01-01). */
export function attrDate(v: Value | undefined): Value {
  if (typeof v === 'number') return finite(v);
  if (typeof v !== 'string') return null;
  const m = ISO_DAY.exec(v.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March: a day that does not exist is not a date
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.floor(d.getTime() / DAY_MS);
}

/** An attribute read as written (strings, booleans); absent becomes null. */
export const attrRaw = (v: Value | undefined): Value => (v === undefined ? null : v);

/** An attribute of unknown type: numeric strings become numbers, the rest is kept. */
export function attrAuto(v: Value | undefined): Value {
  if (v === undefined) return null;
  return isNumericString(v) || typeof v === 'number' ? attrNum(v) : v;
}

/**
 * A property of a plain data object (a record, an attribute bag) that the object itself holds:
 * `constructor` or `__proto__` on a record parsed from JSON must read as absent, not as Object's.
 */
export function own(obj: object | undefined, key: string): Value | undefined {
  return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, Value>)[key] : undefined;
}

/** Whether a name could be found on Object.prototype, so a plain property read is not enough. */
export const inheritedName = (key: string): boolean => key in Object.prototype;

/** How an attribute is converted when read, decided at compile time from its checked type. */
export type AttrConversion = 'number' | 'date' | 'raw' | 'auto';

export const ATTR_READERS: Readonly<Record<AttrConversion, (v: Value | undefined) => Value>> = {
  number: attrNum, date: attrDate, raw: attrRaw, auto: attrAuto,
};

/** `avg(cond)` is the share of records where cond holds: true → 1, false → 0, anything else skipped. */
export const rate = (v: Value): Value => (v === true ? 1 : v === false ? 0 : null);
