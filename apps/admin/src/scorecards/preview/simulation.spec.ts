import { bandOf, payoutBands, periodInput, previousMonth, summarise, type SimulatedScore } from './simulation';

const agent = (name: string, published: [number | null, number | null], draft: [number | null, number | null]): SimulatedScore => ({
  agent: { id: name, externalId: name, name, team: null },
  publishedScore: published[0], publishedRank: published[1], publishedEligible: published[0] !== null,
  draftScore: draft[0], draftRank: draft[1], draftEligible: draft[0] !== null,
  scoreChange: published[0] !== null && draft[0] !== null ? draft[0] - published[0] : null,
  rankChange: published[1] !== null && draft[1] !== null ? published[1] - draft[1] : null,
});

const SCORES = [
  agent('ann', [91, 1], [88, 2]),
  agent('bob', [85, 2], [89.5, 1]),
  agent('cat', [70, 3], [70.0000000000001, 3]),
  agent('dan', [null, null], [60, 4]),
  agent('eve', [50, 4], [null, null]),
];

describe('summarise', () => {
  it('counts who moves up, who moves down and whose score changes', () => {
    expect(summarise(SCORES, null)).toEqual({
      agents: 5, movedUp: 1, movedDown: 1, scoreChanged: 4, becameEligible: 1, lostEligibility: 1, bandChanged: null,
    });
  });

  it('treats scores equal to 12 significant digits as unchanged', () => {
    expect(summarise([SCORES[2]], null).scoreChanged).toBe(0);
  });

  it('counts agents changing payout band when the source pays by score bands', () => {
    const bands = payoutBands(`scorecard s { kpi k = 1
 profile p default { k: 100% } }
compensation bonus { scorecard s
 payout = agent.base_bonus * tier(score) { >= 90 -> 120%
  >= 80 -> 100%
  else -> 0% } }`);
    expect(bands).toEqual({ branches: [{ op: '>=', threshold: 90 }, { op: '>=', threshold: 80 }] });
    // ann 91 → 88 leaves the top band; bob stays in 80–90; cat stays below; dan and eve gain or lose a score
    expect(summarise(SCORES, bands).bandChanged).toBe(3);
  });
});

describe('payoutBands', () => {
  it('is null without a compensation paying by tier(score)', () => {
    expect(payoutBands('scorecard s { kpi k = 1\n profile p default { k: 100% } }')).toBeNull();
    expect(payoutBands('compensation c { scorecard s\n payout = 100 }')).toBeNull();
    expect(payoutBands('compensation c { scorecard s\n payout = tier(score) { >= agent.x -> 1 else -> 0 } }')).toBeNull();
    expect(payoutBands('not a scorecard {')).toBeNull();
  });
});

describe('bandOf', () => {
  it('finds the first band that holds, comparing to 12 significant digits', () => {
    const bands = { branches: [{ op: '>=' as const, threshold: 90 }, { op: '>=' as const, threshold: 80 }] };
    expect(bandOf(90, bands)).toBe(0);
    expect(bandOf(89.99999999999999, bands)).toBe(0);
    expect(bandOf(85, bands)).toBe(1);
    expect(bandOf(10, bands)).toBe(2);
    expect(bandOf(null, bands)).toBeNull();
  });
});

describe('periodInput', () => {
  it('builds the service\'s period for each kind', () => {
    expect(periodInput({ kind: 'month', value: ' 2021-03 ' })).toEqual({ month: '2021-03' });
    expect(periodInput({ kind: 'quarter', value: '2021-Q1' })).toEqual({ quarter: '2021-Q1' });
    expect(periodInput({ kind: 'week', value: '2021-W10' })).toEqual({ week: '2021-W10' });
    expect(periodInput({ kind: 'range', value: '2021-03-01', to: '2021-03-14' })).toEqual({ from: '2021-03-01', to: '2021-03-14' });
  });

  it('is null for an incomplete or malformed choice', () => {
    expect(periodInput({ kind: 'month', value: '2021-13' })).toBeNull();
    expect(periodInput({ kind: 'month', value: '' })).toBeNull();
    expect(periodInput({ kind: 'range', value: '2021-03-14', to: '2021-03-01' })).toBeNull();
    expect(periodInput({ kind: 'range', value: '2021-03-01' })).toBeNull();
  });
});

describe('previousMonth', () => {
  it('is the month before, across a year end', () => {
    expect(previousMonth(new Date(2021, 3, 15))).toBe('2021-03');
    expect(previousMonth(new Date(2022, 0, 1))).toBe('2021-12');
  });
});
