import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../lexer/lexer';
import { parseDocument } from '../parser/parse';
import { formatDocument } from './format';
import { checkFormatInvariants } from './format-invariants';

const spec = readFileSync(join(__dirname, '__fixtures__', 'spec-example.kpi'), 'utf8');

/** Expressions in many shapes, with parentheses sprinkled at random (needed or not). */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'csat', 'agent.base_bonus', '1', '2.50', '90%', '30s', '1.5h', '"x"', 'true', 'null', 'count()'),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', 'and', 'or', '==', '<', '>='), tie('e')).map(([l, op, r]) => `${l} ${op} ${r}`),
    tie('e').map((x) => `(${x})`),
    tie('e').map((x) => `-(${x})`),
    tie('e').map((x) => `not (${x})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, t, o]) => `if ${c} then ${t} else ${o}`),
    fc.tuple(tie('e'), tie('e')).map(([x, y]) => `avg(${x} where ${y})`),
    fc.tuple(tie('e'), tie('e')).map(([x, y]) => `max(${x}, ${y})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([s, t, r]) => `tier(${s}) { >= (${t}) -> (${r}) else -> 0 }`),
  ),
})).e;

/** A clean source with comments and blank runs put between random tokens. */
function sprinkle(source: string, picks: readonly number[]): string {
  const cuts = new Set(tokenize(source).filter((t) => t.category !== 'comment').map((t) => t.span.end.offset).filter((_, i) => picks.includes(i % 17)));
  let out = '';
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    out += source[i];
    if (cuts.has(i + 1)) out += [` # c${n++}\n`, '\n\n\n', '   ', `\n// d${n++}\n`][(i + n) % 4];
  }
  return out;
}

describe('formatter properties', () => {
  it('keeps meaning, comments and idempotence for random expressions, with and without comments inside', () => {
    let clean = 0;
    fc.assert(fc.property(expr, fc.uniqueArray(fc.integer({ min: 0, max: 16 }), { maxLength: 5 }), (e, picks) => {
      const source = `scorecard s {\n  metric m = ${e}\n}\n`;
      const result = checkFormatInvariants(source);
      if (result.formatted !== undefined) clean++;
      expect(result.problems).toEqual([]);
      expect(checkFormatInvariants(sprinkle(source, picks)).problems).toEqual([]);
    }), { numRuns: 250, seed: 20261111 });
    expect(clean).toBeGreaterThan(100);
  });

  it('keeps every comment of the spec example wherever comments and blank lines are inserted', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 16 }), { maxLength: 6 }), (picks) => {
      const source = sprinkle(spec, picks);
      const result = checkFormatInvariants(source);
      expect(result.formatted).toBeDefined();
      expect(result.problems).toEqual([]);
    }), { numRuns: 80, seed: 7 });
  });

  it('never throws on a tree with syntax errors', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: spec.length }), (junk, at) => {
      for (const source of [junk, spec.slice(0, at) + junk + spec.slice(at), spec.slice(0, at)]) {
        const parsed = parseDocument(source);
        if (parsed.value) expect(typeof formatDocument(parsed.value, source)).toBe('string');
      }
    }), { numRuns: 100, seed: 42 });
  });
});
