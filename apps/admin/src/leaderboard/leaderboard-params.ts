import { periodFromParam, periodToParam, type PeriodChoice } from './period-choice';

// What a leaderboard (or an agent page) shows lives in the address bar, so a link or a reload shows the same
// thing: `#/leaderboard?scorecard=frontline&period=month:2021-02&team=1&profile=double11`.

export interface ScoresView {
  scorecard: string | null;
  period: PeriodChoice | null;
  /** team id, or null for every team the user may see */
  team: string | null;
  /** an explicit profile for the whole period, or null for the one in force (overrides, schedule, default) */
  profile: string | null;
}

export const EMPTY_VIEW: ScoresView = { scorecard: null, period: null, team: null, profile: null };

const text = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value.trim());

export function viewFromSearch(search: string): ScoresView {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return {
    scorecard: text(params.get('scorecard')),
    period: periodFromParam(params.get('period')),
    team: text(params.get('team')),
    profile: text(params.get('profile')),
  };
}

/** `?scorecard=…&period=…` with only what is set, in a fixed order. */
export function viewToSearch(view: ScoresView): string {
  const params = new URLSearchParams();
  if (view.scorecard) params.set('scorecard', view.scorecard);
  if (view.period) params.set('period', periodToParam(view.period));
  if (view.team) params.set('team', view.team);
  if (view.profile) params.set('profile', view.profile);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/**
 * The view to show: what the address says when it says anything (an absent team or profile then means "all" /
 * "in force"); else what was shown last; the defaults fill what is still missing.
 */
export function resolveView(fromAddress: ScoresView, remembered: ScoresView | null, defaults: ScoresView): ScoresView {
  const addressed = Object.values(fromAddress).some((value) => value !== null);
  const base = addressed ? fromAddress : remembered ?? EMPTY_VIEW;
  return {
    scorecard: base.scorecard ?? defaults.scorecard,
    period: base.period ?? defaults.period,
    team: base.team ?? defaults.team,
    profile: base.profile ?? defaults.profile,
  };
}

/** The agent page of one agent for the same scorecard and period. */
export function agentPagePath(agentId: string, view: Pick<ScoresView, 'scorecard' | 'period' | 'profile'>): string {
  return `/agents/${encodeURIComponent(agentId)}/scores${viewToSearch({ ...EMPTY_VIEW, ...view })}`;
}

/** The leaderboard for the same scorecard and period. */
export function leaderboardPath(view: ScoresView): string {
  return `/leaderboard${viewToSearch(view)}`;
}
