// How the conformance suite compares what the pipeline produced with what a row expects.
// Numbers agree when they agree to 12 significant digits (spec §5), written here independently of
// dsl/src/runtime/numbers.ts so the suite does not trust the code it checks.

const SIGNIFICANT = 12;

/** Two numbers agree to 12 significant digits; values within 1e-12 of each other count as equal (0 vs 1e-17). */
export function same12(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (Math.abs(a - b) < 1e-12) return true;
  return a.toPrecision(SIGNIFICANT) === b.toPrecision(SIGNIFICANT);
}

/** A value as a row writes it: numbers compared to 12 digits, everything else exactly. */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return same12(actual, expected);
  return actual === expected;
}

/** Collects every mismatch of a row so one failure message lists them all. */
export class Mismatches {
  private readonly lines: string[] = [];

  value(path: string, actual: unknown, expected: unknown): void {
    if (!sameValue(actual, expected)) this.add(`${path}: expected ${show(expected)}, got ${show(actual)}`);
  }

  add(line: string): void {
    this.lines.push(line);
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }

  throwIfAny(context: string): void {
    if (this.lines.length > 0) throw new Error(`${this.lines.join('\n')}\n--- ${context}`);
  }
}

export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
}
