import type { CompiledProfile, CompiledScorecard } from '@yardstick/dsl';
import { dayNumber, dayText } from './periods';
import { DAY_MS, localDayMs } from './time';
import type { Period, Segment } from './types';

// Which profile weighs the kpis (spec §5): one asked for explicitly; else the profile whose `active` range
// holds the whole period; else, when the period straddles scheduled ranges, one segment per stretch (each
// under its scheduled profile, or the default outside the ranges); else the default profile.

/** A profile key that the scorecard does not have. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(message: string, readonly profile: string, readonly known: readonly string[]) {
    super(message);
  }
}

/** A segment with its bounds in org-local ms (`endMs` exclusive) and the profile itself. */
export interface SegmentPlan {
  readonly from: string;
  readonly to: string;
  readonly startMs: number;
  readonly endMs: number;
  /** day numbers (days since 1970-01-01) of the first and last day */
  readonly firstDay: number;
  readonly lastDay: number;
  /** null when the scorecard has no profile to use here: scores are then null */
  readonly profile: CompiledProfile | null;
  readonly reason: Segment['reason'];
}

/** The default profile: the one marked `default`, else the only unscheduled one, else none. */
export function defaultProfile(sc: CompiledScorecard): CompiledProfile | null {
  const marked = sc.profiles.find((p) => p.isDefault);
  if (marked) return marked;
  const unscheduled = sc.profiles.filter((p) => !p.active);
  return unscheduled.length === 1 ? unscheduled[0] : null;
}

function segment(from: string, to: string, profile: CompiledProfile | null, reason: Segment['reason']): SegmentPlan {
  const startMs = localDayMs(from);
  const endMs = localDayMs(to) + DAY_MS;
  return { from, to, startMs, endMs, firstDay: startMs / DAY_MS, lastDay: endMs / DAY_MS - 1, profile, reason };
}

/** The segments of a period, in order, covering it exactly. */
export function planSegments(sc: CompiledScorecard, period: Period, explicit?: string): SegmentPlan[] {
  if (explicit !== undefined) {
    const chosen = sc.profiles.find((p) => p.key === explicit);
    if (!chosen) throw unknownProfile(sc, explicit);
    return [segment(period.from, period.to, chosen, 'explicit')];
  }
  const scheduled = sc.profiles
    .filter((p) => p.active && p.active.from <= period.to && p.active.to >= period.from)
    .sort((a, b) => (a.active!.from < b.active!.from ? -1 : 1));
  const containing = scheduled.find((p) => p.active!.from <= period.from && p.active!.to >= period.to);
  if (containing) return [segment(period.from, period.to, containing, 'scheduled')];
  const fallback = defaultProfile(sc);
  if (scheduled.length === 0) return [segment(period.from, period.to, fallback, 'default')];
  return splitAtSchedule(period, scheduled, fallback);
}

function splitAtSchedule(period: Period, scheduled: readonly CompiledProfile[], fallback: CompiledProfile | null): SegmentPlan[] {
  const out: SegmentPlan[] = [];
  let cursor = dayNumber(period.from);
  const last = dayNumber(period.to);
  for (const p of scheduled) {
    const from = Math.max(cursor, dayNumber(p.active!.from));
    const to = Math.min(last, dayNumber(p.active!.to));
    if (to < from) continue;
    if (cursor < from) out.push(segment(dayText(cursor), dayText(from - 1), fallback, 'default'));
    out.push(segment(dayText(from), dayText(to), p, 'scheduled'));
    cursor = to + 1;
  }
  if (cursor <= last) out.push(segment(dayText(cursor), period.to, fallback, 'default'));
  return out;
}

function unknownProfile(sc: CompiledScorecard, key: string): ProfileError {
  const known = sc.profiles.map((p) => p.key);
  const list = known.length > 0 ? `it has ${known.join(', ')}` : 'it has no profiles';
  return new ProfileError(`unknown profile '${key}' for scorecard ${sc.key}: ${list}`, key, known);
}

/** The index of the segment holding org-local ms `t` (segments are few, so a scan beats a search). */
export function segmentAt(segments: readonly SegmentPlan[], t: number): number {
  for (let i = segments.length - 1; i > 0; i--) if (t >= segments[i].startMs) return i;
  return 0;
}
