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

  it('prefers the address, then what was shown last, then the defaults', () => {
    expect(resolveView({ ...EMPTY_VIEW, period: { kind: 'day', day: '2021-02-03' } }, remembered, defaults))
      .toEqual({ ...remembered, period: { kind: 'day', day: '2021-02-03' } });
    expect(resolveView(EMPTY_VIEW, null, defaults)).toEqual(defaults);
  });

  it('never carries a remembered team or profile over to another scorecard', () => {
    expect(resolveView({ ...EMPTY_VIEW, scorecard: 'backoffice' }, remembered, defaults))
      .toEqual({ scorecard: 'backoffice', period: remembered.period, team: null, profile: null });
  });
});

describe('paths', () => {
  it('links an agent page and the leaderboard with the same view', () => {
    expect(agentPagePath('8', { scorecard: 'frontline', period: { kind: 'month', month: '2021-03' }, profile: null }))
      .toBe('/agents/8/scores?scorecard=frontline&period=month%3A2021-03');
    expect(leaderboardPath(EMPTY_VIEW)).toBe('/leaderboard');
  });
});
