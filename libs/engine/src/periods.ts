import { DateTime } from 'luxon';
import type { PeriodUnit } from '@yardstick/dsl';
import { daysFromCivil } from './time';
import type { Period } from './types';

// Periods are inclusive ranges of calendar days in the organisation's time zone. Days are plain
// `YYYY-MM-DD` texts; all calendar arithmetic runs in UTC so no zone rule can shift a day.

/** A period text or range the user gave that is not a real period; `message` is meant to be shown as is. */
export class PeriodError extends Error {
  override readonly name = 'PeriodError';
  constructor(message: string, readonly input: string) {
    super(message);
  }
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FORMS = 'a day 2021-01-05, a week 2021-W03, a month 2021-01, a quarter 2021-Q1, a year 2021 or a range 2021-01-05..2021-01-20';

const utc = { zone: 'utc' } as const;
const isoDay = (d: DateTime): string => d.toISODate() as string;

/** The day `YYYY-MM-DD` as a luxon date, or a PeriodError naming what is wrong with it. */
export function parseDay(text: string): DateTime {
  const m = DAY_RE.exec(text);
  if (!m) throw new PeriodError(`'${text}' is not a day: write it as YYYY-MM-DD, e.g. 2021-01-05`, text);
  const d = DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }, utc);
  if (!d.isValid) throw new PeriodError(`'${text}' is not a real day (${d.invalidExplanation ?? 'out of range'})`, text);
  return d;
}

/** Parses the period forms users type: `2021-01-05`, `2021-W03`, `2021-01`, `2021-Q1`, `2021`, `2021-01-05..2021-01-20`. */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  const range = t.split('..');
  if (range.length === 2) return rangePeriod(range[0].trim(), range[1].trim());
  let m: RegExpExecArray | null;
  if (DAY_RE.test(t)) return spanOf(parseDay(t), 'day');
  if ((m = /^(\d{4})-W(\d{1,2})$/i.exec(t))) return isoWeek(+m[1], +m[2], t);
  if ((m = /^(\d{4})-Q(\d)$/i.exec(t))) {
    if (+m[2] < 1 || +m[2] > 4) throw new PeriodError(`'${t}' is not a quarter: quarters are Q1 to Q4`, t);
    return spanOf(DateTime.fromObject({ year: +m[1], month: (+m[2] - 1) * 3 + 1, day: 1 }, utc), 'quarter');
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(t))) {
    if (+m[2] < 1 || +m[2] > 12) throw new PeriodError(`'${t}' is not a month: months are 01 to 12`, t);
    return spanOf(DateTime.fromObject({ year: +m[1], month: +m[2], day: 1 }, utc), 'month');
  }
  if ((m = /^(\d{4})$/.exec(t))) return spanOf(DateTime.fromObject({ year: +m[1], month: 1, day: 1 }, utc), 'year');
  throw new PeriodError(`'${text}' is not a period: write ${FORMS}`, text);
}

function isoWeek(weekYear: number, weekNumber: number, text: string): Period {
  const weeks = DateTime.fromObject({ year: weekYear, month: 6, day: 1 }, utc).weeksInWeekYear;
  if (weekNumber < 1 || weekNumber > weeks) {
    throw new PeriodError(`'${text}' is not a week: ${weekYear} has ISO weeks W01 to W${weeks}`, text);
  }
  return spanOf(DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, utc), 'week');
}

/** An explicit range of days, both ends included. */
export function rangePeriod(from: string, to: string): Period {
  const a = parseDay(from);
  const b = parseDay(to);
  if (b < a) throw new PeriodError(`the range ${from}..${to} ends before it starts`, `${from}..${to}`);
  return { from: isoDay(a), to: isoDay(b) };
}

/** The period of the given unit that contains a day: `periodOf('week', '2021-01-01')` is 2020-12-28..2021-01-03. */
export function periodOf(unit: PeriodUnit, day: string): Period {
  return spanOf(parseDay(day), unit);
}

const LUXON_UNIT: Record<PeriodUnit, 'day' | 'week' | 'month' | 'quarter' | 'year'> = {
  day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year',
};

function spanOf(day: DateTime, unit: PeriodUnit): Period {
  const u = LUXON_UNIT[unit];
  if (!u) throw new PeriodError(`'${String(unit)}' is not a period unit: use day, week, month, quarter or year`, String(unit));
  // luxon's week starts on Monday (ISO) whatever the locale
  return { from: isoDay(day.startOf(u)), to: isoDay(day.endOf(u)) };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (the language's `date` value). */
export function dayNumber(day: string): number {
  const m = DAY_RE.exec(day);
  // the common case without luxon (this runs per agent); anything doubtful gets parseDay's checks and message
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 28) return daysFromCivil(+m[1], +m[2], +m[3]);
  return Math.round(parseDay(day).toMillis() / 86_400_000);
}

/** The `YYYY-MM-DD` text of a day number. */
export function dayText(dayNum: number): string {
  return isoDay(DateTime.fromMillis(dayNum * 86_400_000, utc));
}

/** How many days a period covers. */
export function periodDays(period: Period): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1;
}

/** `2021-01-01..2021-01-31`, the way periods are written back to users. */
export function periodText(period: Period): string {
  return period.from === period.to ? period.from : `${period.from}..${period.to}`;
}
