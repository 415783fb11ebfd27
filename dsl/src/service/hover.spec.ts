import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hover } from './hover';

const spec = readFileSync(join(__dirname, '..', 'format', '__fixtures__', 'spec-example.kpi'), 'utf8');

/** Hover over the `nth` whole-word occurrence of `word` (cursor one character into it), with the word it covers. */
function over(word: string, { source = spec, nth = 1, lang = 'en' as 'en' | 'zh' } = {}) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...source.matchAll(new RegExp(`(?<![A-Za-z0-9_])${escaped}${/\w$/.test(word) ? '(?![A-Za-z0-9_])' : ''}`, 'g'))][nth - 1];
  if (!found) throw new Error(`no occurrence ${nth} of ${word}`);
  const at = found.index;
  const result = hover(source, at + 1, lang);
  return result && { ...result, at: source.slice(result.span.start.offset, result.span.end.offset) };
}

describe('hover', () => {
  it('shows a metric with its kind, unit and canonical definition', () => {
    const h = over('csat');
    expect(h?.at).toBe('csat');
    expect(h?.text).toBe('**csat** — metric · percent\n\n```kpi\nmetric csat = count(rating >= 4) / count(rating != null) as percent\n```');
  });

  it('shows an inferred unit and a label, in Chinese when asked', () => {
    expect(over('aht_score', { lang: 'zh' })?.text).toBe(
      '**aht_score** "平均处理时长" — KPI · 数值\n\n```kpi\nkpi aht_score "平均处理时长" = clamp(100 - (aht - 300s) / 3s, 0, 100)\n```');
    expect(over('aht')?.text).toContain('**aht** — metric · duration');
    expect(over('handled')?.text).toContain('**handled** — metric · count');
  });

  it('shows a record field with its type inside an aggregate, built-in or declared', () => {
    expect(over('handle_seconds')).toMatchObject({ at: 'handle_seconds', text: '**handle_seconds** — record field\n\nduration' });
    expect(over('kb_used', { nth: 2 })?.text).toBe('**kb_used** — record field\n\nboolean');
    expect(over('rating', { lang: 'zh' })?.text).toBe('**rating** — 记录字段\n\n数值');
  });

  it('shows a function with its signature and documentation', () => {
    expect(over('clamp')?.text).toBe('**clamp** — function\n\n`clamp(x, lo, hi)`\n\nx limited to the range lo..hi.');
    expect(over('percentile')?.text).toContain('`percentile(x [where cond], p)`');
    expect(over('team(')?.text).toContain('`team(metric)`');
    const min = hover('scorecard a { metric m = min(handle_seconds) }', 26)?.text ?? '';
    expect(min).toContain('**min** — aggregate');
    expect(min).toContain('**min** — function');
  });

  it('explains units, periods, subjects, missing policies and field types', () => {
    expect(over('percent', { nth: 1 })?.text).toBe('**percent** — unit\n\nA fraction shown as a percentage: 90% is 0.9.');
    expect(over('month')?.text).toBe('**month** — period\n\nA calendar month.');
    expect(over('quarter', { lang: 'zh' })?.text).toBe('**quarter** — 周期\n\n自然季度。');
    expect(over('renormalize')?.text).toContain('weights scaled back to 100%');
    expect(over('boolean')?.text).toBe('**boolean** — unit\n\nboolean');
    expect(hover('scorecard a { subject team }', 23)?.text).toContain('**team** — subject');
  });

  it('explains keywords and literals', () => {
    expect(over('tier')).toMatchObject({ at: 'tier' });
    expect(over('tier')?.text).toContain('the first branch that holds wins');
    expect(over('where', { lang: 'zh' })?.text).toContain('过滤聚合函数读取的记录');
    expect(over('95%')?.text).toBe('**95%** — percent\n\n= 0.95');
    expect(over('300s')?.text).toBe('**300s** — duration\n\n= 300 seconds');
    expect(hover('scorecard a { metric m = 1.5h }', 26)?.text).toBe('**1.5h** — duration\n\n= 5400 seconds');
  });

  it('explains agent attributes and the agent namespace', () => {
    expect(over('tenure_days')).toMatchObject({ at: 'tenure_days', text: '**agent.tenure_days** — agent attribute\n\nnumber' });
    expect(over('base_bonus', { lang: 'zh' })?.text).toBe('**agent.base_bonus** — 坐席属性\n\n金额');
    expect(over('agent.')?.text).toContain('Attributes of the agent being scored.');
    expect(hover('scorecard a { kpi k = agent.region }', 29)?.text).toContain('custom attribute');
  });

  it('gives a hover at the end of a word (cursor just after it)', () => {
    expect(hover('scorecard a { period day }', 24)?.text).toContain('**day**');
  });

  it('returns null where there is nothing to say', () => {
    expect(hover(spec, spec.indexOf('supervisor') + 1)).toBeNull();
    expect(hover(spec, spec.indexOf('# Frontline') + 3)).toBeNull();
    expect(hover(spec, spec.indexOf('"一线客服"') + 2)).toBeNull();
    expect(hover('scorecard a { kpi k = nope }', 23)).toBeNull();
    expect(hover('', 0)).toBeNull();
    expect(hover('scorecard a {   }', 15)).toBeNull();
  });

  it('works on a half-typed source', () => {
    const source = 'scorecard a {\n  metric x = count() as percent\n  kpi k = x * \n  kpi j = x +';
    expect(hover(source, source.lastIndexOf('x') + 1)?.text).toContain('**x** — metric · percent');
  });

  it('never throws, at any offset of any source', () => {
    for (let offset = -1; offset <= spec.length + 1; offset += 5) hover(spec, offset, offset % 2 ? 'zh' : 'en');
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: -5, max: 250 }), (source, offset) => {
      const h = hover(source, offset);
      expect(h === null || typeof h.text === 'string').toBe(true);
      hover(spec.slice(0, offset) + source, offset + 2);
    }), { numRuns: 150, seed: 5 });
  });
});
