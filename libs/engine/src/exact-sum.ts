// Sums of doubles that do not depend on the order of the values: the partials of Shewchuk's exact summation,
// rounded once at the end (Python's math.fsum). A plain running sum rounds at every step, so the same records
// streamed in another order, or pooled agent by agent, could differ in the last bit; this sum is the exact
// total rounded to the nearest double, which is also what PostgreSQL gives for an exact `numeric` sum cast to
// `double precision` — the SQL path (dsl/src/compile/sql) relies on that equality.

const TWO_53 = 2 ** 53;

/** Adds `x` (finite) to the non-overlapping partials, which together hold the exact sum so far. */
export function addExact(partials: number[], x: number): void {
  const n = partials.length;
  if (n === 0) {
    partials.push(x);
    return;
  }
  // fast path: while every value is an integer, the one partial is an integer sum, and two integers whose
  // sum stays below 2^53 in magnitude add exactly (a true sum at or past 2^53 rounds to at least 2^53, so the
  // rounded test is safe) — the loop below would leave the same single partial, bit for bit
  if (n === 1) {
    const y = partials[0];
    const s = y + x;
    if (s < TWO_53 && s > -TWO_53 && Number.isInteger(x) && Number.isInteger(y)) {
      partials[0] = s;
      return;
    }
  }
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j];
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  partials.push(x);
}

/** The exact sum held by the partials, rounded to the nearest double (ties to even); 0 for none. */
export function exactTotal(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // the partials below may push a tie the other way: round half-way cases as the exact sum dictates
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  // `+ 0` turns -0 into 0: a sum of zeros is 0 however its terms were signed
  return hi + 0;
}
