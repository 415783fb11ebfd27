import { agentPagePath, EMPTY_VIEW, leaderboardPath, resolveView, viewFromSearch, viewToSearch } from './leaderboard-params';

describe('viewFromSearch and viewToSearch', () => {
  it('round-trips a view through the address bar', () => {
    const view = { scorecard: 'frontline', period: { kind: 'month' as const, month: '2021-02' }, team: '1', profile: 'double11' };
    expect(viewToSearch(view)).toBe('?scorecard=frontline&period=month%3A2021-02&team=1&profile=double11');
    expect(viewFromSearch(viewToSearch(view))).toEqual(view);
  });

  it('reads what is missing or broken as not set', () => {
    expect(viewFromSearch('')).toEqual(EMPTY_VIEW);
    expect(viewFromSearch('?period=month:2021-13&team=%20')).toEqual(EMPTY_VIEW);
    expect(viewToSearch(EMPTY_VIEW)).toBe('');
  });
});

describe('resolveView', () => {
  const remembered = { scorecard: 'frontline', period: { kind: 'week' as const, week: '2021-W05' }, team: '2', profile: 'double11' };
  const defaults = { ...EMPTY_VIEW, scorecard: 'first', period: { kind: 'month' as const, month: '2026-11' } };

  it('shows what was shown last when the address says nothing', () => {
    expect(resolveView(EMPTY_VIEW, remembered, defaults)).toEqual(remembered);
    expect(resolveView(EMPTY_VIEW, null, defaults)).toEqual(defaults);
  });

  it('follows the address when it says anything: no team there means every team', () => {
    expect(resolveView({ ...EMPTY_VIEW, scorecard: 'frontline', period: { kind: 'day', day: '2021-02-03' } }, remembered, defaults))
      .toEqual({ scorecard: 'frontline', period: { kind: 'day', day: '2021-02-03' }, team: null, profile: null });
  });

  it('fills what the address lacks from the defaults, never from another view', () => {
    expect(resolveView({ ...EMPTY_VIEW, team: '1' }, remembered, defaults))
      .toEqual({ scorecard: 'first', period: defaults.period, team: '1', profile: null });
  });
});

describe('paths', () => {
  it('links an agent page and the leaderboard with the same view', () => {
    expect(agentPagePath('8', { scorecard: 'frontline', period: { kind: 'month', month: '2021-03' }, profile: null }))
      .toBe('/agents/8/scores?scorecard=frontline&period=month%3A2021-03');
    expect(leaderboardPath(EMPTY_VIEW)).toBe('/leaderboard');
  });
});
