// Spec §3 and §5, evaluated compiled and interpreted at once (the harness fails on any disagreement).
import { evaluate } from './__fixtures__/harness';

describe('null rules', () => {
  it.each([
    ['a + b', { a: 1, b: null }], ['a - b', { a: null, b: 1 }], ['a * b', { a: null, b: null }], ['a / b', { a: null, b: 2 }],
    ['-a', { a: null }], ['a * 2 + 1', { a: null }], ['(a + 1) / (b + 1)', { a: 1, b: null }],
  ])('arithmetic with null gives null: %s', (expr, inputs) => expect(evaluate(expr, inputs)).toBeNull());

  it.each(['a < b', 'a <= b', 'a > b', 'a >= b'])('%s with a null side is null', (expr) => {
    expect(evaluate(expr, { a: null, b: 1 })).toBeNull();
    expect(evaluate(expr, { a: 1, b: null })).toBeNull();
  });

  it('== and != always give a boolean', () => {
    expect(evaluate('a == b', { a: null, b: null })).toBe(true);
    expect(evaluate('a == b', { a: null, b: 0 })).toBe(false);
    expect(evaluate('a != b', { a: null, b: 0 })).toBe(true);
    expect(evaluate('a != null', { a: null })).toBe(false);
    expect(evaluate('a != null', { a: 0 })).toBe(true);
    expect(evaluate('a == null', { a: null })).toBe(true);
    expect(evaluate('null == null')).toBe(true);
  });

  it('and / or treat null as false and always give a boolean', () => {
    expect(evaluate('a > 1 and b > 1', { a: 2, b: null })).toBe(false);
    expect(evaluate('a > 1 and b > 1', { a: 2, b: 2 })).toBe(true);
    expect(evaluate('a > 1 or b > 1', { a: null, b: 2 })).toBe(true);
    expect(evaluate('a > 1 or b > 1', { a: null, b: null })).toBe(false);
    expect(evaluate('a > 1 or b > 1', { a: 0, b: null })).toBe(false);
  });

  it('a null condition counts as false under not and if', () => {
    expect(evaluate('not (a > 1)', { a: null })).toBe(true);
    expect(evaluate('not (a > 1)', { a: 2 })).toBe(false);
    expect(evaluate('if a > 1 then 10 else 20', { a: null })).toBe(20);
    expect(evaluate('if a > 1 then 10 else 20', { a: 5 })).toBe(10);
    expect(evaluate('if a > 1 then b else 20', { a: 5, b: null })).toBeNull();
  });

  it('coalesce picks the first non-null', () => {
    expect(evaluate('coalesce(a, b, 7)', { a: null, b: null })).toBe(7);
    expect(evaluate('coalesce(a, b, 7)', { a: null, b: 0 })).toBe(0);
    expect(evaluate('coalesce(a, b)', { a: null, b: null })).toBeNull();
    expect(evaluate('coalesce(a / 0, 5)', { a: 1 })).toBe(5);
  });
});

describe('division and overflow', () => {
  it('division by zero gives null, never Infinity or NaN', () => {
    expect(evaluate('a / b', { a: 1, b: 0 })).toBeNull();
    expect(evaluate('a / b', { a: 0, b: 0 })).toBeNull();
    expect(evaluate('a / 0', { a: -3 })).toBeNull();
    expect(evaluate('1 / 0')).toBeNull();
    expect(evaluate('a / (b - b)', { a: 1, b: 3 })).toBeNull();
  });

  it('a non-finite intermediate never leaks: 1 / (a / 0) is null, not 0', () => {
    expect(evaluate('1 / (a / 0)', { a: 1 })).toBeNull();
    expect(evaluate('b / (a * a)', { a: 1e200, b: 1 })).toBeNull();
    expect(evaluate('(a / 0) * 0', { a: 1 })).toBeNull();
    expect(evaluate('(a / 0) - (a / 0)', { a: 1 })).toBeNull();
  });

  it('overflow to Infinity gives null', () => {
    expect(evaluate('a * a', { a: 1e200 })).toBeNull();
    expect(evaluate('a + a', { a: 1.7e308 })).toBeNull();
    expect(evaluate('-a * a', { a: 1e200 })).toBeNull();
    expect(evaluate('abs(a * a)', { a: 1e200 })).toBeNull();
  });

  it('ordinary arithmetic is IEEE arithmetic', () => {
    expect(evaluate('100 - (a - 300) / 3', { a: 330 })).toBe(90);
    expect(evaluate('a / b', { a: 1, b: 3 })).toBe(1 / 3);
    expect(evaluate('-a', { a: 4 })).toBe(-4);
    expect(evaluate('a - -2', { a: 1 })).toBe(3);
  });
});

describe('12-significant-digit comparisons', () => {
  it('0.1 + 0.2 == 0.3 is true, and != false', () => {
    expect(evaluate('0.1 + 0.2 == 0.3')).toBe(true);
    expect(evaluate('a + b == 0.3', { a: 0.1, b: 0.2 })).toBe(true);
    expect(evaluate('a + b != 0.3', { a: 0.1, b: 0.2 })).toBe(false);
    expect(evaluate('a == b', { a: 0.1 + 0.2, b: 0.3 })).toBe(true);
  });

  it('57% * 100 >= 57 holds', () => {
    expect(evaluate('57% * 100 >= 57')).toBe(true);
    expect(evaluate('a * 100 >= 57', { a: 0.57 }, { units: { a: 'percent' } })).toBe(true);
    expect(evaluate('a * 100 < 57', { a: 0.57 }, { units: { a: 'percent' } })).toBe(false);
    expect(evaluate('a * 100 <= 57', { a: 0.57 }, { units: { a: 'percent' } })).toBe(true);
    expect(evaluate('a * 100 > 57', { a: 0.57 }, { units: { a: 'percent' } })).toBe(false);
  });

  it('numbers that differ within 12 digits stay different', () => {
    expect(evaluate('a == b', { a: 1.00000000001, b: 1.00000000002 })).toBe(false);
    expect(evaluate('a < b', { a: 1.00000000001, b: 1.00000000002 })).toBe(true);
    expect(evaluate('a > b', { a: 2, b: 1 })).toBe(true);
  });
});

describe('tier', () => {
  const tier = 'tier(a) { >= 95% -> 100 >= 90% -> 80 >= 80% -> 60 else -> 0 }';
  const percent = { units: { a: 'percent' as const } };

  it('takes the first branch that holds, top to bottom', () => {
    expect(evaluate(tier, { a: 0.97 }, percent)).toBe(100);
    expect(evaluate(tier, { a: 0.95 }, percent)).toBe(100);
    expect(evaluate(tier, { a: 0.92 }, percent)).toBe(80);
    expect(evaluate(tier, { a: 0.8 }, percent)).toBe(60);
    expect(evaluate(tier, { a: 0.1 }, percent)).toBe(0);
  });

  it('compares thresholds to 12 significant digits', () => {
    // one binary step below 0.95, as float arithmetic leaves it
    expect(evaluate(tier, { a: 0.95 - 2 ** -53 }, percent)).toBe(100);
    expect(evaluate(tier, { a: 0.1 * 9 }, percent)).toBe(80);
  });

  it('is null on null', () => expect(evaluate(tier, { a: null }, percent)).toBeNull());

  it('supports > < <= and expression thresholds and results', () => {
    const t = 'tier(a) { < 10 -> b > 20 -> b * 2 <= 15 -> 3 else -> b + c }';
    expect(evaluate(t, { a: 5, b: 1, c: 1 })).toBe(1);
    expect(evaluate(t, { a: 25, b: 4, c: 1 })).toBe(8);
    expect(evaluate(t, { a: 15, b: 4, c: 1 })).toBe(3);
    expect(evaluate(t, { a: 20, b: 4, c: 1 })).toBe(5);
    expect(evaluate(t, { a: 20, b: 4, c: null })).toBeNull();
    expect(evaluate('tier(a) { > 5 -> 1 else -> 2 }', { a: 5.00000000001 })).toBe(1);
    expect(evaluate('tier(a) { > 5 -> 1 else -> 2 }', { a: 5.000000000000001 })).toBe(2);
    expect(evaluate('tier(a) { < -1 -> 1 else -> 2 }', { a: -1.5 })).toBe(1);
  });
});

describe('functions', () => {
  it('min and max (two or more arguments) are scalars; null if any argument is null', () => {
    expect(evaluate('min(a, b, 3)', { a: 5, b: 4 })).toBe(3);
    expect(evaluate('max(a, b, 3)', { a: 5, b: 4 })).toBe(5);
    expect(evaluate('min(a, b)', { a: 5, b: null })).toBeNull();
    expect(evaluate('max(a, b)', { a: null, b: 1 })).toBeNull();
  });

  it('clamp, abs, round', () => {
    expect(evaluate('clamp(100 - (a - 300s) / 3s, 0, 100)', { a: 240 }, { units: { a: 'duration' } })).toBe(100);
    expect(evaluate('clamp(100 - (a - 300s) / 3s, 0, 100)', { a: 330 }, { units: { a: 'duration' } })).toBe(90);
    expect(evaluate('clamp(100 - (a - 300s) / 3s, 0, 100)', { a: 900 }, { units: { a: 'duration' } })).toBe(0);
    expect(evaluate('clamp(a, 0, 10)', { a: null })).toBeNull();
    expect(evaluate('abs(a)', { a: -2.5 })).toBe(2.5);
    expect(evaluate('abs(a)', { a: null })).toBeNull();
    expect(evaluate('round(a, 2)', { a: 1.005 })).toBe(1.01);
    expect(evaluate('round(a, 0)', { a: -2.5 })).toBe(-3);
    expect(evaluate('round(a)', { a: 2.5 })).toBe(3);
    expect(evaluate('round(a, 2)', { a: null })).toBeNull();
  });

  it('units: a duration minus a duration divided by a duration is a number', () => {
    expect(evaluate('(a - 5m) / 1m', { a: 600 }, { units: { a: 'duration' } })).toBe(5);
  });
});

describe('references and attributes', () => {
  it('team(m) and org(m) read the group values; absent groups are null', () => {
    expect(evaluate('a - team(a)', { a: 5 }, { team: { a: 3 } })).toBe(2);
    expect(evaluate('a - org(a)', { a: 5 }, { org: { a: 1 } })).toBe(4);
    expect(evaluate('a - team(a)', { a: 5 })).toBeNull();
    expect(evaluate('coalesce(org(a), 9)', { a: 5 })).toBe(9);
  });

  it('money attributes given as decimal strings are numbers in arithmetic', () => {
    const attrs = { agent: { base_bonus: '5000.00' } };
    expect(evaluate('agent.base_bonus * 2', {}, { attrs })).toBe(10000);
    expect(evaluate('agent.base_bonus > 4999.99', {}, { attrs })).toBe(true);
    expect(evaluate('agent.base_bonus * 2', {}, { attrs: { agent: { base_bonus: 12.5 } } })).toBe(25);
    expect(evaluate('agent.base_bonus * 2', {}, { attrs: { agent: { base_bonus: 'lots' } } })).toBeNull();
    expect(evaluate('agent.base_bonus * 2', {}, { attrs: { agent: {} } })).toBeNull();
    expect(evaluate('agent.base_bonus * 2')).toBeNull();
  });

  it('agent.tenure_days in a condition', () => {
    expect(evaluate('if agent.tenure_days < 90 then 1 else 2', {}, { attrs: { agent: { tenure_days: 30 } } })).toBe(1);
    expect(evaluate('if agent.tenure_days < 90 then 1 else 2', {}, { attrs: { agent: {} } })).toBe(2);
  });

  it('string attributes compare as strings', () => {
    expect(evaluate('if agent.team == "blue" then 1 else 2', {}, { attrs: { agent: { team: 'blue' } } })).toBe(1);
    expect(evaluate('if agent.team == "blue" then 1 else 2', {}, { attrs: { agent: { team: 'red' } } })).toBe(2);
    expect(evaluate('if agent.team != null then 1 else 2', {}, { attrs: { agent: {} } })).toBe(2);
  });
});
