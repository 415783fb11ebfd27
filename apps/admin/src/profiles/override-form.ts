// The "switch profile" dialog's values and what the api is sent. Times are wall-clock times in the
// organisation's zone (`2021-03-10T12:00`), which is what both <input type="datetime-local"> and the api use.

export interface OverrideDraft {
  profile: string;
  from: string;
  to: string;
  reason: string;
}

export type OverrideField = keyof OverrideDraft;

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** `2021-03-10T12:00` and `2021-03-10T12:00:00` compare equal; seconds default to 00. */
function comparable(wall: string): string {
  return wall.length === 16 ? `${wall}:00` : wall;
}

/** What is wrong with each field (translation keys under ys.profiles.problems), empty when it can be sent. */
export function overrideProblems(draft: OverrideDraft): Partial<Record<OverrideField, string>> {
  const problems: Partial<Record<OverrideField, string>> = {};
  if (draft.profile.trim() === '') problems.profile = 'profile_required';
  if (!WALL_CLOCK.test(draft.from)) problems.from = 'time_required';
  if (!WALL_CLOCK.test(draft.to)) problems.to = 'time_required';
  else if (!problems.from && comparable(draft.to) <= comparable(draft.from)) problems.to = 'to_after_from';
  if (draft.reason.trim() === '') problems.reason = 'reason_required';
  else if (draft.reason.trim().length > 1000) problems.reason = 'reason_too_long';
  return problems;
}

/** The variables of setProfileOverride for a draft without problems. */
export function overrideVariables(scorecard: string, draft: OverrideDraft): Record<string, string> {
  return { scorecard, profile: draft.profile, from: draft.from, to: draft.to, reason: draft.reason.trim() };
}

export const SET_OVERRIDE = `mutation SetProfileOverride($scorecard: String!, $profile: String!, $from: String!, $to: String!, $reason: String!) {
  setProfileOverride(scorecard: $scorecard, profile: $profile, from: $from, to: $to, reason: $reason) { id profile from to reason }
}`;

export const CLEAR_OVERRIDE = 'mutation ClearProfileOverride($id: ID!) { clearProfileOverride(id: $id) { id clearedAt } }';

export type OverrideStatus = 'cleared' | 'over' | 'running' | 'ahead';

/** Cleared by someone, over by itself, in effect now, or still to come. */
export function statusOf(override: { active: boolean; from: string; to: string }, nowMs: number): OverrideStatus {
  if (!override.active) return 'cleared';
  if (Date.parse(override.to) <= nowMs) return 'over';
  return Date.parse(override.from) <= nowMs ? 'running' : 'ahead';
}
