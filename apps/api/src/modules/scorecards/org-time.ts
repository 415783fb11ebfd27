import { DAY_MS, dayOfLocalMs, localDayMs, tryLocalMs, zoneClock } from '@yardstick/engine';

// Instants and days in the organisation's time zone. Three forms meet here: UTC instants (what PostgreSQL
// stores in timestamptz), org-local wall-clock ms (what the engine compares records by, see ScoreRecord) and
// texts: days `YYYY-MM-DD` and ISO timestamps with the zone's offset (what the API shows).

/** A moment in both forms the service needs. */
export interface Moment {
  readonly utcMs: number;
  /** org-local wall clock counted as if UTC (the engine's timestamp form) */
  readonly localMs: number;
}

// a day, optionally a time after `T` or a space, and only after a time an offset
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?)(?<=\d)(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The zone's clock; a zone that does not exist is a TimeError naming it. */
const clockOf = zoneClock;

/** The UTC instant of an org-local wall-clock time; a time inside a spring-forward gap moves on by the gap. */
export function utcOfLocal(localMs: number, zone: string): number {
  const clock = clockOf(zone);
  let utc = localMs - clock.offsetAt(localMs);
  utc = localMs - clock.offsetAt(utc);
  return utc;
}

export function momentOfUtc(utcMs: number, zone: string): Moment {
  return { utcMs, localMs: clockOf(zone).localOf(utcMs) };
}

export function momentOfLocal(localMs: number, zone: string): Moment {
  const utcMs = utcOfLocal(localMs, zone);
  return { utcMs, localMs: clockOf(zone).localOf(utcMs) };
}

/** The start (local midnight) of a day `YYYY-MM-DD` in the zone. */
export function startOfDay(day: string, zone: string): Moment {
  return momentOfLocal(localDayMs(day), zone);
}

/** The org-local day of an instant. */
export function dayOf(moment: Moment): string {
  return dayOfLocalMs(moment.localMs);
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return dayOfLocalMs(localDayMs(day) + DAY_MS);
}

/** `2021-03-08T00:00:00.000+08:00`: the instant written in the organisation's zone with its offset. */
export function isoInZone(utcMs: number, zone: string): string {
  const offsetMs = clockOf(zone).offsetAt(utcMs);
  const local = new Date(utcMs + offsetMs).toISOString().slice(0, 23);
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a day or timestamp the API was given. With an offset (`Z`, `+08:00`) it is an instant; without one
 * it is a wall-clock time in the organisation's zone; a bare day is that day's local midnight.
 * Returns null for anything else (the caller reports the field).
 */
export function parseMoment(text: string, zone: string): Moment | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, wallText, offset] = match;
  if (offset !== undefined && wallText.length <= 10) return null;
  const wall = tryLocalMs(wallText, 'UTC');
  if (wall === null) return null;
  if (offset === undefined) return momentOfLocal(wall, zone);
  return momentOfUtc(wall - offsetMinutes(offset) * 60_000, zone);
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return offset.startsWith('-') ? -minutes : minutes;
}

/** True when `text` is a real day `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && tryLocalMs(text, 'UTC') !== null;
}
