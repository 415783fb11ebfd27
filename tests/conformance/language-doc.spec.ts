// Keeps docs/language.md honest: every full example in it (a ```kpi block) checks without errors or warnings,
// and its table of diagnostics lists every code of the catalogue and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, check } from '@yardstick/dsl';

const DOC = readFileSync(join(__dirname, '../../docs/language.md'), 'utf8');
const examples = [...DOC.matchAll(/```kpi\n([\s\S]*?)```/g)].map((m) => m[1]);
const documentedCodes = [...DOC.matchAll(/^\| (YS\d{3}) \|/gm)].map((m) => m[1]);

describe('docs/language.md', () => {
  test('has full examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));

  test.each(examples.map((source, i) => [i + 1, source]))('example %i checks cleanly', (_i, source) => {
    const found = check(source as string).diagnostics.map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column} ${d.message}`);
    expect(found).toEqual([]);
  });

  test('lists every diagnostic code of the catalogue, once', () => {
    expect([...documentedCodes].sort()).toEqual(Object.keys(CATALOGUE).sort());
  });
});
