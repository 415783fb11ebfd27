import type { CompiledProfile, CompiledScorecard } from '@yardstick/dsl';
import { dayNumber, dayText } from './periods';
import { DAY_MS, dayOfLocalMs, localDayMs } from './time';
import type { Period, Segment, SegmentInput } from './types';

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
  return spanned(localDayMs(from), localDayMs(to) + DAY_MS, profile, reason);
}

/** A segment over [startMs, endMs): its days are those it touches. */
function spanned(startMs: number, endMs: number, profile: CompiledProfile | null, reason: Segment['reason']): SegmentPlan {
  const firstDay = Math.floor(startMs / DAY_MS);
  const lastDay = Math.floor((endMs - 1) / DAY_MS);
  return { from: dayOfLocalMs(startMs), to: dayOfLocalMs(endMs - 1), startMs, endMs, firstDay, lastDay, profile, reason };
}

/** `YYYY-MM-DDTHH:MM:SS` of org-local ms (a segment's bounds as the report shows them). */
export function wallClockText(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 19);
}

/**
 * A segment as explain shows it: `2021-03-01..2021-03-07` for whole days, else its bounds to the minute
 * (`2021-03-20 12:00..2021-04-01 00:00`, the end exclusive), or to the second when a bound has seconds.
 */
export function segmentText(seg: Pick<SegmentPlan, 'from' | 'to' | 'startMs' | 'endMs'>): string {
  if (seg.startMs % DAY_MS === 0 && seg.endMs % DAY_MS === 0) return `${seg.from}..${seg.to}`;
  const seconds = seg.startMs % 60_000 !== 0 || seg.endMs % 60_000 !== 0;
  const text = (ms: number) => wallClockText(ms).replace('T', ' ').slice(0, seconds ? 19 : 16);
  return `${text(seg.startMs)}..${text(seg.endMs)}`;
}

/** Thrown when given segments do not cover the period in order. */
export class SegmentsError extends Error {
  override readonly name = 'SegmentsError';
}

/** The caller's segments, checked: in order, contiguous, covering the period exactly, each with a known profile. */
function givenSegments(sc: CompiledScorecard, period: Period, given: readonly SegmentInput[]): SegmentPlan[] {
  const start = localDayMs(period.from);
  const end = localDayMs(period.to) + DAY_MS;
  if (given.length === 0) throw new SegmentsError('segments: at least one is needed');
  let cursor = start;
  return given.map((g, i) => {
    if (!Number.isSafeInteger(g.startMs) || !Number.isSafeInteger(g.endMs) || g.startMs !== cursor || !(g.endMs > g.startMs)
      || (i === given.length - 1 && g.endMs !== end) || g.endMs > end) {
      throw new SegmentsError(`segment ${i}: segments must follow one another from ${period.from} 00:00 to the end of ${period.to}`);
    }
    cursor = g.endMs;
    let profile: CompiledProfile | null = null;
    if (g.profile !== null) {
      profile = sc.profiles.find((p) => p.key === g.profile) ?? null;
      if (!profile) throw unknownProfile(sc, g.profile);
    }
    return spanned(g.startMs, g.endMs, profile, g.reason ?? 'given');
  });
}

/** The segments of a period, in order, covering it exactly. */
export function planSegments(sc: CompiledScorecard, period: Period, explicit?: string, given?: readonly SegmentInput[]): SegmentPlan[] {
  if (given !== undefined) {
    if (explicit !== undefined) throw new SegmentsError('give a profile or segments, not both');
    return givenSegments(sc, period, given);
  }
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

/** A profile switched to from an instant to an instant (org-local ms, `endMs` exclusive). */
export interface OverrideSpec {
  readonly startMs: number;
  readonly endMs: number;
  readonly profile: string;
}

/** A stretch of the period with the decision behind it: the override deciding it, or the schedule or default. */
export interface DecidedSegment<O extends OverrideSpec> extends SegmentInput {
  readonly reason: 'override' | 'scheduled' | 'default';
  readonly override: O | null;
}

/**
 * The period's segments with overrides laid over the scorecard's own plan (schedule, else default): an override
 * wins over whatever the plan says while it holds; adjacent stretches with the same decision are one. Overrides
 * naming a profile the scorecard does not have are skipped; overlapping ones resolve to the one listed first
 * among those starting first. The result feeds `ScoreOptions.segments`.
 */
export function segmentsWithOverrides<O extends OverrideSpec>(sc: CompiledScorecard, period: Period, overrides: readonly O[]): DecidedSegment<O>[] {
  const start = localDayMs(period.from);
  const end = localDayMs(period.to) + DAY_MS;
  const plan = planSegments(sc, period);
  const usable = overrides
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => o.endMs > start && o.startMs < end && sc.profiles.some((p) => p.key === o.profile))
    .sort((a, b) => a.o.startMs - b.o.startMs || a.i - b.i)
    .map(({ o }) => o);
  const clip = (t: number) => Math.max(start, Math.min(end, t));
  const cuts = new Set<number>([start, end, ...plan.map((p) => p.startMs)]);
  for (const o of usable) cuts.add(clip(o.startMs)).add(clip(o.endMs));
  const points = [...cuts].sort((a, b) => a - b);
  const out: DecidedSegment<O>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const override = usable.find((o) => o.startMs <= from && from < o.endMs) ?? null;
    const base = plan[segmentAt(plan, from)];
    const next: DecidedSegment<O> = override
      ? { startMs: from, endMs: to, profile: override.profile, reason: 'override', override }
      : { startMs: from, endMs: to, profile: base.profile?.key ?? null, reason: base.reason === 'scheduled' ? 'scheduled' : 'default', override: null };
    const last = out[out.length - 1];
    if (last && last.reason === next.reason && last.profile === next.profile && last.override === next.override) {
      out[out.length - 1] = { ...last, endMs: to };
    } else out.push(next);
  }
  return out;
}
