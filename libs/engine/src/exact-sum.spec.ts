import { addExact, exactTotal } from './exact-sum';

// The exact sum rounded once: checked against exact rational arithmetic (BigInt multiples of 2^-1074).

const view = new DataView(new ArrayBuffer(8));

/** x as an exact multiple of 2^-1074. */
function scaled(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  const mantissa = exp === 0 ? frac : frac | 0x10000000000000n;
  const value = mantissa << BigInt(Math.max(exp - 1, 0));
  return bits >> 63n ? -value : value;
}

function step(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, (x > 0) === up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** The double nearest to an exact multiple of 2^-1074, ties to an even mantissa. */
function nearest(n: bigint): number {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const shift = Math.max(abs.toString(2).length - 64, 0);
  const e = shift - 1074;
  const approx = Number(abs >> BigInt(shift)) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
  let best = negative ? -approx : approx;
  for (let i = 0; i < 4; i++) {
    const candidates = [step(best, false), best, step(best, true)];
    const dist = (c: number) => { const d = scaled(c) - n; return d < 0n ? -d : d; };
    candidates.sort((a, b) => {
      const da = dist(a);
      const db = dist(b);
      if (da !== db) return da < db ? -1 : 1;
      view.setFloat64(0, a);
      return view.getBigUint64(0) & 1n ? 1 : -1;
    });
    best = candidates[0];
  }
  return best;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const sum = (xs: readonly number[]): number => {
  const partials: number[] = [];
  for (const x of xs) addExact(partials, x);
  return exactTotal(partials);
};

describe('exact sums', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('equal the exact total rounded once (seed %i)', (seed) => {
    const rnd = random(seed);
    const xs = Array.from({ length: 200 }, () => {
      const magnitude = 10 ** Math.floor(rnd() * 30 - 15);
      return (rnd() - 0.3) * magnitude;
    });
    const exact = xs.reduce((acc, x) => acc + scaled(x), 0n);
    expect(sum(xs)).toBe(nearest(exact));
    expect(sum([...xs].reverse())).toBe(sum(xs));
  });

  it.each([11, 12, 13])('stay exact on the integer fast path, across 2^53 and when a fraction arrives (seed %i)', (seed) => {
    const rnd = random(seed);
    const xs = Array.from({ length: 300 }, (_, i) => {
      if (i === 150) return 0.1; // leaves the fast path midway
      const big = rnd() < 0.2 ? 2 ** 52 : 1000;
      return Math.round((rnd() - 0.4) * big);
    });
    for (const part of [xs.slice(0, 150), xs]) {
      const exact = part.reduce((acc, x) => acc + scaled(x), 0n);
      expect(sum(part)).toBe(nearest(exact));
    }
    expect(sum([2 ** 53 - 1, 1, 1])).toBe(nearest(scaled(2 ** 53) + 1n * scaled(1)));
    expect(sum([-(2 ** 53) + 1, -1, -1, 0.5])).toBe(nearest(-scaled(2 ** 53) - scaled(1) + scaled(0.5)));
  });

  it('are exact where a running sum is not', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sum([1e16, 1, -1e16])).toBe(1);
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
  });

  it('round a half-way total to even, however the partials fall', () => {
    expect(sum([1, 2 ** -53])).toBe(1);
    expect(sum([1, 2 ** -53, 2 ** -80])).toBe(1 + 2 ** -52);
    expect(sum([1 + 2 ** -52, 2 ** -53])).toBe(1 + 2 ** -51);
  });

  it('give 0, never -0, for nothing or for zeros', () => {
    expect(Object.is(sum([]), 0)).toBe(true);
    expect(Object.is(sum([-0, -0]), 0)).toBe(true);
    expect(Object.is(sum([-1, 1]), 0)).toBe(true);
  });
});
