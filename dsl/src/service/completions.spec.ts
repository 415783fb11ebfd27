import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completionRange, completions, type CompletionItem } from './completions';

const spec = readFileSync(join(__dirname, '..', 'format', '__fixtures__', 'spec-example.kpi'), 'utf8');

/** Completions where `|` stands in the source (the `|` itself removed). */
function at(marked: string, lang: 'en' | 'zh' = 'en'): CompletionItem[] {
  const offset = marked.indexOf('|');
  return completions(marked.slice(0, offset) + marked.slice(offset + 1), offset, lang);
}
const labels = (items: readonly CompletionItem[], kind?: string): string[] =>
  items.filter((i) => !kind || i.kind === kind).map((i) => i.label);

/** The spec example with `|` put at the first `needle` (cursor after it). */
const inSpec = (needle: string, replacement = needle): string => {
  const i = spec.indexOf(needle);
  if (i < 0) throw new Error(`not in the spec example: ${needle}`);
  return `${spec.slice(0, i)}${replacement}|${spec.slice(i + needle.length)}`;
};

describe('completions', () => {
  it('offers the block keywords at the top level', () => {
    expect(labels(at('|'))).toEqual(['scorecard', 'compensation']);
    expect(labels(at('scorecard a { period day }\n|'))).toEqual(['scorecard', 'compensation']);
  });

  it('offers item keywords at the start of an item, per kind of block', () => {
    const scorecard = labels(at('scorecard a {\n  metric x = count()\n  |\n}'), 'keyword');
    expect(scorecard).toEqual(expect.arrayContaining(['period', 'subject', 'missing', 'eligible', 'field', 'metric', 'kpi', 'target', 'profile', 'alert']));
    expect(labels(at('scorecard a {\n  |'), 'keyword')).toContain('metric');
    const compensation = labels(at('compensation c {\n  |'), 'keyword');
    expect(compensation).toEqual(['scorecard', 'period', 'payout', 'cap', 'floor']);
  });

  it('offers record fields (built-in and declared) and scalar functions inside an aggregate argument', () => {
    const items = at(inSpec('count(kb_used', 'count('));
    expect(labels(items, 'field')).toEqual(expect.arrayContaining(['rating', 'handle_seconds', 'occurred_at', 'kb_used']));
    expect(labels(items, 'function')).toEqual(expect.arrayContaining(['hour', 'weekday', 'coalesce']));
    expect(labels(items, 'metric')).toEqual([]);
    expect(items.find((i) => i.label === 'handle_seconds')?.detail).toBe('duration');
    expect(items.find((i) => i.label === 'kb_used')?.detail).toBe('boolean');
  });

  it('offers metrics, kpis and functions in a kpi, but not aggregates, fields or the kpi itself', () => {
    const items = at(inSpec('kpi kb_score   = kb_rate * 100', 'kpi kb_score   = '));
    expect(labels(items, 'metric')).toEqual(['handled', 'csat', 'fcr', 'aht', 'resp_30s', 'urgent_p90', 'kb_rate']);
    expect(labels(items, 'kpi')).toEqual(['csat_score', 'fcr_score', 'aht_score', 'resp_score']);
    expect(labels(items, 'function')).toEqual(expect.arrayContaining(['clamp', 'round', 'team', 'org']));
    expect(labels(items, 'function')).not.toContain('avg');
    expect(labels(items, 'field')).toEqual([]);
    expect(labels(items, 'attribute')).toEqual(['agent']);
    expect(items.find((i) => i.label === 'csat')?.detail).toBe('metric · percent');
    expect(items.find((i) => i.label === 'csat_score')?.documentation).toContain('满意度');
  });

  it('offers aggregates in a metric outside an aggregate', () => {
    expect(labels(at('scorecard a {\n  metric m = |\n}'), 'function')).toEqual(expect.arrayContaining(['count', 'avg', 'percentile', 'distinct']));
  });

  it('offers agent attributes after `agent.`', () => {
    expect(labels(at(inSpec('agent.tenure_days', 'agent.')))).toEqual(expect.arrayContaining(['tenure_days', 'base_bonus', 'hired_on']));
    expect(at('scorecard a { kpi k = agent.ten|').every((i) => i.kind === 'attribute')).toBe(true);
  });

  it('offers units after `as`, periods after `period`, subjects after `subject`, policies after `missing`', () => {
    expect(labels(at('scorecard a { metric m = count() as |'), 'unit')).toEqual(['number', 'percent', 'duration', 'count', 'money']);
    expect(labels(at('scorecard a { period |'), 'period')).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(labels(at('compensation c { period q|'), 'period')).toContain('quarter');
    expect(labels(at('scorecard a { subject |'), 'subject')).toEqual(['agent', 'team', 'group']);
    expect(labels(at('scorecard a { missing |'))).toEqual(['renormalize', 'zero']);
    expect(labels(at('scorecard a { field f: |'))).toContain('timestamp');
  });

  it('offers the kpis not yet weighted inside a profile block', () => {
    expect(labels(at(inSpec('resp_score: 50%, ', '')))).toEqual(['csat_score', 'fcr_score', 'aht_score', 'resp_score', 'kb_score']);
    expect(labels(at(inSpec('csat_score: 30%, aht_score: 20%', 'csat_score: 30%, ')))).toEqual(['fcr_score', 'aht_score', 'kb_score']);
    expect(at(inSpec('resp_score: ', 'resp_score: '))).toEqual([]);
  });

  it('offers metrics and kpis after `target`, metrics only inside team() and org()', () => {
    const target = at(inSpec('target csat', 'target '));
    expect(labels(target)).toEqual(expect.arrayContaining(['csat', 'aht', 'kb_score']));
    expect(labels(target, 'function')).toEqual([]);
    expect(labels(at(inSpec('team(aht', 'team(')))).toEqual(['handled', 'csat', 'fcr', 'aht', 'resp_30s', 'urgent_p90', 'kb_rate']);
  });

  it('offers `else` in a tier block and the keywords that may follow a complete operand', () => {
    expect(labels(at('scorecard a { kpi k = tier(x) {\n >= 1 -> 2\n |'))).toEqual(['else']);
    expect(labels(at('scorecard a { metric m = count(rating |'))).toEqual(['and', 'or', 'where']);
    expect(labels(at('scorecard a { target x >= 1 |'))).toEqual(expect.arrayContaining(['when', 'metric']));
    expect(labels(at('scorecard a { kpi k = if x > 1 |'))).toEqual(expect.arrayContaining(['then', 'else']));
  });

  it('offers the words a header or a setting may go on with', () => {
    expect(labels(at('scorecard a { profile p "日常" |'))).toEqual(['default', 'active']);
    expect(labels(at('scorecard a { profile p default |'))).toEqual(['active']);
    expect(labels(at('scorecard a { eligible |'))).toEqual(['when']);
    expect(labels(at('scorecard a { period month\n  |'))).not.toContain('and');
    expect(labels(at('scorecard a { profile p { k: 100% }\n  |'))).toContain('metric');
  });

  it('offers the scorecards of the file after `scorecard` inside a compensation', () => {
    expect(labels(at(inSpec('scorecard frontline\n', 'scorecard ')))).toEqual(['frontline']);
  });

  it('works on half-typed sources', () => {
    expect(labels(at('scorecard a {\n  metric x = count(\n  metric y = avg(|'), 'field')).toContain('handle_seconds');
    expect(labels(at('scorecard a {\n  field vip: boolean\n  metric x = count(v|'), 'field')).toContain('vip');
    expect(labels(at('scorecard a {\n  metric x = count()\n  kpi k = x +\n  kpi j = x * |'), 'metric')).toEqual(['x']);
    expect(labels(at('scorecard a {\n  metric x = count() /\n  metric y = |\n  profile'), 'metric')).toEqual(['x']);
  });

  it('offers nothing inside a comment or a string', () => {
    expect(at('scorecard a { metric x = count() # com|ment')).toEqual([]);
    expect(at('scorecard a "lab|el" {')).toEqual([]);
    expect(at('scorecard a { metric x = count(channel == "ch|')).toEqual([]);
  });

  it('documents in Chinese when asked', () => {
    const items = at('scorecard a { kpi k = cl|', 'zh');
    expect(items.find((i) => i.label === 'clamp')?.documentation).toBe('把 x 限制在 lo..hi 之间。');
    expect(at('scorecard a { period |', 'zh').find((i) => i.label === 'week')?.documentation).toContain('ISO');
  });

  it('gives the range a completion replaces: the word under the cursor', () => {
    expect(completionRange('scorecard a { kpi k = cla', 25)).toEqual({ from: 22, to: 25 });
    expect(completionRange('scorecard a { kpi k = ', 22)).toEqual({ from: 22, to: 22 });
  });

  it('never throws, at any offset of any source', () => {
    for (let offset = -1; offset <= spec.length + 1; offset += 5) expect(Array.isArray(completions(spec, offset))).toBe(true);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: -5, max: 250 }), (source, offset) => {
      expect(Array.isArray(completions(source, offset))).toBe(true);
      expect(Array.isArray(completions(spec.slice(0, offset) + source, offset + 3, 'zh'))).toBe(true);
    }), { numRuns: 150, seed: 3 });
  });
});
