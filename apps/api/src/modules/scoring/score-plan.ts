import type { CompiledScorecard } from '@yardstick/dsl';
import { planSegments, type Period, type SegmentInput, type SegmentPlan } from '@yardstick/engine';

// Which profile weighs the kpis over which stretches of a period, as the engine and the SQL compiler take it.
//
// The engine plans segments from the scorecard alone (an explicit profile, else its `active` schedule, else the
// default); the service also has admins' overrides, decided by ProfilesService, which may switch at any instant.
// When an override takes part, the decisions are handed to the engine as they are (`ScoreOptions.segments`):
// it scores each stretch under its profile and combines them by its own rule (weighted by record counts), and
// the SQL groups records by the same bounds.

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
  /** the scorecard to score */
  readonly scorecard: CompiledScorecard;
  /** the profile asked for explicitly (the engine's `ScoreOptions.profile`) */
  readonly profile?: string;
  /** the decided stretches when overrides take part (the engine's `ScoreOptions.segments`) */
  readonly given?: readonly SegmentInput[];
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
  if (stretches.length === 0) throw new Error(`scoring plan for ${sc.key}: no profile decisions`);
  const sources = stretches.map((s) => ({ source: s.source, override: s.override }));
  if (!stretches.some((s) => s.source === 'override')) {
    // no override: the engine's own schedule is the decision (the same code decided it)
    const segments = planSegments(sc, period);
    if (sameStretches(segments, stretches)) return { scorecard: sc, segments, sources };
  }
  const given: SegmentInput[] = stretches.map((s) => ({
    startMs: s.fromLocalMs, endMs: s.toLocalMs, profile: s.profile,
    reason: s.source === 'override' ? 'override' : s.source === 'schedule' ? 'scheduled' : 'default',
  }));
  return { scorecard: sc, given, segments: planSegments(sc, period, undefined, given), sources };
}

function sameStretches(segments: readonly SegmentPlan[], stretches: readonly ProfileStretchInput[]): boolean {
  return segments.length === stretches.length && segments.every((seg, i) => seg.startMs === stretches[i].fromLocalMs
    && seg.endMs === stretches[i].toLocalMs && (seg.profile?.key ?? null) === stretches[i].profile);
}
