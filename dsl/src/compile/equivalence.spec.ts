// The interpreter is the reference: generated code must give the identical value (Object.is) for every
// expression and input. Checked two ways: random well-typed source through the whole pipeline, and
// random IR trees (including ill-typed ones the checker would refuse) straight into both back ends.
import fc from 'fast-check';
import type { Expr } from '../ast/nodes';
import { SCALAR_FUNCTIONS } from '../functions';
import { evaluate } from './__fixtures__/harness';
import { compileScopeFunction } from './codegen';
import { FLOAT, interpret } from './interpret';
import type { Ir } from './ir';
import type { EvalScope, Value } from './types';

const INTERESTING = [null, 0, -0, 0.1, 0.2, 0.3, 1, 2.5, 3, 57, 0.57, 0.95, 0.95 - 2 ** -53, 300, 330, 1e200, -1e200, 1.7e308];
const number = fc.oneof(fc.constantFrom(...INTERESTING), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 1000 }));
const inputs = fc.record({ a: number, b: number, c: number });

const LITERALS = ['0', '1', '2.5', '0.1', '0.2', '0.3', '3', '57', '100', '300', '1000000', 'null'];
const THRESHOLDS = ['0', '0.3', '1', '2.5', '57', '100'];

const source = fc.letrec<{ num: string; cond: string }>((tie) => ({
  num: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', ...LITERALS),
    fc.tuple(tie('num'), fc.constantFrom('+', '-', '*', '/'), tie('num')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('num').map((a) => `-(${a})`),
    fc.tuple(tie('cond'), tie('num'), tie('num')).map(([c, a, b]) => `(if ${c} then ${a} else ${b})`),
    fc.tuple(
      tie('num'),
      fc.array(fc.tuple(fc.constantFrom('>=', '>', '<=', '<'), fc.constantFrom(...THRESHOLDS), tie('num')), { minLength: 1, maxLength: 3 }),
      tie('num'),
    ).map(([x, branches, otherwise]) => `tier(${x}) { ${branches.map(([op, t, r]) => `${op} ${t} -> ${r}`).join(' ')} else -> ${otherwise} }`),
    fc.tuple(fc.constantFrom('min', 'max', 'coalesce'), fc.array(tie('num'), { minLength: 2, maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('num'), tie('num'), tie('num')).map(([x, lo, hi]) => `clamp(${x}, ${lo}, ${hi})`),
    tie('num').map((x) => `abs(${x})`),
    fc.tuple(tie('num'), fc.integer({ min: 0, max: 3 })).map(([x, d]) => `round(${x}, ${d})`),
  ),
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(tie('num'), fc.constantFrom('==', '!=', '<', '<=', '>', '>='), tie('num')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('cond'), fc.constantFrom('and', 'or'), tie('cond')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('cond').map((c) => `(not ${c})`),
    tie('num').map((x) => `(${x} == null)`),
    fc.constantFrom('true', 'false'),
  ),
}));

describe('compiled == interpreted, through the language', () => {
  it('agrees on random well-typed expressions and inputs', () => {
    fc.assert(fc.property(fc.oneof(source.num, source.cond), fc.array(inputs, { minLength: 6, maxLength: 6 }), (expr, sets) => {
      for (const set of sets) evaluate(expr, set);
    }), { numRuns: 250 });
  });

  it.each([
    ['clamp(100 - (a - 300) / 3, 0, 100)', { a: 330 }, 90],
    ['tier(a) { >= 57 -> 1 else -> 0 }', { a: 0.57 * 100 }, 1],
    ['(a + b) * c', { a: 0.1, b: 0.2, c: 10 }, 3.0000000000000004],
    ['if (a / b) > 1 then 1 else 2', { a: 1, b: 0 }, 2],
    ['coalesce(a / b, -(c))', { a: 1, b: 0, c: 4 }, -4],
    ['round(a, 2)', { a: 1.005 }, 1.01],
    ['min(a, b, c) + max(a, b, c)', { a: 3, b: 1, c: 2 }, 4],
  ])('%s with %j is %p', (expr, set, want) => expect(evaluate(expr, set)).toBe(want));
});

// -- IR level: anything the IR can express, well typed or not

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const E: Expr = { kind: 'null', span };
const anyValue: fc.Arbitrary<Value> = fc.oneof(number, fc.constantFrom('x', 'y', '', '10', true, false));
const FUNCTIONS = [...SCALAR_FUNCTIONS.values()];

const ir = fc.letrec<{ ir: Ir }>((tie) => ({
  ir: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyValue.filter((v) => typeof v !== 'number' || Number.isFinite(v)).map((value): Ir => ({ k: 'lit', value, expr: E })),
    fc.integer({ min: 0, max: 3 }).map((index): Ir => ({ k: 'node', index, key: `n${index}`, nodeKind: 'metric', expr: E })),
    fc.integer({ min: 0, max: 1 }).map((index): Ir => ({ k: 'agg', index, text: `agg${index}`, expr: E })),
    fc.constant<Ir>({ k: 'attr', object: 'agent', name: 'base_bonus', conv: 'number', expr: E }),
    fc.tuple(fc.constantFrom('neg' as const, 'not' as const, 'rate' as const), tie('ir')).map(([k, a]): Ir => ({ k, a, expr: E })),
    fc.tuple(fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const), tie('ir'), tie('ir')).map(([op, a, b]): Ir => ({ k: 'arith', op, a, b, expr: E })),
    fc.tuple(fc.constantFrom('==' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const), tie('ir'), tie('ir'))
      .map(([op, a, b]): Ir => ({ k: 'compare', op, a, b, expr: E })),
    fc.tuple(fc.constantFrom('and' as const, 'or' as const), tie('ir'), tie('ir')).map(([op, a, b]): Ir => ({ k: 'logic', op, a, b, expr: E })),
    fc.tuple(tie('ir'), tie('ir'), tie('ir')).map(([c, then, otherwise]): Ir => ({ k: 'if', c, then, otherwise, expr: E })),
    fc.tuple(
      tie('ir'),
      fc.array(fc.tuple(fc.constantFrom('>=' as const, '>' as const, '<=' as const, '<' as const), tie('ir'), tie('ir')), { maxLength: 3 }),
      fc.option(tie('ir'), { nil: null }),
    ).map(([subject, branches, otherwise]): Ir => ({
      k: 'tier', subject, otherwise, expr: E,
      branches: branches.map(([op, threshold, result]) => ({ op, threshold, result, text: op })),
    })),
    fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('ir'), { minLength: 1, maxLength: 3 })).map(([fn, args]): Ir => ({ k: 'call', fn, args, expr: E })),
  ),
}));

const scopeArb: fc.Arbitrary<EvalScope> = fc.record({
  values: fc.array(anyValue, { minLength: 4, maxLength: 4 }),
  agg: fc.array(fc.option(number, { nil: null }), { minLength: 2, maxLength: 2 }),
  bonus: fc.constantFrom<Value | undefined>('1000.10', 'x', 12, undefined, null),
}).map(({ values, agg, bonus }) => ({ values, agg: agg as (number | null)[], attrs: { agent: { base_bonus: bonus } } }));

describe('compiled == interpreted, on raw IR', () => {
  it('agrees on random IR trees, ill-typed ones included', () => {
    fc.assert(fc.property(ir.ir, fc.array(scopeArb, { minLength: 5, maxLength: 5 }), (tree, scopes) => {
      const compiled = compileScopeFunction(tree);
      for (const s of scopes) {
        const want = interpret(tree, { mode: FLOAT, scope: s }).value;
        const got = compiled(s);
        if (!Object.is(got, want)) throw new Error(`compiled ${String(got)} but interpreted ${String(want)}`);
      }
    }), { numRuns: 500 });
  });
});
