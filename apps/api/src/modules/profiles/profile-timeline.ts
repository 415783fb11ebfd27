import type { CompiledProfile, CompiledScorecard } from '@yardstick/dsl';
import { dayOfLocalMs, DAY_MS, defaultProfile, localDayMs, planSegments, type Period } from '@yardstick/engine';

// Which profile weighs the kpis when, for one scorecard version: overrides (set by an admin, from an instant to
// an instant) win over the schedule written in the scorecard (`active` day ranges), which wins over the default.
// Pure: every time here is org-local wall-clock ms, the engine's form, so records can be assigned by occurred_at.

export type ProfileSource = 'override' | 'schedule' | 'default';

/** An override in effect, its bounds in org-local ms (`endLocalMs` exclusive). */
export interface OverrideWindow {
  readonly id: number;
  readonly profile: string;
  readonly startLocalMs: number;
  readonly endLocalMs: number;
  readonly reason: string;
}

/** A stretch [startLocalMs, endLocalMs) under one profile. */
export interface ProfileStretch {
  readonly startLocalMs: number;
  readonly endLocalMs: number;
  /** null only when the scorecard has no profile for this time (its scores are then null) */
  readonly profile: CompiledProfile | null;
  readonly source: ProfileSource;
  readonly override: OverrideWindow | null;
}

/**
 * The stretches covering the whole period (inclusive days), in order, adjacent ones with the same decision
 * merged. An override naming a profile this version does not have is skipped (publishing refuses to create
 * that situation; this keeps scoring defined if the data were edited by hand). Overlapping overrides (also
 * refused when set) resolve to the one that started first.
 */
export function profileTimeline(
  scorecard: CompiledScorecard, period: Period, overrides: readonly OverrideWindow[],
): ProfileStretch[] {
  const start = localDayMs(period.from);
  const end = localDayMs(period.to) + DAY_MS;
  const segments = planSegments(scorecard, period);
  const usable = overrides
    .filter((o) => o.endLocalMs > start && o.startLocalMs < end && findProfile(scorecard, o.profile))
    .sort((a, b) => a.startLocalMs - b.startLocalMs || a.id - b.id);
  const cuts = new Set<number>([start, end]);
  for (const segment of segments) cuts.add(Math.max(start, Math.min(end, segment.startMs)));
  for (const o of usable) {
    cuts.add(Math.max(start, Math.min(end, o.startLocalMs)));
    cuts.add(Math.max(start, Math.min(end, o.endLocalMs)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ProfileStretch[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const stretch = decide(scorecard, segments, usable, points[i], points[i + 1]);
    const last = out[out.length - 1];
    if (last && sameDecision(last, stretch)) out[out.length - 1] = { ...last, endLocalMs: stretch.endLocalMs };
    else out.push(stretch);
  }
  return out;
}

/** The decision at one instant (org-local ms). */
export function profileAt(
  scorecard: CompiledScorecard, localMs: number, overrides: readonly OverrideWindow[],
): ProfileStretch {
  const day = dayOfLocalMs(localMs);
  return profileTimeline(scorecard, { from: day, to: day }, overrides)
    .find((stretch) => stretch.startLocalMs <= localMs && localMs < stretch.endLocalMs) as ProfileStretch;
}

function decide(
  scorecard: CompiledScorecard, segments: ReturnType<typeof planSegments>, overrides: readonly OverrideWindow[],
  from: number, to: number,
): ProfileStretch {
  const override = overrides.find((o) => o.startLocalMs <= from && from < o.endLocalMs);
  if (override) {
    return { startLocalMs: from, endLocalMs: to, profile: findProfile(scorecard, override.profile) ?? null, source: 'override', override };
  }
  const segment = segments.find((s) => s.startMs <= from && from < s.endMs);
  const profile = segment?.profile ?? defaultProfile(scorecard);
  const source: ProfileSource = segment?.reason === 'scheduled' ? 'schedule' : 'default';
  return { startLocalMs: from, endLocalMs: to, profile, source, override: null };
}

function findProfile(scorecard: CompiledScorecard, key: string): CompiledProfile | undefined {
  return scorecard.profiles.find((p) => p.key === key);
}

function sameDecision(a: ProfileStretch, b: ProfileStretch): boolean {
  return a.endLocalMs === b.startLocalMs && a.source === b.source && a.profile?.key === b.profile?.key
    && a.override?.id === b.override?.id;
}
