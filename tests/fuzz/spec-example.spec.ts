// Character-level mutations (deletions, insertions, swaps, duplications, truncations) of the spec §1 example,
// and arbitrary text: nothing a user types may crash or hang any stage or misplace a diagnostic.
import fc from 'fast-check';
import { SPEC_EXAMPLE } from '../conformance/spec-example';
import { announceSeed, FUZZ_TIMEOUT_MS, fuzzParameters } from './fuzz-config';
import { inputs, mutate, mutations } from './input-arbitraries';
import { holds } from './pipeline-properties';

announceSeed('spec-example');

describe('the spec example and arbitrary text', () => {
  test('the unmutated example keeps every promise', () => {
    holds(SPEC_EXAMPLE, fc.sample(inputs, { seed: fuzzParameters(1, 10).seed, numRuns: 1 })[0]);
  });

  test('mutated spec example', () => {
    fc.assert(fc.property(mutations, inputs, (list, data) => holds(mutate(SPEC_EXAMPLE, list), data)), fuzzParameters(2_500, 11));
  }, FUZZ_TIMEOUT_MS);

  test('arbitrary text', () => {
    const text = fc.oneof(fc.string({ maxLength: 120, unit: 'binary' }), fc.string({ maxLength: 120, unit: 'grapheme' }));
    fc.assert(fc.property(text, (source) => holds(source)), fuzzParameters(3_000, 12));
  }, FUZZ_TIMEOUT_MS);
});
