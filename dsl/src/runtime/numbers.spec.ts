import { cmp12, eq12, roundHalfAway, safeDiv } from './numbers';

describe('eq12', () => {
  it('treats 0.1 + 0.2 as 0.3', () => expect(eq12(0.1 + 0.2, 0.3)).toBe(true));
  it('treats 57% * 100 as 57', () => expect(eq12(0.57 * 100, 57)).toBe(true));
  it('tells apart numbers that differ in the 12th digit', () => expect(eq12(1.00000000001, 1.00000000002)).toBe(false));
  it('compares with a sign', () => expect(cmp12(2, 3)).toBe(-1));
});

describe('roundHalfAway', () => {
  it.each([
    [1.005, 2, 1.01], [2.5, 0, 3], [-2.5, 0, -3], [0.125, 2, 0.13], [1.1 * 3, 1, 3.3], [1234.5, -1, 1230],
    [0.000015, 5, 0.00002], [99.995, 2, 100], [-0.005, 2, -0.01], [12, 2, 12],
  ])('rounds %p to %p digits as %p', (x, d, want) => expect(roundHalfAway(x, d)).toBe(want));
});

describe('roundHalfAway on extreme digit counts', () => {
  it.each([
    [300, 1_000_000_001, 300], [1.5, 1e300, 1.5], [1234.5, -1_000_000_001, 0], [2.5, NaN, 3], [0.1, 400, 0.1],
  ])('rounds %p to %p digits as %p without throwing', (x, d, want) => expect(roundHalfAway(x, d)).toBe(want));
});

describe('safeDiv', () => {
  it('gives null for a zero denominator', () => expect(safeDiv(1, 0)).toBeNull());
});
