import type { TimelineOverride, TimelineStretch } from './timeline-layout';

// The profiles context of the api (docs/service.md, "Profiles in force and overrides").

export interface ScorecardProfile { key: string; label: string | null; isDefault: boolean; activeFrom: string | null; activeTo: string | null }

export interface ProfileInForce {
  at: string; version: number; profile: string | null; label: string | null; source: 'OVERRIDE' | 'SCHEDULE' | 'DEFAULT';
  override: { id: string; from: string; to: string; reason: string; createdBy: string | null } | null;
}

export interface ProfilesOverview {
  organisation: { timeZone: string };
  scorecard: { key: string; label: string | null; inForce: { version: number; profiles: ScorecardProfile[] } | null } | null;
  profileInForce: ProfileInForce;
}

export const OVERVIEW = `query ProfilesOverview($scorecard: String!) {
  organisation { timeZone }
  scorecard(key: $scorecard) { key label inForce { version profiles { key label isDefault activeFrom activeTo } } }
  profileInForce(scorecard: $scorecard) { at version profile label source override { id from to reason createdBy } }
}`;

export const OVERRIDES = `query ProfileOverrides($scorecard: String!) {
  profileOverrides(scorecard: $scorecard, includeCleared: true) { id profile from to reason active createdBy createdAt clearedAt clearedBy }
}`;

export interface OverrideRow extends TimelineOverride { createdAt: string; clearedBy: string | null }

export const TIMELINE = `query ProfileTimeline($scorecard: String!, $from: String!, $to: String!) {
  profileTimeline(scorecard: $scorecard, from: $from, to: $to) { version timeZone from to stretches { from to profile label source overrideId reason } }
}`;

export interface TimelineAnswer {
  profileTimeline: { version: number; timeZone: string; from: string; to: string; stretches: TimelineStretch[] };
}

export const SCORECARDS = 'query ProfileScorecards { scorecards { key label } }';

/** A profile as people read it: `双11大促 (double11)`. */
export function profileName(profiles: readonly ScorecardProfile[], key: string | null): string {
  if (key === null) return '—';
  const label = profiles.find((profile) => profile.key === key)?.label;
  return label ? `${label} (${key})` : key;
}
