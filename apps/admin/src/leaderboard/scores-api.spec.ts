import { ApiError } from '../providers/api-error';
import { fetchAllScores, fetchBoard, findAgentScore, TREND_FIELDS, type AgentScore, type GqlCall } from './scores-api';

const node = (id: string, rank: number | null): AgentScore => ({
  agent: { id, externalId: `E${id}`, name: `Agent ${id}`, team: null }, score: rank === null ? null : 100 - rank, rank,
  teamRank: rank, eligible: rank !== null, profile: 'normal', records: 10, kpis: [], metrics: [], targets: [], alerts: [],
});

/** A fake api serving `nodes` a page at a time, recording the variables of each call. */
function fakeApi(nodes: AgentScore[]) {
  const calls: Record<string, unknown>[] = [];
  const call: GqlCall = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    calls.push({ ...variables, query });
    const start = variables.after ? Number(variables.after) : 0;
    const end = start + Number(variables.first);
    const page = nodes.slice(start, end);
    return {
      scores: {
        totalCount: nodes.length, scorecard: 'frontline', version: 1, period: { from: '2021-02-01', to: '2021-02-28' },
        computedAt: null, segments: [],
        pageInfo: { hasNextPage: end < nodes.length, endCursor: end < nodes.length ? String(end) : null },
        edges: page.map((n, i) => ({ cursor: String(start + i + 1), node: n })),
      },
    } as T;
  };
  return { call, calls };
}

const request = { scorecard: 'frontline', period: { month: '2021-02' } };

describe('fetchAllScores', () => {
  it('follows the pages to the end, keeping the api order', async () => {
    const api = fakeApi([node('1', 1), node('2', 2), node('3', null)]);
    const all = await fetchAllScores(api.call, request, { pageSize: 2 });
    expect(all.scores.map((s) => s.agent.id)).toEqual(['1', '2', '3']);
    expect(all.truncated).toBe(false);
    expect(all.version).toBe(1);
    expect(api.calls.map((c) => c.after)).toEqual([null, '2']);
    expect(api.calls[0]).toMatchObject({ scorecard: 'frontline', period: { month: '2021-02' }, team: null, profile: null, first: 2 });
  });

  it('stops at maxRows and says so', async () => {
    const api = fakeApi([node('1', 1), node('2', 2), node('3', 3), node('4', 4)]);
    const all = await fetchAllScores(api.call, { ...request, team: '7', profile: 'double11' }, { pageSize: 2, maxRows: 2 });
    expect(all.scores).toHaveLength(2);
    expect(all.truncated).toBe(true);
    expect(api.calls[0]).toMatchObject({ team: '7', profile: 'double11' });
  });
});

describe('findAgentScore', () => {
  it('pages until the agent turns up', async () => {
    const api = fakeApi([node('1', 1), node('2', 2), node('3', 3)]);
    await expect(findAgentScore(api.call, request, '3', { pageSize: 1 })).resolves.toMatchObject({ rank: 3 });
    expect(api.calls).toHaveLength(3);
  });

  it('answers null when the agent was not scored, and asks only for the fields given', async () => {
    const api = fakeApi([node('1', 1)]);
    await expect(findAgentScore(api.call, request, '9', { fields: TREND_FIELDS })).resolves.toBeNull();
    expect(String(api.calls[0].query)).not.toContain('kpis');
  });
});

describe('fetchBoard', () => {
  const groupsAnswer = {
    groupScores: {
      scorecard: 'sites', version: 2, period: { from: '2021-03-01', to: '2021-03-31' }, computedAt: null, segments: [],
      groups: [{
        group: { id: '7', name: 'Outsourced South', kind: 'vendor' }, score: 81.5, rank: 1, eligible: true, profile: 'normal',
        records: 120, kpis: [], metrics: [], targets: [], alerts: [],
      }],
    },
  };

  it('ranks agents when the scorecard scores agents', async () => {
    const { call } = fakeApi([node('1', 1)]);
    await expect(fetchBoard(call, request)).resolves.toMatchObject({ subject: 'agent', totalCount: 1 });
  });

  it('ranks groups when the api says the scorecard scores groups', async () => {
    const queries: string[] = [];
    const call: GqlCall = async <T>(query: string) => {
      queries.push(query);
      if (query.includes('scores(')) throw new ApiError('scores groups', 'SCORE_SUBJECT_MISMATCH', 200, [], { subject: 'group' });
      return groupsAnswer as T;
    };
    const board = await fetchBoard(call, { ...request, scorecard: 'sites', team: '3' });
    expect(board).toMatchObject({ subject: 'group', totalCount: 1, version: 2, truncated: false });
    expect(board.scores[0]).toMatchObject({ agent: { id: '7', name: 'Outsourced South', externalId: 'vendor', team: null }, score: 81.5, teamRank: null });
    expect(queries).toHaveLength(2);
  });

  it('passes other errors on', async () => {
    const call: GqlCall = async () => { throw new ApiError('team scorecard', 'SCORE_SUBJECT_MISMATCH', 200, [], { subject: 'team' }); };
    await expect(fetchBoard(call, request)).rejects.toMatchObject({ code: 'SCORE_SUBJECT_MISMATCH' });
  });
});
