import { semanticTokens } from './semantic-tokens';

const categories = (source: string) => semanticTokens(source).map((t) => `${t.category}:${t.text}`);

describe('semanticTokens', () => {
  it('tells names apart by role: functions, attributes, units, declared metrics, kpis and fields', () => {
    const source = 'scorecard a { field vip: boolean metric m = count(vip) as percent kpi k = clamp(m, 0, agent.base) # note\n}';
    expect(categories(source)).toEqual([
      'keyword:scorecard', 'identifier:a', 'punctuation:{', 'keyword:field', 'field:vip', 'punctuation::', 'identifier:boolean',
      'keyword:metric', 'metric:m', 'operator:=', 'function:count', 'punctuation:(', 'field:vip', 'punctuation:)', 'keyword:as',
      'unit:percent', 'keyword:kpi', 'kpi:k', 'operator:=', 'function:clamp', 'punctuation:(', 'metric:m', 'punctuation:,',
      'number:0', 'punctuation:,', 'identifier:agent', 'punctuation:.', 'attribute:base', 'punctuation:)', 'comment:# note',
      'punctuation:}',
    ]);
  });

  it('gives every token a span over its text', () => {
    const source = '# 一线\nscorecard 客 { metric m = 90% }';
    for (const t of semanticTokens(source)) expect(source.slice(t.span.start.offset, t.span.end.offset)).toBe(t.text);
  });

  it('keeps going over characters it does not know', () => {
    expect(categories('metric @ m = 1')).toEqual(['keyword:metric', 'metric:m', 'operator:=', 'number:1']);
  });
});
