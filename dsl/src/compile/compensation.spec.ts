// Compensation pays money: exact decimals to the cent, never a binary artefact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileOk } from './__fixtures__/harness';
import type { CompiledCompensation, EvalScope, Value } from './types';

const example = compileOk(readFileSync(join(__dirname, '__fixtures__/frontline.kpi'), 'utf8')).compensations[0];

const scope = (score: number | null, agent: Readonly<Record<string, Value>> = {}): EvalScope =>
  ({ agg: [], values: [], attrs: { agent }, score });

/** A compensation over a one-kpi scorecard, with the given payout/cap/floor lines. */
function rule(lines: string): CompiledCompensation {
  return compileOk(`
scorecard s { metric m = count() kpi k = m profile p default { k: 100% } }
compensation c "奖金" {
  scorecard s
${lines}
}`).compensations[0];
}

describe('the spec example', () => {
  it('carries its settings', () => {
    expect([example.key, example.label, example.scorecard, example.period]).toEqual(['q4_bonus', '季度绩效奖金', 'frontline', 'quarter']);
  });

  it('pays base_bonus × 120% exactly: "1000.10" at score 91 is "1200.12"', () => {
    expect(example.payout(scope(91, { base_bonus: '1000.10' }))).toBe('1200.12');
  });

  it('takes tier branches by 12-digit comparison of the score', () => {
    expect(example.payout(scope(90, { base_bonus: '1000' }))).toBe('1200.00');
    expect(example.payout(scope(89.99999999999999, { base_bonus: '1000' }))).toBe('1200.00');
    expect(example.payout(scope(85, { base_bonus: '1000' }))).toBe('1000.00');
    expect(example.payout(scope(60, { base_bonus: '333.33' }))).toBe('166.67');
    expect(example.payout(scope(10, { base_bonus: '1000' }))).toBe('0.00');
  });

  it('accepts base_bonus as a number too', () => {
    expect(example.payout(scope(91, { base_bonus: 1000.1 }))).toBe('1200.12');
  });

  it('is null when the score or the base is null', () => {
    expect(example.payout(scope(null, { base_bonus: '1000' }))).toBeNull();
    expect(example.payout(scope(95, {}))).toBeNull();
    expect(example.payout({ agg: [], values: [], attrs: {} })).toBeNull();
    expect(example.payout(scope(95, { base_bonus: 'n/a' }))).toBeNull();
  });
});

describe('exact money', () => {
  it('never shows binary artefacts', () => {
    const c = rule('  payout = agent.base_bonus * 0.1 + agent.base_bonus * 0.2');
    expect(c.payout(scope(0, { base_bonus: '1' }))).toBe('0.30');
    const thirds = rule('  payout = agent.base_bonus / 3 * 3');
    expect(thirds.payout(scope(0, { base_bonus: '1000.10' }))).toBe('1000.10');
  });

  it('rounds half away from zero to the cent', () => {
    const c = rule('  payout = agent.base_bonus * 1');
    expect(c.payout(scope(0, { base_bonus: '0.125' }))).toBe('0.13');
    expect(c.payout(scope(0, { base_bonus: '-0.125' }))).toBe('-0.13');
    expect(c.payout(scope(0, { base_bonus: '1.005' }))).toBe('1.01');
    expect(c.payout(scope(0, { base_bonus: '2.675' }))).toBe('2.68');
    expect(c.payout(scope(0, { base_bonus: '-0.001' }))).toBe('0.00');
  });

  it('uses the score through its decimal value', () => {
    const c = rule('  payout = agent.base_bonus * score / 100');
    expect(c.payout(scope(0.1 + 0.2, { base_bonus: '1000' }))).toBe('3.00');
    expect(c.payout(scope(57.5, { base_bonus: '99.99' }))).toBe('57.49');
  });

  it('division by zero gives a null payout', () => {
    const c = rule('  payout = agent.base_bonus / (score - score)');
    expect(c.payout(scope(5, { base_bonus: '100' }))).toBeNull();
  });

  it('money stays exact through min, max, clamp, round and coalesce', () => {
    const c = rule('  payout = min(agent.base_bonus, 5000.10) + max(agent.base_bonus * 0.1, 0.2) + coalesce(agent.extra, 0.1)');
    // 0.3 + max(0.03, 0.2) + 0.1
    expect(c.payout(scope(0, { base_bonus: '0.3', extra: null }))).toBe('0.60');
    const r = rule('  payout = round(agent.base_bonus, 1) + clamp(score, 0.1, 0.2)');
    expect(r.payout(scope(0.7, { base_bonus: '0.05' }))).toBe('0.30');
  });
});

describe('cap and floor', () => {
  const c = rule('  payout = agent.base_bonus * score / 50\n  cap 2 * agent.base_bonus\n  floor 100');

  it('caps the payout', () => {
    expect(c.payout(scope(150, { base_bonus: '1000.10' }))).toBe('2000.20');
    expect(c.payout(scope(60, { base_bonus: '1000.10' }))).toBe('1200.12');
  });

  it('raises a payout below the floor', () => {
    expect(c.payout(scope(1, { base_bonus: '1000' }))).toBe('100.00');
  });

  it('a null cap does not apply; a null payout stays null', () => {
    const uncapped = rule('  payout = score * 100\n  cap agent.limit');
    expect(uncapped.payout(scope(50, {}))).toBe('5000.00');
    expect(uncapped.payout(scope(50, { limit: '4000' }))).toBe('4000.00');
    expect(uncapped.payout(scope(null, { limit: '4000' }))).toBeNull();
  });
});
