import type { AgentScore, TrendScore } from '../leaderboard/scores-api';
import { kpiRows, loadTrend, profileText, rankTicks, targetRows, trendPoints, worstRank } from './agent-scores';

const agent = { id: '1', externalId: 'Becky', name: 'Becky', team: { id: '1', name: 'North' } };
const trend = (score: number | null, rank: number | null): TrendScore =>
  ({ agent, score, rank, teamRank: rank, eligible: score !== null, profile: 'normal', records: 200 });

describe('trendPoints', () => {
  it('labels each period and rounds the score, leaving gaps where the agent was not scored', () => {
    const points = trendPoints(
      [{ kind: 'month', month: '2021-01' }, { kind: 'month', month: '2021-02' }, { kind: 'month', month: '2021-03' }],
      [trend(80.34602122015914, 2), null, trend(null, null)],
    );
    expect(points).toEqual([
      { period: '2021-01', score: 80.35, rank: 2, teamRank: 2, records: 200 },
      { period: '2021-02', score: null, rank: null, teamRank: null, records: 0 },
      { period: '2021-03', score: null, rank: null, teamRank: null, records: 200 },
    ]);
    expect(worstRank(points)).toBe(2);
    expect(worstRank([])).toBe(1);
  });
});

describe('kpiRows and targetRows', () => {
  const score: AgentScore = {
    agent, score: 82.85, rank: 2, teamRank: 1, eligible: true, profile: 'normal', records: 212, alerts: [],
    kpis: [{ key: 'answer_score', label: '接通率', value: 80, weight: 0.2 }, { key: 'talk_score', label: null, value: null, weight: null }],
    metrics: [{ key: 'asa', label: '平均应答', value: 67.7, unit: 'duration' }],
    targets: [
      { metric: 'asa', op: '<=', target: 60, actual: 67.7, met: false, gap: -7.7 },
      { metric: 'csat', op: '>=', target: 0.5, actual: 0.51, met: true, gap: 0.01 },
    ],
  };

  it('gives each kpi the points it brought to the score', () => {
    expect(kpiRows(score)).toEqual([
      { key: 'answer_score', label: '接通率', value: 80, weight: 0.2, points: 16 },
      { key: 'talk_score', label: 'talk_score', value: null, weight: null, points: null },
    ]);
  });

  it('gives each target the unit and label of its metric', () => {
    expect(targetRows(score)).toEqual([
      { metric: 'asa', label: '平均应答', op: '<=', target: 60, actual: 67.7, gap: -7.7, met: false, unit: 'duration' },
      { metric: 'csat', label: 'csat', op: '>=', target: 0.5, actual: 0.51, gap: 0.01, met: true, unit: 'number' },
    ]);
  });
});

describe('loadTrend', () => {
  const months = [{ kind: 'month' as const, month: '2020-12' }, { kind: 'month' as const, month: '2021-01' }];
  const page = (node: TrendScore) => ({
    scores: { edges: [{ cursor: '1', node }], pageInfo: { hasNextPage: false, endCursor: null } },
  });

  it('leaves a gap for a period no version covers', async () => {
    const call = async <T>(_query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      if ((variables.period as { month: string }).month === '2020-12') {
        throw Object.assign(new Error('no version in force'), { code: 'SCORECARD_NO_VERSION_IN_FORCE' });
      }
      return page(trend(81, 1)) as T;
    };
    await expect(loadTrend(call, 'frontline', null, months, '1')).resolves.toEqual([null, trend(81, 1)]);
  });

  it('fails on any other error', async () => {
    const call = async <T>(): Promise<T> => { throw Object.assign(new Error('down'), { code: 'NETWORK_ERROR' }); };
    await expect(loadTrend(call, 'frontline', null, months, '1')).rejects.toThrow('down');
  });
});

describe('rankTicks', () => {
  it('shows every rank of a small team and about six of a large one', () => {
    expect(rankTicks(1)).toEqual([1]);
    expect(rankTicks(8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rankTicks(100)).toEqual([1, 21, 41, 61, 81, 100]);
    expect(rankTicks(11)).toEqual([1, 3, 5, 7, 9, 11]);
  });
});

describe('profileText', () => {
  it('names the profiles of each segment by their labels', () => {
    const profiles = [{ key: 'normal', label: '日常运营' }, { key: 'double11', label: '双11大促' }, { key: 'bare', label: null }];
    expect(profileText('normal+double11+normal', profiles)).toBe('日常运营 + 双11大促 + 日常运营');
    expect(profileText('bare', profiles)).toBe('bare');
    expect(profileText('gone', profiles)).toBe('gone');
    expect(profileText('', profiles)).toBe('—');
  });
});
