// Number semantics shared by the compiled code, the interpreter and the engine.
// Scores are IEEE doubles, but no binary artefact may change what a person sees: comparisons treat
// two numbers as equal when they agree to 12 significant digits, and rounding works on the decimal value.

import Decimal from 'decimal.js';

const SIGNIFICANT = 12;

/** True when a and b agree to 12 significant digits (so 0.1 + 0.2 equals 0.3). */
export function eq12(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  // far apart: certainly different; the exact check below only runs for near-equal values
  if (Math.abs(a - b) > scale * 1e-10) return false;
  return a.toPrecision(SIGNIFICANT) === b.toPrecision(SIGNIFICANT);
}

/** -1, 0 or 1, with 12-significant-digit equality. */
export function cmp12(a: number, b: number): -1 | 0 | 1 {
  if (eq12(a, b)) return 0;
  return a < b ? -1 : 1;
}

/**
 * Rounds half away from zero on the decimal value of x: round(1.005, 2) = 1.01, round(-2.5, 0) = -3.
 * The double is first read as its 15-significant-digit decimal, which removes artefacts such as
 * 1.0049999999999999 that arithmetic leaves behind.
 */
export function roundHalfAway(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  // a double has at most 17 significant digits, so ±400 places covers every meaningful request;
  // clamping keeps decimal.js within its argument range whatever a caller passes
  const d = Number.isNaN(digits) ? 0 : Math.max(-400, Math.min(400, Math.trunc(digits)));
  const value = new Decimal(x.toPrecision(15));
  const rounded = d >= 0
    ? value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP)
    : value.toSignificantDigits(Math.max(value.e + 1 + d, 0) || 1, Decimal.ROUND_HALF_UP);
  if (d < 0 && value.e + 1 + d <= 0) return 0;
  return rounded.toNumber();
}

/** Division that gives null instead of Infinity or NaN. */
export function safeDiv(a: number, b: number): number | null {
  if (b === 0) return null;
  const q = a / b;
  return Number.isFinite(q) ? q : null;
}
