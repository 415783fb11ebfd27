// Calendar arithmetic on plain days (`YYYY-MM-DD`), in UTC so no local time zone or daylight saving can shift a
// day. Days here are the organisation's calendar days: what day "today" is comes from wall-clock.ts.

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as UTC midnight ms, or null when the text is not a real day (2021-02-30 is not). */
export function dayMs(day: string): number | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return null;
  return ms;
}

export function isDay(text: string): boolean {
  return dayMs(text) !== null;
}

export function dayOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  const ms = dayMs(day);
  if (ms === null) throw new Error(`not a day: ${day}`);
  return dayOfMs(ms + days * DAY_MS);
}

/** Inclusive count of days from `from` to `to` (1 for the same day; ≤ 0 when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  const [a, b] = [dayMs(from), dayMs(to)];
  if (a === null || b === null) throw new Error(`not a day: ${a === null ? from : to}`);
  return Math.round((b - a) / DAY_MS) + 1;
}

/** `2021-03` moved by `months`. */
export function addMonths(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + months;
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1, 2)}`;
}

/** The ISO week (Monday first; week 1 holds the year's first Thursday) of a day: `2021-W01`. */
export function isoWeekOf(day: string): string {
  const ms = dayMs(day);
  if (ms === null) throw new Error(`not a day: ${day}`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The Monday of an ISO week (`2021-W01` → `2021-01-04`), or null when the year has no such week. */
export function mondayOfIsoWeek(week: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = dayOfMs(mondayOfWeek1 + (number - 1) * 7 * DAY_MS);
  return number >= 1 && isoWeekOf(monday) === week ? monday : null;
}

/** `2021-Q1` moved by `quarters`. */
export function addQuarters(quarter: string, quarters: number): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const total = year * 4 + (q - 1) + quarters;
  return `${pad(Math.floor(total / 4), 4)}-Q${(total % 4) + 1}`;
}

export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
