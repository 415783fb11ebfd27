// The 12-significant-digit comparisons against a number literal are guarded by a band (codegen.ts band12):
// the generated code calls eq12 only when x lies within [lo, hi]. The band must hold every x that eq12 calls
// equal to the literal, or the compiled code would differ from the interpreter exactly at the boundary the
// language cares most about (57% * 100 against 57, 0.1 + 0.2 against 0.3).
import fc from 'fast-check';
import type { Expr } from '../ast/nodes';
import { eq12 } from '../runtime/numbers';
import { band12, compileFunctions, compileScopeFunction, generateSource } from './codegen';
import { FLOAT, interpret } from './interpret';
import type { Ir } from './ir';
import type { EvalScope } from './types';

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const E: Expr = { kind: 'null', span };
const lit = (value: number): Ir => ({ k: 'lit', value, expr: E });
const x: Ir = { k: 'node', index: 0, key: 'x', nodeKind: 'metric', expr: E };
const scope = (value: number): EvalScope => ({ agg: [], values: [value], attrs: {} });

/** Doubles around c: c itself, its neighbours a few ulps away, and relative offsets across the 12-digit edge. */
function around(c: number): number[] {
  const out = [c];
  const buf = new Float64Array(1);
  const bits = new BigInt64Array(buf.buffer);
  for (const step of [1n, 2n, 17n, 1000n, 100000n]) {
    for (const sign of [1n, -1n]) {
      buf[0] = c;
      bits[0] += sign * step;
      if (Number.isFinite(buf[0])) out.push(buf[0]);
    }
  }
  for (const rel of [4e-13, 4.9e-13, 5e-13, 5.1e-13, 1e-12, 2e-12, 9e-12, 1e-11, 2e-11, 1e-10, 1.1e-10, 1e-9, 2e-9]) {
    out.push(c * (1 + rel), c * (1 - rel), c + rel, c - rel);
  }
  return out.filter(Number.isFinite);
}

const LITERALS = [0, -0, 1, -1, 0.3, 0.95, 0.9, 57, 100, 300, 1e-7, 123456789012, 0.1 + 0.2, 1e300, -1e300, 5e-324, 2.5e-310, 1.7e308];
const literal = fc.oneof(fc.constantFrom(...LITERALS), fc.double({ noNaN: true, noDefaultInfinity: true }));

describe('band12', () => {
  it('holds every x that eq12 calls equal to c', () => {
    fc.assert(fc.property(literal, (c) => {
      const band = band12(c);
      if (!band) return;
      for (const v of around(c)) {
        if (eq12(v, c) && !(v >= band[0] && v <= band[1])) throw new Error(`eq12(${v}, ${c}) but outside [${band[0]}, ${band[1]}]`);
      }
    }), { numRuns: 2000 });
  });

  it('is narrow: values that differ in the 9th digit fall outside', () => {
    const [lo, hi] = band12(57)!;
    expect(lo).toBeGreaterThan(57 * (1 - 2e-9));
    expect(hi).toBeLessThan(57 * (1 + 2e-9));
  });

  it('is absent where it would not be finite', () => expect(band12(Number.MAX_VALUE)).toBeUndefined());

  it('guards the literal comparisons of the generated code', () => {
    const ir: Ir = { k: 'compare', op: '>=', a: x, b: lit(57), expr: E };
    const { source } = generateSource(ir, 's');
    expect(source).toMatch(/t0 >= 56\.9999\d+ && t0 <= 57\.0000\d+ && eq12\(t0, 57\)/);
  });
});

describe('compiled == interpreted at the 12-digit edge of a literal', () => {
  const ORDER = ['>=', '>', '<=', '<', '==', '!='] as const;

  it('agrees for every comparison, with the literal on either side, and in tiers', () => {
    fc.assert(fc.property(literal, (c) => {
      const irs: Ir[] = [];
      for (const op of ORDER) {
        irs.push({ k: 'compare', op, a: x, b: lit(c), expr: E }, { k: 'compare', op, a: lit(c), b: x, expr: E });
      }
      for (const op of ['>=', '>', '<=', '<'] as const) {
        irs.push({ k: 'tier', subject: x, branches: [{ op, threshold: lit(c), result: lit(1), text: op }], otherwise: lit(0), expr: E });
      }
      const compiled = compileFunctions(irs.map((ir) => ({ ir, param: 's' as const })));
      for (const v of [...around(c), NaN]) {
        irs.forEach((ir, i) => {
          const want = interpret(ir, { mode: FLOAT, scope: scope(v) }).value;
          const got = compiled[i](scope(v) as never);
          if (!Object.is(got, want)) throw new Error(`${JSON.stringify(ir, ['k', 'op', 'value'])} at ${v}: compiled ${String(got)}, interpreted ${String(want)}`);
        });
      }
    }), { numRuns: 300 });
  });

  it.each([
    [0.57 * 100, '>=', 57, true], [0.57 * 100, '>', 57, false], [0.1 + 0.2, '<=', 0.3, true], [0.1 + 0.2, '==', 0.3, true],
    [56.9999999, '>=', 57, false], [57.00000000001, '>', 57, false], [57.0000000001, '>', 57, true],
  ] as const)('%p %s %p is %p', (v, op, c, want) => {
    expect(compileScopeFunction({ k: 'compare', op, a: x, b: lit(c), expr: E })(scope(v))).toBe(want);
  });
});
