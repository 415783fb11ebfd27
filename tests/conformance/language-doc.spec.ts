// Keeps docs/language.md honest: every full example in it (a ```kpi block) checks without errors or warnings,
// every fragment (a ```kpi-items block, wrapped into a scorecard) checks without errors, and its table of diagnostics is exactly the catalogue (codes, severities, both messages). When the catalogue
// changes, the failure shows the table rows to paste.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, check } from '@yardstick/dsl';

const DOC = readFileSync(join(__dirname, '../../docs/language.md'), 'utf8');
const examples = [...DOC.matchAll(/```kpi\n([\s\S]*?)```/g)].map((m) => m[1]);
const fragments = [...DOC.matchAll(/```kpi-items\n([\s\S]*?)```/g)].map((m) => m[1]);
const documentedRows = DOC.split('\n').filter((line) => /^\| YS\d{3} \|/.test(line));

/** Sample arguments for the message templates; anything else shows as ‹name›. */
const SAMPLE: Readonly<Record<string, string>> = {
  name: 'csta', text: '…', hint: '', hintZh: '', expected: '…', expectedZh: '…', found: '…', foundZh: '…', open: '(',
  size: 'N', limit: 'N', count: 'N', line: 'N', what: '…', whatZh: '…', path: 'a → b → a', object: 'agent', subject: 'team',
  given: 'N', verb: 'add', verbZh: '相加', left: 'duration', right: 'percent', actual: '…', actualZh: '…', declared: 'duration',
  reason: '…', reasonZh: '…', sum: '110%', diff: '10%', direction: 'over', directionZh: '多', first: 'a', second: 'b',
  from: '…', to: '…', other: 'a', previous: '>= 80', missing: 'a payout',
};
const args = new Proxy({}, { get: (_t, key) => SAMPLE[String(key)] ?? `‹${String(key)}›` }) as Record<string, string>;
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Names fragments use without defining them. */
const PRELUDE: Readonly<Record<string, string>> = {
  aht: 'metric aht = avg(handle_seconds) as duration',
  csat: 'metric csat = count(rating >= 4) / count(rating != null) as percent',
};

/** A fragment of scorecard items as a whole scorecard: the names it borrows defined, a weighted kpi added. */
function wrapItems(items: string): string {
  const defined = new Set([...items.matchAll(/^\s*(?:metric|kpi)\s+(\w+)/gm)].map((m) => m[1]));
  const borrowed = Object.entries(PRELUDE).filter(([n]) => !defined.has(n) && new RegExp(`\\b${n}\\b`).test(items));
  const subject = /headcount|leavers|joiners/.test(items) ? 'subject team' : '';
  return ['scorecard doc {', 'period month', subject, ...borrowed.map(([, line]) => line), items,
    'kpi doc_k = 1', 'profile doc_p default { doc_k: 100% }', '}'].join('\n');
}

type Entry = { severity: string; en: (a: Record<string, string>) => string; zh: (a: Record<string, string>) => string };
const catalogueRows = Object.entries(CATALOGUE as unknown as Record<string, Entry>)
  .map(([code, d]) => `| ${code} | ${d.severity} | ${cell(d.en(args))} | ${cell(d.zh(args))} |`);

describe('docs/language.md', () => {
  test('has full examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));

  test.each(examples.map((source, i) => [i + 1, source]))('example %i checks cleanly', (_i, source) => {
    const found = check(source as string).diagnostics.map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column} ${d.message}`);
    expect(found).toEqual([]);
  });

  test.each(fragments.map((items, i) => [i + 1, items]))('fragment %i checks without errors', (_i, items) => {
    const source = wrapItems(items as string);
    const errors = check(source).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} "${source.slice(d.span.start.offset, d.span.end.offset)}" ${d.message}`)).toEqual([]);
  });

  test('its table of diagnostics is the catalogue', () => {
    expect(documentedRows.join('\n')).toBe(catalogueRows.join('\n'));
  });
});
