import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ApiError } from '../providers/api-error';
import { useGqlQuery } from '../providers/use-gql-query';
import { dayIn } from '../profiles/wall-clock';
import { EMPTY_VIEW, resolveView, viewFromSearch, viewToSearch, type ScoresView } from './leaderboard-params';
import { periodContaining } from './period-choice';

// The scorecard, period, team and profile a scores page shows: from the address bar, else what was shown last
// (react-admin's store), else the first scorecard and the organisation's current month. The address is kept in
// step, so a reload or a shared link shows the same thing.

const CONTEXT = 'query ScoresContext { organisation { timeZone } scorecards { key label } }';

export interface ScorecardChoice { key: string; label: string | null }

export interface ScoresViewState {
  view: ScoresView;
  setView: (change: Partial<ScoresView>) => void;
  scorecards: ScorecardChoice[];
  timeZone: string;
  /** today in the organisation's zone */
  today: string;
  loading: boolean;
  error: ApiError | undefined;
}

export function useScoresView(storeKey: string): ScoresViewState {
  const location = useLocation();
  const navigate = useNavigate();
  const [remembered, remember] = useStore<ScoresView | null>(`ys.${storeKey}.view`, null);
  const context = useGqlQuery<{ organisation: { timeZone: string }; scorecards: ScorecardChoice[] }>(CONTEXT);
  const timeZone = context.data?.organisation.timeZone ?? 'UTC';
  const today = dayIn(timeZone, Date.now());
  const scorecards = useMemo(() => context.data?.scorecards ?? [], [context.data]);

  const view = useMemo(() => {
    const defaults: ScoresView = { ...EMPTY_VIEW, scorecard: scorecards[0]?.key ?? null, period: periodContaining('month', today) };
    const resolved = resolveView(viewFromSearch(location.search), remembered, defaults);
    // A remembered scorecard that no longer exists (or this user may not see) falls back to the first one.
    const known = !context.data || scorecards.some((scorecard) => scorecard.key === resolved.scorecard);
    return known ? resolved : { ...resolved, scorecard: defaults.scorecard, team: null, profile: null };
  }, [location.search, remembered, scorecards, today, context.data]);

  const search = viewToSearch(view);
  useEffect(() => {
    if (!context.data) return;
    if (search !== location.search) navigate({ pathname: location.pathname, search }, { replace: true });
    remember(view);
    // `view` is derived from `search`: depending on the text, not the object, avoids a loop on equal views.
  }, [search, context.data]);

  const setView = useCallback((change: Partial<ScoresView>) => {
    navigate({ pathname: location.pathname, search: viewToSearch({ ...view, ...change }) });
  }, [navigate, location.pathname, view]);

  return { view, setView, scorecards, timeZone, today, loading: context.loading, error: context.error };
}
