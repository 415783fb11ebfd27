// Chapter 5 of the spec, scoring: weights, renormalize vs zero, all-null, eligibility, ranks (1, 2, 2, 4),
// ranks within a team. kpiCard gives kpis k1..kN = avg(x1..xN); one record per agent sets them.
import { kpiCard, kpis } from './builders';
import { runChapter, type Row } from './harness';

const W = [50, 30, 20];
const profile = (entries: string) => `  profile p default { ${entries} }`;
const withTeam = (agent: string, team: string, values: (number | null)[]) => kpis(agent, values, { team });

const rows: Row[] = [
  {
    name: 'score is the weighted sum of kpis', source: kpiCard(W),
    inputs: { records: [kpis('a1', [80, 60, 90])] },
    expected: { agents: { a1: { score: 76, kpis: { k1: { value: 80, weight: 0.5 }, k2: { value: 60, weight: 0.3 }, k3: { value: 90, weight: 0.2 } } } } },
    note: '0.5 × 80 + 0.3 × 60 + 0.2 × 90 = 40 + 18 + 18 = 76',
  },
  {
    name: 'renormalize leaves a null kpi out and rescales the rest', source: kpiCard(W, { missing: 'renormalize' }),
    inputs: { records: [kpis('a1', [80, 60, null])] },
    expected: { agents: { a1: { score: 72.5, kpis: { k1: { weight: 0.625 }, k2: { weight: 0.375 } } } } },
    note: '(0.5 × 80 + 0.3 × 60) / 0.8 = 58 / 0.8 = 72.5; weights 0.5/0.8 = 0.625, 0.3/0.8 = 0.375',
  },
  {
    name: 'renormalize is the default', source: kpiCard(W),
    inputs: { records: [kpis('a1', [80, 60, null])] },
    expected: { agents: { a1: { score: 72.5 } } }, note: 'no `missing` line → renormalize: 72.5',
  },
  {
    name: 'missing zero counts a null kpi as 0', source: kpiCard(W, { missing: 'zero' }),
    inputs: { records: [kpis('a1', [80, 60, null])] },
    expected: { agents: { a1: { score: 58 } } }, note: '40 + 18 + 0.2 × 0 = 58',
  },
  {
    name: 'renormalize with two nulls leaves the one kpi', source: kpiCard(W),
    inputs: { records: [kpis('a1', [null, 60, null])] },
    expected: { agents: { a1: { score: 60, kpis: { k2: { weight: 1 } } } } }, note: '0.3 × 60 / 0.3 = 60',
  },
  {
    name: 'all kpis null gives a null score (renormalize)', source: kpiCard(W),
    inputs: { records: [kpis('a1', [null, null, null]), kpis('a2', [10, 10, 10])] },
    expected: { agents: { a1: { score: null, rank: null }, a2: { score: 10, rank: 1 } } },
    note: 'nothing to renormalize → null, unranked; a2 = 10 ranks 1',
  },
  {
    name: 'all kpis null gives a null score (zero)', source: kpiCard(W, { missing: 'zero' }),
    inputs: { records: [kpis('a1', [null, null, null])] },
    expected: { agents: { a1: { score: null, rank: null } } }, note: 'if every kpi is null the score is null, even with zero',
  },
  {
    name: 'a zero kpi is not a missing kpi', source: kpiCard(W),
    inputs: { records: [kpis('a1', [0, 60, 90])] },
    expected: { agents: { a1: { score: 36 } } }, note: '0 + 18 + 18 = 36 (0 is a value; no renormalizing)',
  },
  {
    name: 'an unknown missing policy is an error', source: kpiCard(W, { missing: 'skip' }),
    expected: { error: 'YS332', at: 'skip' }, note: 'renormalize or zero',
  },
  {
    name: 'weights summing over 100% are an error', source: kpiCard([50, 30, 30]),
    expected: { error: 'YS300' }, note: '50 + 30 + 30 = 110%',
  },
  {
    name: 'weights summing under 100% are an error', source: kpiCard([50, 30, 10]),
    expected: { error: 'YS300' }, note: '50 + 30 + 10 = 90%',
  },
  {
    name: 'weights 70% + 20% + 10% sum to 100% despite binary floats', source: kpiCard([70, 20, 10]),
    inputs: { records: [kpis('a1', [100, 100, 100])] },
    expected: { without: ['YS300'], agents: { a1: { score: 100 } } }, note: '0.7 + 0.2 + 0.1 = 0.9999999999999999 in doubles, 100% to 12 digits',
  },
  {
    name: 'weights 33.3% + 33.3% + 33.4% sum to 100%', source: kpiCard([33.3, 33.3, 33.4]),
    expected: { without: ['YS300'] }, note: 'decimal sum is exactly 100',
  },
  {
    name: 'a weight on an unknown kpi is an error', source: kpiCard([100], { profiles: profile('k1: 50%, k9: 50%') }),
    expected: { error: 'YS301', at: 'k9' }, note: 'k9 is not a kpi',
  },
  {
    name: 'a misspelt kpi in a profile suggests the kpi', source: kpiCard([100], { profiles: profile('k_1: 100%') }),
    expected: { error: 'YS301', at: 'k_1', suggestion: 'k1' }, note: 'did you mean k1?',
  },
  {
    name: 'a weight that is not a percent is an error', source: kpiCard([100], { profiles: profile('k1: 100') }),
    expected: { error: 'YS302' }, note: 'weights are percentages',
  },
  {
    name: 'a kpi weighted twice is an error', source: kpiCard([50, 50], { profiles: profile('k1: 50%, k1: 50%') }),
    expected: { error: 'YS303' }, note: 'k1 twice',
  },
  {
    name: 'a kpi without weight in any profile is warned about', source: kpiCard([100, 0], { profiles: profile('k1: 100%') }),
    expected: { warning: 'YS335' }, note: 'k2 is never weighted',
  },
  {
    name: 'eligible when: too few records means no score and no rank',
    source: kpiCard([100], { extra: '  eligible when handled >= 2' }),
    inputs: { records: [kpis('a1', [70]), kpis('a1', [90]), kpis('a2', [100])] },
    expected: { agents: { a1: { eligible: true, score: 80, rank: 1 }, a2: { eligible: false, score: null, rank: null, teamRank: null } } },
    note: 'a1: 2 records, k1 = avg(70, 90) = 80, rank 1; a2: 1 record < 2 → not scored, not ranked',
  },
  {
    name: 'ineligible agents do not take ranks',
    source: kpiCard([100], { extra: '  eligible when handled >= 2' }),
    inputs: { records: [kpis('a1', [90]), kpis('a1', [90]), kpis('a2', [99]), kpis('a3', [80]), kpis('a3', [80])] },
    expected: { agents: { a1: { rank: 1 }, a2: { rank: null }, a3: { rank: 2 } } },
    note: 'a2 would score 99 but has 1 record; a1 90 → 1, a3 80 → 2',
  },
  {
    name: 'ties share a rank and the next rank skips (1, 2, 2, 4)', source: kpiCard([100]),
    inputs: { records: [kpis('a1', [90]), kpis('a2', [80]), kpis('a3', [80]), kpis('a4', [70]), kpis('a5', [null])] },
    expected: { agents: { a1: { rank: 1 }, a2: { rank: 2 }, a3: { rank: 2 }, a4: { rank: 4 }, a5: { rank: null, score: null } } },
    note: 'scores 90, 80, 80, 70 → 1, 2, 2, 4; a5 all-null → unranked',
  },
  {
    name: 'a three-way tie at the top', source: kpiCard([100]),
    inputs: { records: [kpis('a1', [50]), kpis('a2', [50]), kpis('a3', [50]), kpis('a4', [49])] },
    expected: { agents: { a1: { rank: 1 }, a2: { rank: 1 }, a3: { rank: 1 }, a4: { rank: 4 } } },
    note: '50, 50, 50 share 1; 49 is 4th',
  },
  {
    name: 'ranks within a team', source: kpiCard([100]),
    inputs: { records: [withTeam('a1', 'T1', [90]), withTeam('a2', 'T1', [80]), withTeam('a3', 'T2', [80]), withTeam('a4', 'T2', [70])] },
    expected: {
      agents: {
        a1: { rank: 1, teamRank: 1, team: 'T1' }, a2: { rank: 2, teamRank: 2 },
        a3: { rank: 2, teamRank: 1, team: 'T2' }, a4: { rank: 4, teamRank: 2 },
      },
    },
    note: 'everyone: 90, 80, 80, 70 → 1, 2, 2, 4; T1: a1 1, a2 2; T2: a3 1, a4 2',
  },
  {
    name: 'team ranks tie too', source: kpiCard([100]),
    inputs: { records: [withTeam('a1', 'T1', [60]), withTeam('a2', 'T1', [60]), withTeam('a3', 'T1', [59])] },
    expected: { agents: { a1: { teamRank: 1 }, a2: { teamRank: 1 }, a3: { teamRank: 3 } } }, note: '60, 60, 59 → 1, 1, 3',
  },
  {
    name: 'the team comes from the agents list when given',
    source: kpiCard([100]),
    inputs: { agents: [{ id: 'a1', team: 'T1' }, { id: 'a2', team: 'T2' }], records: [kpis('a1', [10]), kpis('a2', [20])] },
    expected: { agents: { a1: { team: 'T1', teamRank: 1, rank: 2 }, a2: { team: 'T2', teamRank: 1, rank: 1 } } },
    note: 'each alone on its team; overall 20 > 10',
  },
  {
    name: 'kpis may be tiers of metrics (spec csat_score)',
    source: [
      'scorecard t {', '  period month',
      '  metric csat = count(rating >= 4) / count(rating != null) as percent',
      '  kpi csat_score = tier(csat) {\n    >= 95% -> 100\n    >= 90% -> 80\n    >= 80% -> 60\n    else   -> 0\n  }',
      '  profile p default { csat_score: 100% }', '}',
    ].join('\n'),
    inputs: { records: [5, 5, 5, 5, 5, 5, 5, 5, 5, 3].map((r) => kpis('a1', [], { rating: r })) },
    expected: { agents: { a1: { metrics: { csat: 0.9 }, score: 80 } } }, note: '9 of 10 ratings ≥ 4 = 90% → ≥ 90% branch → 80',
  },
  {
    name: 'a score over fractional weights', source: kpiCard([40, 30, 15, 15]),
    inputs: { records: [kpis('a1', [80, 75, 90, 25])] },
    expected: { agents: { a1: { score: 71.75 } } }, note: '32 + 22.5 + 13.5 + 3.75 = 71.75',
  },
];

runChapter('§5 scoring', rows);
