import type { ActiveRange, DateLiteral, ProfileDecl, Span } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule } from '../analysis';
import { eachScorecard } from './rule-kit';

// `active A..B` ranges: A not after B (YS305), and no day in force for two profiles at once (YS304, at
// the later profile's range, naming both and the shared days). The parser reports impossible days (YS004).

const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or undefined for a day that does not exist (2026-02-30). */
export function dayNumber(d: DateLiteral): number | undefined {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return undefined;
  if (d.month < 1 || d.month > 12 || d.day < 1) return undefined;
  const back = new Date(0);
  back.setUTCFullYear(d.year, d.month - 1, d.day); // unlike Date.UTC, years below 100 stay as written
  return back.getUTCDate() === d.day && back.getUTCMonth() === d.month - 1 ? back.getTime() / DAY_MS : undefined;
}

const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `2026-11-01..2026-11-11`, without the `active` keyword. */
const datesSpan = (range: ActiveRange): Span => ({ start: range.from.span.start, end: range.to.span.end });

interface Interval { readonly profile: ProfileDecl; readonly range: ActiveRange; readonly from: number; readonly to: number }

function interval(profile: ProfileDecl, out: Diagnostic[]): Interval | undefined {
  const range = profile.active;
  if (!range) return undefined;
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  if (from === undefined || to === undefined) return undefined;
  if (from > to) {
    out.push(diagnostic('YS305', datesSpan(range)));
    return undefined;
  }
  return { profile, range, from, to };
}

export const profileActiveRule: CheckRule = {
  id: 'profile-active',
  check: eachScorecard((sc) => {
    const out: Diagnostic[] = [];
    const intervals: Interval[] = [];
    for (const item of sc.decl.items) {
      const i = item.kind === 'profile' ? interval(item, out) : undefined;
      if (i) intervals.push(i);
    }
    // profiles are few; every overlapping pair is reported
    for (let b = 1; b < intervals.length; b++) {
      for (let a = 0; a < b; a++) {
        const [x, y] = [intervals[a], intervals[b]];
        if (x.from > y.to || y.from > x.to) continue;
        out.push(diagnostic('YS304', datesSpan(y.range), {
          first: x.profile.name.name, second: y.profile.name.name, from: isoDay(Math.max(x.from, y.from)), to: isoDay(Math.min(x.to, y.to)),
        }));
      }
    }
    return out;
  }),
};
