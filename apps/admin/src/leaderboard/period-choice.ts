import {
  addDays, addMonths, addQuarters, dayMs, daysBetween, isDay, isoWeekOf, mondayOfIsoWeek, quarterOf,
} from './calendar';

// The period a page shows, as the user picked it, and the api's PeriodInput it stands for. In the address bar it
// reads `month:2021-02`, `week:2021-W05`, `day:2021-02-03`, `quarter:2021-Q1` or `custom:2021-02-01..2021-02-14`.

export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type PeriodChoice =
  | { kind: 'day'; day: string }
  | { kind: 'week'; week: string }
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; quarter: string }
  | { kind: 'custom'; from: string; to: string };

/** The api's PeriodInput: exactly one form, or from and to. */
export type PeriodInput = { day: string } | { week: string } | { month: string } | { quarter: string } | { from: string; to: string };

/** The longest custom range the api scores at once. */
export const MAX_CUSTOM_DAYS = 3660;

export function toPeriodInput(choice: PeriodChoice): PeriodInput {
  switch (choice.kind) {
    case 'day': return { day: choice.day };
    case 'week': return { week: choice.week };
    case 'month': return { month: choice.month };
    case 'quarter': return { quarter: choice.quarter };
    case 'custom': return { from: choice.from, to: choice.to };
  }
}

/** Why a choice cannot be asked for (a translation key under ys.period.), or null when it can. */
export function periodProblem(choice: PeriodChoice): string | null {
  switch (choice.kind) {
    case 'day': return isDay(choice.day) ? null : 'invalid_day';
    case 'week': return mondayOfIsoWeek(choice.week) ? null : 'invalid_week';
    case 'month': return /^\d{4}-(0[1-9]|1[0-2])$/.test(choice.month) ? null : 'invalid_month';
    case 'quarter': return /^\d{4}-Q[1-4]$/.test(choice.quarter) ? null : 'invalid_quarter';
    case 'custom': {
      if (!isDay(choice.from) || !isDay(choice.to)) return 'invalid_day';
      const days = daysBetween(choice.from, choice.to);
      if (days < 1) return 'range_backwards';
      return days > MAX_CUSTOM_DAYS ? 'range_too_long' : null;
    }
  }
}

/** The period of `kind` holding `today`; a custom range starts as today's month so far. */
export function periodContaining(kind: PeriodKind, today: string): PeriodChoice {
  switch (kind) {
    case 'day': return { kind, day: today };
    case 'week': return { kind, week: isoWeekOf(today) };
    case 'month': return { kind, month: today.slice(0, 7) };
    case 'quarter': return { kind, quarter: quarterOf(today) };
    case 'custom': return { kind, from: `${today.slice(0, 7)}-01`, to: today };
  }
}

/** The first and last day of a valid choice. */
export function periodDays(choice: PeriodChoice): { from: string; to: string } {
  switch (choice.kind) {
    case 'day': return { from: choice.day, to: choice.day };
    case 'week': {
      const monday = mondayOfIsoWeek(choice.week) ?? choice.week;
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month': return { from: `${choice.month}-01`, to: addDays(`${addMonths(choice.month, 1)}-01`, -1) };
    case 'quarter': {
      const first = `${choice.quarter.slice(0, 4)}-${String((Number(choice.quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`;
      return { from: `${first}-01`, to: addDays(`${addMonths(first, 3)}-01`, -1) };
    }
    case 'custom': return { from: choice.from, to: choice.to };
  }
}

/** The period `steps` periods later (earlier when negative); a custom range moves by its own length. */
export function shiftPeriod(choice: PeriodChoice, steps: number): PeriodChoice {
  switch (choice.kind) {
    case 'day': return { kind: 'day', day: addDays(choice.day, steps) };
    case 'week': return { kind: 'week', week: isoWeekOf(addDays(mondayOfIsoWeek(choice.week) ?? '1970-01-05', 7 * steps)) };
    case 'month': return { kind: 'month', month: addMonths(choice.month, steps) };
    case 'quarter': return { kind: 'quarter', quarter: addQuarters(choice.quarter, steps) };
    case 'custom': {
      const length = daysBetween(choice.from, choice.to);
      return { kind: 'custom', from: addDays(choice.from, length * steps), to: addDays(choice.to, length * steps) };
    }
  }
}

/** `count` consecutive periods ending with `choice`, oldest first (a trend's x axis). */
export function periodsEndingWith(choice: PeriodChoice, count: number): PeriodChoice[] {
  return Array.from({ length: Math.max(1, count) }, (_, index) => shiftPeriod(choice, index - Math.max(1, count) + 1));
}

export function periodToParam(choice: PeriodChoice): string {
  const input = toPeriodInput(choice);
  return choice.kind === 'custom' ? `custom:${choice.from}..${choice.to}` : `${choice.kind}:${Object.values(input)[0] as string}`;
}

/** Reads `month:2021-02` (and the other forms) back; null for anything else or an impossible period. */
export function periodFromParam(text: string | null | undefined): PeriodChoice | null {
  const match = /^(day|week|month|quarter|custom):(.+)$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const [kind, value] = [match[1] as PeriodKind, match[2]];
  let choice: PeriodChoice;
  if (kind === 'custom') {
    const [from = '', to = ''] = value.split('..');
    choice = { kind, from, to };
  } else {
    choice = { kind, [kind]: value } as PeriodChoice;
  }
  return periodProblem(choice) === null ? choice : null;
}

/** How the period is written on screen and in file names: `2021-02`, `2021-W05`, `2021-02-01..2021-02-14`. */
export function periodLabel(choice: PeriodChoice): string {
  return choice.kind === 'custom' ? `${choice.from}..${choice.to}` : periodToParam(choice).slice(choice.kind.length + 1);
}

/** Whether the period ends before `today` (finished) — only used to say "so far" on running periods. */
export function periodIsRunning(choice: PeriodChoice, today: string): boolean {
  const { from, to } = periodDays(choice);
  const [start, end, now] = [dayMs(from), dayMs(to), dayMs(today)];
  return start !== null && end !== null && now !== null && start <= now && now <= end;
}
