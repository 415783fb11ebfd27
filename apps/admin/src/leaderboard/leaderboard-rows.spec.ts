import { filterRows, kpiColumns, nextSort, NO_FILTER, sortRows, toRows } from './leaderboard-rows';
import type { AgentScore } from './scores-api';

const score = (id: string, name: string, rank: number | null, over: Partial<AgentScore> = {}): AgentScore => ({
  agent: { id, externalId: name, name, team: { id: 't1', name: 'North' } }, score: rank === null ? null : 90 - rank, rank,
  teamRank: rank, eligible: rank !== null, profile: 'normal', records: 100 + Number(id),
  kpis: [{ key: 'csat_score', label: '满意度', value: rank === null ? null : 50 + Number(id), weight: 0.5 }],
  metrics: [], alerts: [],
  targets: [
    { metric: 'csat', op: '>=', target: 0.5, actual: 0.6, met: true, gap: 0.1 },
    { metric: 'asa', op: '<=', target: 60, actual: 70, met: rank === 1, gap: -10 },
  ],
  ...over,
});

const scores = [score('1', 'Dan', 1), score('2', 'Becky', 2), score('3', 'Zoe', null, { agent: { id: '3', externalId: 'z9', name: 'Zoe', team: null } })];
const rows = toRows(scores);

describe('toRows and kpiColumns', () => {
  it('counts the targets met and keeps each kpi value by key', () => {
    expect(rows[0]).toMatchObject({ agent: 'Dan', team: 'North', targetsMet: 2, targetsTotal: 2, kpis: { csat_score: 51 } });
    expect(rows[1]).toMatchObject({ targetsMet: 1 });
    expect(rows[2]).toMatchObject({ team: '', teamId: null, kpis: { csat_score: null } });
  });

  it('lists each kpi once, in the order first seen, with its label', () => {
    const extra = score('4', 'Al', 3, { kpis: [{ key: 'talk_score', label: null, value: 1, weight: 1 }, { key: 'csat_score', label: '满意度', value: 1, weight: 0 }] });
    expect(kpiColumns([...scores, extra])).toEqual([{ key: 'csat_score', label: '满意度' }, { key: 'talk_score', label: 'talk_score' }]);
  });
});

describe('sortRows', () => {
  it('sorts by score, best first, with unscored agents last', () => {
    expect(sortRows(rows, { key: 'score', direction: 'desc' }).map((r) => r.agent)).toEqual(['Dan', 'Becky', 'Zoe']);
    expect(sortRows(rows, { key: 'score', direction: 'asc' }).map((r) => r.agent)).toEqual(['Becky', 'Dan', 'Zoe']);
  });

  it('sorts by name, by a kpi and by targets met', () => {
    expect(sortRows(rows, { key: 'agent', direction: 'asc' }).map((r) => r.agent)).toEqual(['Becky', 'Dan', 'Zoe']);
    expect(sortRows(rows, { key: 'kpi:csat_score', direction: 'desc' }).map((r) => r.agent)).toEqual(['Becky', 'Dan', 'Zoe']);
    expect(sortRows(rows, { key: 'targets', direction: 'asc' }).map((r) => r.agent)).toEqual(['Becky', 'Zoe', 'Dan']);
  });

  it('puts agents without a team last when sorting by team', () => {
    expect(sortRows(rows, { key: 'team', direction: 'desc' }).map((r) => r.agent)).toEqual(['Dan', 'Becky', 'Zoe']);
  });
});

describe('filterRows', () => {
  it('finds agents by name, external id or team, ignoring case', () => {
    expect(filterRows(rows, { ...NO_FILTER, q: 'beck' }).map((r) => r.agent)).toEqual(['Becky']);
    expect(filterRows(rows, { ...NO_FILTER, q: 'Z9' }).map((r) => r.agent)).toEqual(['Zoe']);
    expect(filterRows(rows, { ...NO_FILTER, q: 'north' })).toHaveLength(2);
  });

  it('keeps eligible agents only, or by targets met', () => {
    expect(filterRows(rows, { ...NO_FILTER, eligibleOnly: true })).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTER, targets: 'all_met' }).map((r) => r.agent)).toEqual(['Dan']);
    expect(filterRows(rows, { ...NO_FILTER, targets: 'some_missed' }).map((r) => r.agent)).toEqual(['Becky', 'Zoe']);
  });
});

describe('nextSort', () => {
  it('flips the same column and starts another in its natural direction', () => {
    expect(nextSort({ key: 'rank', direction: 'asc' }, 'rank')).toEqual({ key: 'rank', direction: 'desc' });
    expect(nextSort({ key: 'rank', direction: 'asc' }, 'score')).toEqual({ key: 'score', direction: 'desc' });
    expect(nextSort({ key: 'score', direction: 'desc' }, 'agent')).toEqual({ key: 'agent', direction: 'asc' });
  });
});
