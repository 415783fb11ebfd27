// Grammar-generated scorecards, scored on random records, then the same scorecards mutated character by
// character: the whole pipeline keeps its promises and nothing crashes or hangs.
import fc from 'fast-check';
import { compile, parse } from '@yardstick/dsl';
import { firstDifference } from '../../dsl/src/format/ast-equal';
import { announceSeed, FUZZ_TIMEOUT_MS, fuzzParameters } from './fuzz-config';
import { inputs, mutate, mutations, sprinkle, sprinkled } from './input-arbitraries';
import { holds } from './pipeline-properties';
import { scorecardSource } from './scorecard-arbitrary';

announceSeed('generated');

describe('generated scorecards', () => {
  test('parse, check, format, compile and score without breaking a promise', () => {
    fc.assert(fc.property(scorecardSource, inputs, (source, data) => holds(source, data)), fuzzParameters(700, 1));
  }, FUZZ_TIMEOUT_MS);

  test('comments and line breaks between any two tokens change nothing', () => {
    fc.assert(fc.property(scorecardSource, sprinkle, inputs, (source, picks, data) => {
      const text = sprinkled(source, picks);
      holds(text, data);
      const diff = firstDifference(parse(source).value?.blocks, parse(text).value?.blocks);
      if (diff) throw new Error(`comments and line breaks changed the tree: ${diff}\n--- source:\n${text}`);
    }), fuzzParameters(500, 4));
  }, FUZZ_TIMEOUT_MS);

  test('mutated, they still never crash, hang or misplace a diagnostic', () => {
    fc.assert(fc.property(scorecardSource, mutations, inputs, (source, list, data) => holds(mutate(source, list), data)),
      fuzzParameters(3_300, 2));
  }, FUZZ_TIMEOUT_MS);

  test('the generator makes scorecards that compile, so the properties are not vacuous', () => {
    const sample = fc.sample(scorecardSource, { seed: fuzzParameters(1, 3).seed, numRuns: 200 });
    const failing = sample.filter((s) => compile(s).value === undefined);
    const why = failing.slice(0, 3).map((s) => compile(s).diagnostics.map((d) => `${d.code} ${d.message}`).join('; '));
    expect({ compiled: sample.length - failing.length >= 190, why }).toEqual({ compiled: true, why: expect.any(Array) });
  });
});
