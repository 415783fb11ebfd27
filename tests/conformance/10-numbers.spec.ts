// Chapter 5 of the spec, numbers: comparisons agree to 12 significant digits (as spreadsheets), round()
// rounds half away from zero on the decimal value, no binary artefact changes an outcome, x / 0 is null.
import { fixed } from '@yardstick/engine';
import { condCard, kpiCard, kpis, metricCard, recs } from './builders';
import { runChapter, type Row } from './harness';

const cond = (name: string, expr: string, v: 0 | 1, note: string): Row =>
  ({ name, source: condCard(expr), expected: { value: v }, note });
const value = (name: string, expr: string, v: number | null, note: string): Row =>
  ({ name, source: metricCard(expr), expected: { value: v }, note });

// 57 of 100 records resolved: pct = 57 / 100 × 100 = 56.99999999999999 in doubles
const PCT = '  metric pct = count(resolved) / count() * 100';
const HUNDRED = recs(100, 'a1', (i) => ({ resolved: i < 57 }));
const pctCard = (...items: string[]) =>
  ['scorecard t {', '  period month', PCT, '  kpi k = pct', ...items, '  profile p default { k: 100% }', '}'].join('\n');

const rows: Row[] = [
  cond('57% * 100 >= 57 holds', '57% * 100 >= 57', 1, '0.57 × 100 = 56.99999999999999 in doubles, 57 to 12 digits'),
  cond('57% * 100 == 57 holds', '57% * 100 == 57', 1, 'equal to 12 significant digits'),
  cond('57% * 100 < 57 fails', '57% * 100 < 57', 0, 'not less: equal to 12 digits'),
  cond('0.1 + 0.2 == 0.3', '0.1 + 0.2 == 0.3', 1, '0.30000000000000004 equals 0.3 to 12 digits'),
  cond('0.1 + 0.2 != 0.3 fails', '0.1 + 0.2 != 0.3', 0, 'they are equal'),
  cond('0.1 + 0.2 > 0.3 fails', '0.1 + 0.2 > 0.3', 0, 'not greater: equal'),
  cond('0.1 + 0.2 <= 0.3 holds', '0.1 + 0.2 <= 0.3', 1, 'equal, so ≤ holds'),
  cond('0.3 - 0.1 == 0.2', '0.3 - 0.1 == 0.2', 1, '0.19999999999999998 equals 0.2'),
  cond('1.1 * 3 <= 3.3', '1.1 * 3 <= 3.3', 1, '3.3000000000000003 equals 3.3'),
  cond('1.1 * 3 > 3.3 fails', '1.1 * 3 > 3.3', 0, 'not greater'),
  cond('100 * 1.1 == 110', '100 * 1.1 == 110', 1, '110.00000000000001 equals 110'),
  cond('0.7 + 0.1 == 0.8', '0.7 + 0.1 == 0.8', 1, '0.7999999999999999 equals 0.8'),
  cond('3 * 0.1 == 0.3', '3 * 0.1 == 0.3', 1, '0.30000000000000004 equals 0.3'),
  cond('90% == 0.9', '90% == 0.9', 1, 'a percent literal is its fraction'),
  cond('a 13th-digit difference is equal', '1.0000000000001 == 1', 1, 'differs in the 14th significant digit'),
  cond('an 11th-digit difference is not equal', '1.0000000001 == 1', 0, 'differs in the 11th significant digit'),
  cond('a 12th-digit difference is not equal', '1.00000000001 == 1', 0, '1.00000000001 has 12 significant digits: differs'),
  cond('large numbers compare to 12 digits', '123456789012345 == 123456789012000', 1, 'both are 1.23456789012e14'),
  value('tier threshold at 12 digits', 'tier(0.1 + 0.2) { >= 0.3 -> 1  else -> 0 }', 1, '0.30000000000000004 ≥ 0.3 (equal)'),
  value('tier > threshold at 12 digits', 'tier(0.1 + 0.2) { > 0.3 -> 1  else -> 0 }', 0, 'equal, so not >'),
  value('tier <= threshold at 12 digits', 'tier(1.1 * 3) { <= 3.3 -> 1  else -> 0 }', 1, '3.3000000000000003 ≤ 3.3 (equal)'),
  value('tier percent threshold at 12 digits', 'tier(0.7 + 0.2) { >= 90% -> 1  else -> 0 }', 1, '0.8999999999999999 ≥ 0.9 (equal)'),
  value('round(1.005, 2) is 1.01', 'round(1.005, 2)', 1.01, 'decimal 1.005 rounds half away from zero (the double is 1.00499999999999989…)'),
  value('round(2.675, 2) is 2.68', 'round(2.675, 2)', 2.68, 'the double is 2.67499999999999982…; the decimal value rounds up'),
  value('round(-1.005, 2) is -1.01', 'round(-1.005, 2)', -1.01, 'half away from zero for negatives'),
  value('round(1.45, 1) is 1.5', 'round(1.45, 1)', 1.5, 'decimal 1.45 → 1.5'),
  value('round(8.345, 2) is 8.35', 'round(8.345, 2)', 8.35, 'decimal 8.345 → 8.35'),
  value('round(0.5, 0) is 1', 'round(0.5, 0)', 1, 'half away from zero'),
  value('round(1.5, 0) is 2', 'round(1.5, 0)', 2, 'half away from zero'),
  value('round(2.5, 0) is 3 (not banker\'s)', 'round(2.5, 0)', 3, 'half away from zero, not to even'),
  value('round(-0.5, 0) is -1', 'round(-0.5, 0)', -1, 'half away from zero'),
  value('round(1.0049, 2) is 1', 'round(1.0049, 2)', 1, 'below the half'),
  value('round of a float sum', 'round(0.1 + 0.2, 1)', 0.3, '0.30000000000000004 → 0.3'),
  value('round of 57% * 100', 'round(57% * 100, 0)', 57, '56.99999999999999 → 57'),
  value('round to 12 digits', 'round(1.23456789012345, 12)', 1.23456789012, 'keeps 12 decimals'),
  { name: 'round digits must be whole', source: metricCard('round(1.5, 1.5)'), expected: { error: 'YS206' }, note: 'digits 0–12, whole' },
  { name: 'round digits above 12 are an error', source: metricCard('round(1.5, 13)'), expected: { error: 'YS206' }, note: 'digits 0–12' },
  value('division by zero is null', '5 / 0', null, 'never Infinity'),
  value('stored results keep full precision', '1 / 3', 1 / 3, 'not rounded for storage: 0.333333333333 to 12 digits'),
  value('stored results keep small values', '1 / 3000', 1 / 3000, '0.000333333333333, not 0.00'),
  value('division by a computed zero is null', '1 / (0.5 - 0.5)', null, '0.5 − 0.5 = 0 exactly → null'),
  value('zero over zero is null', '0 / 0', null, 'never NaN'),
  {
    name: 'a metric at 56.99999999999999 meets a >= 57 target with a non-negative gap',
    source: pctCard('  target pct >= 57'), inputs: { records: HUNDRED },
    expected: { agents: { a1: { targets: { pct: { target: 57, met: true, gap: 0 } } } } },
    note: '57 / 100 × 100 = 56.99999999999999: equal to 57 → met, gap 0 (never −7e-15)',
  },
  {
    name: 'eligibility compares to 12 digits',
    source: pctCard('  eligible when pct >= 57'), inputs: { records: HUNDRED },
    expected: { agents: { a1: { eligible: true, score: 57 } } }, note: 'pct = 57 to 12 digits: eligible; score = pct = 57',
  },
  {
    name: 'a tier on a computed percent', source: pctCard('  kpi t = tier(pct) { >= 57 -> 1  else -> 0 }'), inputs: { records: HUNDRED },
    expected: { agents: { a1: { kpis: { t: 1 } } } }, note: '56.99999999999999 falls in the ≥ 57 tier',
  },
  {
    name: 'scores equal to 12 digits tie in rank', source: kpiCard([100]),
    inputs: { records: [kpis('a1', [0.1]), kpis('a1', [0.2]), kpis('a2', [0.15]), kpis('a3', [0.1])] },
    expected: { agents: { a1: { rank: 1 }, a2: { rank: 1 }, a3: { rank: 3 } } },
    note: 'a1 = avg(0.1, 0.2) = 0.15000000000000002, a2 = 0.15: a tie → 1, 1; a3 0.1 → 3',
  },
];

runChapter('§5 numbers', rows);

// Displayed values (the CLI table, explanations) go through the engine's `fixed`: half away from zero on the
// decimal value, and never a sign or digit that only a binary artefact put there.
describe('§5 numbers: displayed values', () => {
  test.each([
    [1.005, 2, '1.01', 'the double 1.00499999999999989… shows as the decimal 1.005 rounds'],
    [0.1 + 0.2, 2, '0.30', '0.30000000000000004'],
    [2.675, 2, '2.68', 'the double 2.67499999999999982…'],
    [-0.005, 2, '-0.01', 'half away from zero'],
    [0.125, 2, '0.13', 'half away from zero, not to even'],
    [99.995, 2, '100.00', 'carries into the integer part'],
    [0.57 * 100, 0, '57', '56.99999999999999'],
    [1e-17, 2, '0.00', 'an artefact of 0.1 + 0.2 − 0.3 shows as zero'],
    [-1e-17, 2, '0.00', 'no "-0.00" from a negative artefact'],
  ])('fixed(%p, %p) shows %p (%s)', (x, digits, want) => {
    expect(fixed(x as number, digits as number)).toBe(want);
  });
});
