import type { TimestampReader } from '@yardstick/contracts';
import { tryLocalMs, zoneClock } from '@yardstick/engine';

// Record times as PostgreSQL stores them: UTC instants. The text is read by the engine's own parser (the same
// forms `yardstick score` accepts); with an offset (`Z`, `+08:00`) it is an instant already, without one it is
// wall-clock time in the organisation's zone. A local time inside a spring-forward gap moves on by the gap.

/** A TimestampReader giving UTC epoch milliseconds, or null when the text is not a timestamp. */
export function instantReader(zone: string): TimestampReader {
  const clock = zoneClock(zone);
  const utc = zone === 'UTC' || zone === 'Etc/UTC';
  return (text) => {
    // read in UTC: an offset text gives its instant, a local one its wall clock counted as UTC
    const ms = tryLocalMs(text, 'UTC');
    if (ms === null || utc || hasOffset(text)) return ms;
    const first = ms - clock.offsetAt(ms);
    return ms - clock.offsetAt(first);
  };
}

/** After the 10 characters of the day only an offset has a sign or a Z (the time part is digits, `:` and `.`). */
function hasOffset(text: string): boolean {
  for (let i = 10; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 90 || c === 122 || c === 43 || c === 45) return true;
  }
  return false;
}
