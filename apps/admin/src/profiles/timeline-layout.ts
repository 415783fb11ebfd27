import { addDays, addMonths, dayMs, daysBetween } from '../leaderboard/calendar';
import { instantOfWallClock } from './wall-clock';

// A horizontal timeline of one scorecard's profiles: the stretches the api decided (schedule, overrides,
// default) as bars on one line, the overrides themselves (cleared ones too) on lanes below, day/week/month ticks
// and a "now" line. Positions are percentages of the window, so the drawing scales with the page.

export interface TimelineStretch {
  from: string; to: string; profile: string | null; label: string | null;
  source: 'OVERRIDE' | 'SCHEDULE' | 'DEFAULT'; overrideId: string | null; reason: string | null;
}

export interface TimelineOverride {
  id: string; profile: string; from: string; to: string; reason: string; active: boolean;
  createdBy: string | null; clearedAt: string | null;
}

export interface Placed { left: number; width: number }
export interface StretchBar extends Placed { stretch: TimelineStretch; colour: number }
export interface OverrideBar extends Placed { override: TimelineOverride; colour: number }
export interface Tick { left: number; label: string; major: boolean }

export interface TimelineLayout {
  bars: StretchBar[];
  /** overrides on lanes, so two that overlap in time (a cleared and a newer one) never cover each other */
  lanes: OverrideBar[][];
  ticks: Tick[];
  /** where "now" is, or null outside the window */
  now: number | null;
}

export interface TimelineInput {
  /** first and last day shown (inclusive, organisation zone) */
  from: string;
  to: string;
  timeZone: string;
  stretches: readonly TimelineStretch[];
  overrides: readonly TimelineOverride[];
  /** profile keys in the scorecard's order: a profile keeps its colour everywhere */
  profiles: readonly string[];
  nowMs: number;
}

/** The window [start, end) in ms, and where an instant falls in it, in percent (clamped). */
function scale(input: TimelineInput): { place: (fromMs: number, toMs: number) => Placed | null; at: (ms: number) => number } {
  const start = instantOfWallClock(`${input.from}T00:00`, input.timeZone);
  const end = instantOfWallClock(`${addDays(input.to, 1)}T00:00`, input.timeZone);
  const span = Math.max(1, end - start);
  const at = (ms: number) => Math.min(100, Math.max(0, ((ms - start) / span) * 100));
  return {
    at,
    place: (fromMs, toMs) => (toMs <= start || fromMs >= end || !(toMs > fromMs) ? null : { left: at(fromMs), width: at(toMs) - at(fromMs) }),
  };
}

export function colourOf(profiles: readonly string[], profile: string | null): number {
  const index = profile === null ? -1 : profiles.indexOf(profile);
  return index < 0 ? profiles.length : index;
}

export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const { place, at } = scale(input);
  const bars = input.stretches.flatMap((stretch) => {
    const placed = place(Date.parse(stretch.from), Date.parse(stretch.to));
    return placed ? [{ ...placed, stretch, colour: colourOf(input.profiles, stretch.profile) }] : [];
  });
  const overrideBars = [...input.overrides]
    .sort((a, b) => Date.parse(a.from) - Date.parse(b.from))
    .flatMap((override) => {
      const placed = place(Date.parse(override.from), Date.parse(override.to));
      return placed ? [{ ...placed, override, colour: colourOf(input.profiles, override.profile) }] : [];
    });
  const nowPlaced = place(input.nowMs, input.nowMs + 1);
  return { bars, lanes: assignLanes(overrideBars), ticks: ticksOf(input, at), now: nowPlaced ? nowPlaced.left : null };
}

/** Greedy interval colouring: each bar goes on the first lane whose last bar ends before it starts. */
export function assignLanes<T extends Placed>(bars: readonly T[]): T[][] {
  const lanes: T[][] = [];
  for (const bar of bars) {
    const lane = lanes.find((candidate) => {
      const last = candidate[candidate.length - 1];
      return last.left + last.width <= bar.left + 1e-9;
    });
    if (lane) lane.push(bar);
    else lanes.push([bar]);
  }
  return lanes;
}

/** Days for a fortnight, Mondays up to four months, first days of months up to three years, else years. */
export function tickDays(from: string, to: string): { day: string; major: boolean }[] {
  const days = daysBetween(from, to);
  const all: { day: string; major: boolean }[] = [];
  if (days <= 16) {
    for (let day = from; day <= to; day = addDays(day, 1)) all.push({ day, major: day.endsWith('-01') || day === from });
  } else if (days <= 124) {
    const weekday = (new Date(dayMs(from) ?? 0).getUTCDay() + 6) % 7;
    for (let day = addDays(from, (7 - weekday) % 7); day <= to; day = addDays(day, 7)) all.push({ day, major: false });
    for (let month = addMonths(from.slice(0, 7), from.endsWith('-01') ? 0 : 1); `${month}-01` <= to; month = addMonths(month, 1)) {
      all.push({ day: `${month}-01`, major: true });
    }
  } else {
    const step = days <= 1100 ? 1 : 12;
    let month = addMonths(from.slice(0, 7), from.endsWith('-01') ? 0 : 1);
    if (step === 12) while (!month.endsWith('-01')) month = addMonths(month, 1);
    for (; `${month}-01` <= to; month = addMonths(month, step)) all.push({ day: `${month}-01`, major: month.endsWith('-01') });
  }
  // A Monday that is also the first of a month is shown once, as the month.
  const byDay = new Map<string, { day: string; major: boolean }>();
  for (const tick of all) if (!byDay.get(tick.day)?.major) byDay.set(tick.day, tick);
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Labels closer than this (percent of the width) to a month label are dropped, so no two overprint. */
const MIN_TICK_GAP = 6;

function ticksOf(input: TimelineInput, at: (ms: number) => number): Tick[] {
  const long = daysBetween(input.from, input.to) > 1100;
  const ticks = tickDays(input.from, input.to).map(({ day, major }) => ({
    left: at(instantOfWallClock(`${day}T00:00`, input.timeZone)),
    label: long ? day.slice(0, 4) : major && day.endsWith('-01') ? day.slice(0, 7) : day.slice(5),
    major,
  }));
  const majors = ticks.filter((tick) => tick.major);
  return ticks.filter((tick) => tick.major || majors.every((major) => Math.abs(major.left - tick.left) >= MIN_TICK_GAP));
}
