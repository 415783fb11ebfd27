import { Info, type Zone } from 'luxon';

// Timestamps inside the engine are org-local wall-clock milliseconds: the local date and time counted as if
// they were UTC (see ScoreRecord in dsl/src/compile/types.ts). A text without an offset already is local wall
// clock and is read digit by digit (the hot path of every import); a text with an offset is an instant and
// is moved into the zone with luxon's rules, the zone's offset cached per UTC hour.

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A timestamp text or time zone that cannot be read; `message` is meant to be shown as is. */
export class TimeError extends Error {
  override readonly name = 'TimeError';
  constructor(message: string, readonly input: string) {
    super(message);
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The digit at `i` (0–9), or a value ≥ 10 for anything else (also past the end: NaN − 48 fails `< 10`). */
function d1(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : 100_000;
}

/** Two digits at `i` as a number, or ≥ 1000 when either is not a digit. */
function d2(s: string, i: number): number {
  return d1(s, i) * 10 + d1(s, i + 1);
}

interface Parsed {
  /** wall clock as if UTC */
  wallMs: number;
  /** the written offset in minutes, or null when there was none */
  offset: number | null;
}

const parsed: Parsed = { wallMs: 0, offset: null };

/** Parses `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][Z|±HH[:MM]]` into the shared `parsed` slot; false when malformed. */
function parseInto(s: string): boolean {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = d2(s, 0) * 100 + d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  if (y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return false;
  let ms = daysFromCivil(y, mo, d) * DAY_MS;
  let i = 10;
  parsed.offset = null;
  const sep = s.charCodeAt(i);
  if (sep === 84 || sep === 32 || sep === 116) {
    const time = parseTime(s, i + 1);
    if (time < 0) return false;
    ms += time;
    i = timeEnd;
  }
  if (i < s.length) {
    const off = parseOffset(s, i);
    if (off === null) return false;
    parsed.offset = off;
  }
  parsed.wallMs = ms;
  return true;
}

let timeEnd = 0;

/** `HH:MM[:SS[.fff…]]` at `at` → ms of the day (sets `timeEnd`), or -1. */
function parseTime(s: string, at: number): number {
  const h = d2(s, at);
  const mi = d2(s, at + 3);
  if (h > 23 || mi > 59 || s.charCodeAt(at + 2) !== 58) return -1;
  let ms = h * HOUR_MS + mi * 60_000;
  let i = at + 5;
  if (s.charCodeAt(i) === 58) {
    const sec = d2(s, i + 1);
    if (sec > 59) return -1;
    ms += sec * 1000;
    i += 3;
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) {
      let scale = 100;
      let frac = 0;
      let j = i + 1;
      for (; j < s.length; j++) {
        const digit = d1(s, j);
        if (digit > 9) break;
        frac += digit * scale;
        scale /= 10;
      }
      if (j === i + 1) return -1;
      ms += Math.round(frac);
      i = j;
    }
  }
  timeEnd = i;
  return ms;
}

/** `Z`, `±HH`, `±HHMM` or `±HH:MM` filling the rest of the text → minutes east of UTC, or null. */
function parseOffset(s: string, at: number): number | null {
  const rest = s.length - at;
  const c = s.charCodeAt(at);
  if (rest === 1 && (c === 90 || c === 122)) return 0;
  const sign = c === 43 ? 1 : c === 45 ? -1 : 0;
  if (sign === 0) return null;
  const h = d2(s, at + 1);
  let mi = 0;
  if (rest === 6 && s.charCodeAt(at + 3) === 58) mi = d2(s, at + 4);
  else if (rest === 5) mi = d2(s, at + 3);
  else if (rest !== 3) return null;
  if (h > 23 || mi > 59) return null;
  return sign * (h * 60 + mi);
}

/** A time zone with a per-hour cache of its UTC offset. */
export class ZoneClock {
  readonly zone: Zone;
  /** offset in ms by UTC hour; NaN marks an hour in which the offset changes */
  private readonly offsets = new Map<number, number>();

  constructor(readonly name: string) {
    const zone = Info.normalizeZone(name);
    if (!zone || !zone.isValid) {
      throw new TimeError(`unknown time zone '${name}': use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC`, name);
    }
    this.zone = zone;
  }

  /** The zone's offset from UTC in ms at a UTC instant. */
  offsetAt(utcMs: number): number {
    const hour = Math.floor(utcMs / HOUR_MS);
    let off = this.offsets.get(hour);
    if (off === undefined) {
      const start = this.zone.offset(hour * HOUR_MS);
      const end = this.zone.offset(hour * HOUR_MS + HOUR_MS - 1);
      off = start === end ? start * 60_000 : NaN;
      if (this.offsets.size > 200_000) this.offsets.clear();
      this.offsets.set(hour, off);
    }
    return off === off ? off : this.zone.offset(utcMs) * 60_000;
  }

  /** The org-local wall-clock ms of a UTC instant. */
  localOf(utcMs: number): number {
    return utcMs + this.offsetAt(utcMs);
  }
}

const clocks = new Map<string, ZoneClock>();

/** The shared clock of a zone; throws TimeError for an unknown zone. */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * Org-local wall-clock ms of a timestamp text, or null when the text is not a timestamp. A text without an
 * offset (`2021-01-01 09:12:58`, a bare date) is taken as local already; `…Z` and `…+08:00` are instants.
 */
export function tryLocalMs(text: string, zone: string): number | null {
  if (!parseInto(text)) return null;
  if (parsed.offset === null) return parsed.wallMs;
  return zoneClock(zone).localOf(parsed.wallMs - parsed.offset * 60_000);
}

/** Like tryLocalMs, but a text that is not a timestamp is a TimeError naming it. */
export function toLocalMs(text: string, zone: string): number {
  const ms = tryLocalMs(text, zone);
  if (ms === null) {
    throw new TimeError(`'${text}' is not a timestamp: write 2021-01-05T09:12:58, optionally with Z or an offset like +08:00`, text);
  }
  return ms;
}

/** The local day `YYYY-MM-DD` of org-local ms. */
export function dayOfLocalMs(localMs: number): string {
  return new Date(Math.floor(localMs / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Org-local ms at the start of a local day `YYYY-MM-DD`. */
export function localDayMs(day: string): number {
  if (!parseInto(day) || day.length !== 10) throw new TimeError(`'${day}' is not a day: write it as YYYY-MM-DD`, day);
  return parsed.wallMs;
}

/** `YYYY-MM-DD HH:MM:SS` of org-local ms, for display. */
export function formatLocalMs(localMs: number): string {
  const iso = new Date(localMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
