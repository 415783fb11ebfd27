import { eq12 } from '../../runtime/numbers';

// Against a constant c, 12-significant-digit equality is a range: the doubles a with eq12(a, c) are exactly those
// from L to U (rounding to 12 digits is monotone, and the near-equality test around it is far wider than the
// rounding step). L and U are found here, with eq12 itself as the judge, by searching the doubles in order; the
// SQL then compares with plain operators — `a < c` is `a < L`, `a <= c` is `a <= U` — as fast as a hand-written
// query and equal to the engine by construction.

const view = new DataView(new ArrayBuffer(8));
const SIGN = 1n << 63n;
/** the order key of the largest finite double */
const MAX_KEY = 0x7fefffffffffffffn;

/** A key that orders doubles as numbers (both zeros are 0). */
function keyOf(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  return bits & SIGN ? -(bits & ~SIGN) : bits;
}

function fromKey(k: bigint): number {
  view.setBigUint64(0, k >= 0n ? k : -k | SIGN);
  return view.getFloat64(0);
}

/** The last key from `start` going in `dir` for which eq12 with c still holds. */
function edge(c: number, start: bigint, dir: 1n | -1n): bigint {
  const holds = (k: bigint) => k >= -MAX_KEY && k <= MAX_KEY && eq12(fromKey(k), c);
  let step = 1n;
  while (holds(start + dir * step) && step < 1n << 62n) step *= 2n;
  let good = start + (dir * step) / 2n;
  let bad = start + dir * step;
  while ((bad - good) * dir > 1n) {
    const mid = good + (bad - good) / 2n;
    if (holds(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/** [L, U]: the doubles a with eq12(a, c), for a finite c. */
export function eq12Range(c: number): [number, number] {
  const k = keyOf(c);
  return [fromKey(edge(c, k, -1n)), fromKey(edge(c, k, 1n))];
}
