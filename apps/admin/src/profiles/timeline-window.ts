import { addDays, addMonths, daysBetween, isDay } from '../leaderboard/calendar';

// Which days the profile timeline shows. The default looks a little back and three months ahead of today (where
// switches are planned); a profile's scheduled range can be brought into view with a click.

export interface TimelineWindow { from: string; to: string }

/** The longest window the api draws at once (its profileTimeline limit). */
export const MAX_WINDOW_DAYS = 3660;

export function aroundToday(today: string): TimelineWindow {
  return { from: addDays(today, -14), to: addDays(today, 76) };
}

export function yearOf(day: string): TimelineWindow {
  return { from: `${day.slice(0, 4)}-01-01`, to: `${day.slice(0, 4)}-12-31` };
}

/** The whole months around a scheduled range, with a month before and after for context. */
export function aroundRange(from: string, to: string): TimelineWindow {
  const first = addMonths(from.slice(0, 7), -1);
  const last = addMonths(to.slice(0, 7), 2);
  return { from: `${first}-01`, to: addDays(`${last}-01`, -1) };
}

/** A window the api accepts: real days, in order, not too long; null otherwise. */
export function validWindow(window: TimelineWindow): TimelineWindow | null {
  if (!isDay(window.from) || !isDay(window.to)) return null;
  const days = daysBetween(window.from, window.to);
  return days >= 1 && days <= MAX_WINDOW_DAYS ? window : null;
}
