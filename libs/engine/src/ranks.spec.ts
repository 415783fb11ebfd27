import { competitionRanks, groupedRanks } from './ranks';
import { Scorer } from './scorer';
import { rec, ScorecardBuilder } from './testing/scorecard-builder';

describe('competitionRanks', () => {
  it('shares a rank between ties and skips the ranks they use (1, 2, 2, 4)', () => {
    expect(competitionRanks([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([70, 80, 90, 80])).toEqual([4, 2, 1, 2]);
  });

  it('ties scores that agree to 12 significant digits', () => {
    expect(competitionRanks([5, 0.1 + 0.2, 0.3, 0.1])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([57, 0.57 * 100])).toEqual([1, 1]);
    expect(competitionRanks([80.0000000001, 80])).toEqual([1, 2]);
  });

  it('leaves null scores unranked and ranks the rest without them', () => {
    expect(competitionRanks([null, 10, null, 20])).toEqual([null, 2, null, 1]);
    expect(competitionRanks([null])).toEqual([null]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('groupedRanks', () => {
  it('ranks each group on its own and nobody without a group', () => {
    expect(groupedRanks([10, 20, 30, 40, 50], ['a', 'b', 'a', null, 'b'])).toEqual([2, 2, 1, null, 1]);
  });
});

describe('Scorer ranks through the score', () => {
  it('ties agents whose scores are 0.1 + 0.2 and 0.3', () => {
    const b = new ScorecardBuilder();
    const total = b.aggregate('sum', 'sum(x)', { value: (r) => r.x ?? null });
    b.metric('x_total', (s) => s.agg[total]);
    b.kpi('k', (s) => b.get(s, 'x_total'), { deps: ['x_total'] });
    b.profile('p', { k: 1 }, { isDefault: true });
    const scorer = new Scorer({ scorecard: b.build(), period: { from: '2021-01-01', to: '2021-01-31' } });
    const at = '2021-01-10T12:00';
    for (const [agent, x] of [['top', 5], ['sum', 0.1], ['sum', 0.2], ['point3', 0.3], ['low', 0.1]] as const) {
      scorer.add(rec(agent, at, { x }));
    }
    const ranks = Object.fromEntries(scorer.finish().results.map((r) => [r.subject, r.rank]));
    expect(ranks).toEqual({ top: 1, sum: 2, point3: 2, low: 4 });
  });
});
