import type { CompiledProfile, CompiledScorecard } from '@yardstick/dsl';
import { DAY_MS, dayOfLocalMs, localDayMs, planSegments, type Period, type SegmentPlan } from '@yardstick/engine';
import { ScoringException, ScoringErrorCode } from './scoring.exception';

// Which profile weighs the kpis over which days of a period, as the engine and the SQL compiler take it.
//
// The engine plans segments from the scorecard alone (an explicit profile, else its `active` schedule, else the
// default); the service also has admins' overrides, decided by ProfilesService. When an override takes part,
// the scorecard handed to the engine carries one scheduled copy of each stretch's profile, `active` over exactly
// that stretch's days: the engine then plans the very segments the decisions give, and scores and combines them
// by its own rules (per segment, weighted by record counts). Weights, kpis and keys are the stretch's profile's.

/** How a segment's profile was chosen. */
export type SegmentSource = 'explicit' | 'override' | 'schedule' | 'default';

/** A stretch as ProfilesService.decisions gives it (org-local ms, end exclusive). */
export interface ProfileStretchInput {
  readonly fromLocalMs: number;
  readonly toLocalMs: number;
  readonly profile: string | null;
  readonly source: 'override' | 'schedule' | 'default';
  readonly override: { readonly id: number; readonly reason: string } | null;
}

export interface ScoringPlan {
  /** the scorecard to score: the stored one, or a copy whose profiles follow the decisions */
  readonly scorecard: CompiledScorecard;
  /** the profile asked for explicitly (the engine's `ScoreOptions.profile`) */
  readonly profile?: string;
  readonly segments: readonly SegmentPlan[];
  /** per segment: how its profile was chosen, and the override deciding it */
  readonly sources: readonly { readonly source: SegmentSource; readonly override: ProfileStretchInput['override'] }[];
}

/** Scored as one profile asked for by name; an unknown name is the engine's ProfileError. */
export function explicitPlan(sc: CompiledScorecard, period: Period, profile: string): ScoringPlan {
  const segments = planSegments(sc, period, profile);
  return { scorecard: sc, profile, segments, sources: segments.map(() => ({ source: 'explicit', override: null })) };
}

/** Scored as the decisions say (overrides > schedule > default). */
export function decidedPlan(sc: CompiledScorecard, period: Period, stretches: readonly ProfileStretchInput[]): ScoringPlan {
  const days = dayStretches(sc.key, stretches);
  if (!days.some((s) => s.source === 'override')) {
    // no override: the engine's own schedule is the decision (the same code decided it)
    const segments = planSegments(sc, period);
    if (sameDays(segments, days)) return { scorecard: sc, segments, sources: days.map(sourceOf) };
  }
  const profiles: CompiledProfile[] = [];
  for (const s of days) {
    const profile = sc.profiles.find((p) => p.key === s.profile);
    // a stretch without a profile stays a gap: the copy has no default, so the engine scores it as null
    if (profile) profiles.push({ ...profile, isDefault: false, active: { from: s.from, to: s.to } });
  }
  const scorecard: CompiledScorecard = { ...sc, profiles };
  const segments = planSegments(scorecard, period);
  if (!sameDays(segments, days)) {
    throw new Error(`scoring plan for ${sc.key}: the engine planned ${segments.length} segments for ${days.length} stretches`);
  }
  return { scorecard, segments, sources: days.map(sourceOf) };
}

interface DayStretch extends ProfileStretchInput {
  readonly from: string;
  readonly to: string;
}

function sourceOf(s: DayStretch): ScoringPlan['sources'][number] {
  return { source: s.source, override: s.override };
}

/** The stretches as inclusive days; a switch inside a day cannot be scored (records are split by day). */
function dayStretches(key: string, stretches: readonly ProfileStretchInput[]): DayStretch[] {
  if (stretches.length === 0) throw new Error(`scoring plan for ${key}: no profile decisions`);
  return stretches.map((s) => {
    for (const at of [s.fromLocalMs, s.toLocalMs]) {
      if (at % DAY_MS !== 0) {
        throw new ScoringException(ScoringErrorCode.SwitchWithinDay,
          `scorecard ${key} switches profile at ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} (organisation time): `
          + 'scores can switch profile only at midnight; move the override to whole days', { key, at: dayOfLocalMs(at) });
      }
    }
    return { ...s, from: dayOfLocalMs(s.fromLocalMs), to: dayOfLocalMs(s.toLocalMs - DAY_MS) };
  });
}

function sameDays(segments: readonly SegmentPlan[], days: readonly DayStretch[]): boolean {
  return segments.length === days.length && segments.every((seg, i) => seg.from === days[i].from && seg.to === days[i].to
    && (seg.profile?.key ?? null) === days[i].profile && localDayMs(seg.from) === days[i].fromLocalMs);
}
