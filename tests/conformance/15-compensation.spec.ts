// Chapter 5 of the spec, money: a compensation's payout is exact decimal to the cent (never
// 0.30000000000000004), capped by `cap`. The scorecard it names is scored first; the payout reads
// `score` and `agent.*`. Payouts are decimal strings.
import type { AgentInfo } from '@yardstick/engine';
import { kpis } from './builders';
import { runChapter, type Row } from './harness';
import { EXAMPLE_INPUTS, SPEC_EXAMPLE } from './spec-example';

const SCORECARD = [
  'scorecard sc {', '  period month', '  field x1: number', '  metric m1 = avg(x1)', '  kpi k1 = m1',
  '  profile p default { k1: 100% }', '}',
].join('\n');
const comp = (...items: string[]) =>
  `${SCORECARD}\ncompensation bonus "奖金" {\n  scorecard sc\n  period month\n${items.map((i) => `  ${i}`).join('\n')}\n}`;
const TIERED = comp(
  'payout = agent.base_bonus * tier(score) {\n    >= 90 -> 120%\n    >= 80 -> 100%\n    >= 60 -> 50%\n    else  -> 0%\n  }',
  'cap 2 * agent.base_bonus',
);
const agent = (id: string, base: number): AgentInfo => ({ id, attributes: { base_bonus: base } });
/** agents with a base bonus and one record each setting their score */
const scored = (list: [string, number, number | null][]) => ({
  agents: list.map(([id, base]) => agent(id, base)),
  records: list.map(([id, , score]) => kpis(id, [score])),
});
const pay = (name: string, source: string, list: [string, number, number | null][], payouts: Record<string, string | null>, note: string): Row =>
  ({ name, source, inputs: scored(list), expected: { payouts }, note });

const rows: Row[] = [
  pay('a score of 92 pays 120%', TIERED, [['a1', 5000, 92]], { a1: '6000.00' }, '5000 × 120% = 6000.00'),
  pay('a score of 85 pays 100%', TIERED, [['a1', 5000, 85]], { a1: '5000.00' }, '5000 × 100%'),
  pay('a score of exactly 60 pays 50%', TIERED, [['a1', 5000, 60]], { a1: '2500.00' }, '60 ≥ 60 → 5000 × 50%'),
  pay('a score of 59.99 pays nothing', TIERED, [['a1', 5000, 59.99]], { a1: '0.00' }, 'else → 0%'),
  pay('a null score pays null', TIERED, [['a1', 5000, null]], { a1: null }, 'tier(null) is null, and so is base × null'),
  pay('several agents at once', TIERED, [['a1', 5000, 95], ['a2', 4000, 81], ['a3', 3000, 10]],
    { a1: '6000.00', a2: '4000.00', a3: '0.00' }, '5000 × 1.2; 4000 × 1; 3000 × 0'),
  pay('0.1 × 3 is 0.30, not 0.30000000000000004', comp('payout = agent.base_bonus * 3'), [['a1', 0.1, 50]], { a1: '0.30' },
    'exact decimal: 0.10 × 3 = 0.30'),
  pay('1000.10 × 30% is 300.03', comp('payout = agent.base_bonus * 30%'), [['a1', 1000.1, 50]], { a1: '300.03' }, '1000.10 × 0.3 = 300.03'),
  {
    name: 'a base bonus given as a decimal string stays exact', source: comp('payout = agent.base_bonus * 30%'),
    inputs: { agents: [{ id: 'a1', attributes: { base_bonus: '1000.10' } }], records: [kpis('a1', [50])] },
    expected: { payouts: { a1: '300.03' } }, note: 'money attributes may come as decimal strings: 1000.10 × 0.3 = 300.03',
  },
  pay('3000.10 × 50% is 1500.05', TIERED, [['a1', 3000.1, 70]], { a1: '1500.05' }, '70 → 50%: 1500.05'),
  pay('a half cent rounds away from zero', comp('payout = agent.base_bonus * 50%'), [['a1', 0.25, 50]], { a1: '0.13' },
    '0.25 × 0.5 = 0.125 → 0.13 (half away from zero, spec §5 on displayed values)'),
  pay('a payout adds exactly', comp('payout = agent.base_bonus * 10% + agent.base_bonus * 20%'), [['a1', 0.1, 50]], { a1: '0.03' },
    '0.01 + 0.02 = 0.03'),
  pay('a payout summing tenths', comp('payout = agent.base_bonus * 0.7 + agent.base_bonus * 0.2 + agent.base_bonus * 0.1'),
    [['a1', 1, 50]], { a1: '1.00' }, '0.7 + 0.2 + 0.1 = 1.00 (doubles give 0.9999999999999999)'),
  pay('the cap limits the payout', comp('payout = agent.base_bonus * 3', 'cap 2 * agent.base_bonus'), [['a1', 5000, 50]],
    { a1: '10000.00' }, '15000 capped at 2 × 5000 = 10000.00'),
  pay('a cap above the payout changes nothing', comp('payout = agent.base_bonus * 150%', 'cap 2 * agent.base_bonus'), [['a1', 5000, 50]],
    { a1: '7500.00' }, '7500 < 10000'),
  pay('a constant cap', comp('payout = agent.base_bonus * score / 100', 'cap 1000'), [['a1', 5000, 50], ['a2', 1000, 50]],
    { a1: '1000.00', a2: '500.00' }, 'a1: 2500 capped at 1000; a2: 500'),
  pay('a payout from the score', comp('payout = agent.base_bonus * score / 100'), [['a1', 2000, 87.5]], { a1: '1750.00' },
    '2000 × 87.5 / 100 = 1750.00'),
  pay('a floor raises the payout', comp('payout = agent.base_bonus * 0%', 'floor 100'), [['a1', 5000, 50]], { a1: '100.00' },
    '`floor` (reserved in §2) is the least payout: 0 → 100.00'),
  {
    name: 'the spec §1 q4_bonus pays by the quarter\'s score', source: SPEC_EXAMPLE,
    inputs: { ...EXAMPLE_INPUTS, period: { from: '2026-10-01', to: '2026-12-31' } },
    expected: { payouts: { a1: '2500.00', a2: '1500.05', a3: null } },
    note: 'records all in October (segments double11 and after hold none): a1 71.75 → ≥ 60 → 5000 × 50% = 2500.00; ' +
      'a2 73.25 → 3000.10 × 50% = 1500.05; a3 is not eligible → null score → null payout',
  },
  {
    name: 'a compensation naming an unknown scorecard is an error',
    source: `${SCORECARD}\ncompensation bonus {\n  scorecard nosuch\n  period month\n  payout = 1\n}`,
    expected: { error: 'YS400', at: 'nosuch' }, note: 'no scorecard nosuch in the file',
  },
  {
    name: 'a misspelt scorecard name suggests the scorecard',
    source: `${SCORECARD}\ncompensation bonus {\n  scorecard sd\n  period month\n  payout = 1\n}`,
    expected: { error: 'YS400', at: 'sd', suggestion: 'sc' }, note: 'did you mean sc?',
  },
  {
    name: 'a compensation without a payout is an error',
    source: `${SCORECARD}\ncompensation bonus {\n  scorecard sc\n  period month\n}`,
    expected: { error: 'YS401' }, note: 'payout is required',
  },
  {
    name: 'a compensation without a scorecard is an error',
    source: `${SCORECARD}\ncompensation bonus {\n  period month\n  payout = 1\n}`,
    expected: { error: 'YS401' }, note: 'scorecard is required',
  },
  {
    name: 'a payout may not read record fields',
    source: comp('payout = rating * 10'),
    expected: { error: ['YS105', 'YS104', 'YS402'] }, note: 'a payout sees score and agent.*',
  },
];

runChapter('§5 compensation', rows);
