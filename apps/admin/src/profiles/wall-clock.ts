import { addDays } from '../leaderboard/calendar';

// Times as the organisation reads them. The api takes a wall-clock time in the organisation's zone
// (`2021-03-10T12:00`, what an <input type="datetime-local"> gives) and days in that zone, whatever zone the
// browser is in; so "now" and "today" are computed in the organisation's zone, never the browser's.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** `YYYY-MM-DDTHH:mm` of the instant in `timeZone` (UTC when the zone is unknown to this browser). */
export function wallClockIn(timeZone: string, instantMs: number): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter(timeZone).formatToParts(new Date(instantMs));
  } catch {
    parts = formatter('UTC').formatToParts(new Date(instantMs));
  }
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The day (`YYYY-MM-DD`) the instant falls on in `timeZone`. */
export function dayIn(timeZone: string, instantMs: number): string {
  return wallClockIn(timeZone, instantMs).slice(0, 10);
}

/** Choices for when an override ends, as wall-clock times: tonight's midnight, then whole days after it. */
export function untilChoices(fromWallClock: string): { key: string; days: number; value: string }[] {
  const day = fromWallClock.slice(0, 10);
  return [0, 1, 3, 7].map((days) => ({ key: `days_${days}`, days, value: `${addDays(day, days + 1)}T00:00` }));
}

/**
 * What the "switch now" dialog proposes: from now (to the minute) until the end of tomorrow, so a one-click
 * switch never runs for ever and never ends before the admin has read the leaderboard.
 */
export function overrideDefaults(nowMs: number, timeZone: string): { from: string; to: string } {
  const from = wallClockIn(timeZone, nowMs);
  return { from, to: untilChoices(from)[1].value };
}

/** `2021-03-08T09:00` → `2021-03-08 09:00`; an instant with an offset is shown as its wall-clock part too. */
export function showWallClock(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? `${match[1]} ${match[2]}` : value;
}

/**
 * The instant (ms) a wall-clock time `YYYY-MM-DDTHH:mm` names in `timeZone`. In a daylight-saving gap the time
 * does not exist: the instant just after the gap is given, as the api does.
 */
export function instantOfWallClock(wall: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!match) return Number.NaN;
  const asUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  const offsetAt = (ms: number) => {
    const local = wallClockIn(timeZone, ms);
    return Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)),
      Number(local.slice(11, 13)), Number(local.slice(14, 16))) - Math.floor(ms / 60_000) * 60_000;
  };
  // Two rounds settle the offset on either side of a daylight-saving change.
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return offsetAt(second) === offsetAt(first) ? second : Math.max(first, second);
}
