import type { MetricDecl, ScorecardDecl } from '../ast/nodes';
import { parseDocument } from './parse';
import { codesAt, SPEC_EXAMPLE } from './test-helpers';

const diagnose = (source: string) => codesAt(source, parseDocument(source).diagnostics);
const inCard = (body: string) => `scorecard s {\n${body}\n}\n`;
const messages = (source: string) => parseDocument(source).diagnostics.map((d) => [d.code, d.message, d.messageZh]);

describe('syntax errors, by code, with the highlighted text', () => {
  it.each([
    ['YS010', 'a missing expression', inCard('metric x ='), [{ code: 'YS010', at: '}' }]],
    ['YS010', 'a missing `=`', inCard('metric x count()'), [{ code: 'YS010', at: 'count' }]],
    ['YS010', 'a missing name', inCard('metric = 1'), [{ code: 'YS010', at: '=' }]],
    ['YS010', 'a tier branch with `==`', inCard('kpi k = tier(x) { == 1 -> 2 else -> 0 }'), [{ code: 'YS010', at: '==' }]],
    ['YS010', 'a missing `,` between weights', inCard('profile p { a: 40%\n b: 60% }'), [{ code: 'YS010', at: 'b' }]],
    ['YS010', 'junk at the top level', 'junk\nscorecard s {}', [{ code: 'YS010', at: 'junk' }]],
    ['YS010', 'an item of the other block', inCard('payout = 1'), [{ code: 'YS010', at: 'payout' }]],
    ['YS011', 'a stray closing brace', 'scorecard s {}\n}', [{ code: 'YS011', at: '}' }]],
    ['YS012', 'an unclosed `(`', inCard('metric x = count(\nmetric y = 1'), [{ code: 'YS012', at: '(' }]],
    ['YS012', 'an unclosed `{` at the end', 'scorecard s {\n metric x = 1', [{ code: 'YS012', at: '{' }]],
    ['YS012', 'an unclosed tier `{`', inCard('kpi k = tier(x) { >= 1 -> 2\nmetric y = 1'), [{ code: 'YS012', at: '{' }]],
    ['YS012', 'an unclosed profile `{`', inCard('profile p { a: 100%\nmetric y = 1'), [{ code: 'YS012', at: '{' }]],
    ['YS013', 'a date outside `active`', inCard('metric x = 2026-01-01'), [{ code: 'YS013', at: '2026-01-01' }]],
    ['YS014', '`where` after the first argument', inCard('metric x = percentile(a, 90 where b)'), [{ code: 'YS014', at: 'where' }]],
    ['YS015', 'a keyword as a metric name', inCard('metric default = 1'), [{ code: 'YS015', at: 'default' }]],
    ['YS015', 'an item keyword as a metric name', inCard('metric kpi = 1'), [{ code: 'YS015', at: 'kpi' }]],
    ['YS015', 'a keyword as a scorecard name', 'scorecard if {}', [{ code: 'YS015', at: 'if' }]],
    ['YS015', 'a keyword as a weight name', inCard('profile p { tier: 100% }'), [{ code: 'YS015', at: 'tier' }]],
    ['YS015', 'a keyword as a member name', inCard('metric x = agent.when'), [{ code: 'YS015', at: 'when' }]],
    ['YS016', 'chained comparisons', inCard('metric x = 1 < a < 3'), [{ code: 'YS016', at: '<' }]],
    ['YS004', 'an impossible date', inCard('profile p active 2026-02-30..2026-03-01 {}'), [{ code: 'YS004', at: '2026-02-30' }]],
    ['YS003', 'a malformed number', inCard('metric x = 12abc'), [{ code: 'YS003', at: '12abc' }]],
    ['YS001', 'an unknown character', inCard('metric x = 1 $ 2'), [{ code: 'YS001', at: '$' }, { code: 'YS010', at: '2' }]],
  ])('%s: %s', (_code, _what, source, expected) => expect(diagnose(source)).toEqual(expected));

  it('reports the second `<` of a chain only', () => {
    const source = inCard('metric x = 1 < 2 < 3');
    expect(codesAt(source, parseDocument(source).diagnostics)).toEqual([{ code: 'YS016', at: '<' }]);
    expect(parseDocument(source).diagnostics[0].span.start.column).toBe(18);
  });
});

describe('messages in domain words, English and Chinese', () => {
  it('names what was expected and what was found', () => {
    expect(messages(inCard('metric x ='))).toEqual([
      ['YS010', 'expected an expression but found `}`', '此处应为表达式，却是`}`'],
    ]);
    expect(messages(inCard('metric x count()'))[0][1]).toBe('expected `=` after the metric name but found `count`');
    expect(messages(inCard('kpi k 1'))[0][1]).toBe('expected `=` after the kpi name but found `1`');
    expect(messages(inCard('metric = 1'))[0][1]).toBe('expected a name after `metric` but found `=`');
  });

  it('says "the end of the file" in both languages', () => {
    expect(messages('scorecard s { metric x =')).toContainEqual([
      'YS010', 'expected an expression but found the end of the file', '此处应为表达式，却是文件末尾',
    ]);
  });

  it('never shows Chevrotain token names or its "one of these possible Token sequences"', () => {
    const all = [inCard('metric x = ('), inCard('target t 1'), inCard('alert a x notify'), 'compensation c { cap }']
      .flatMap((s) => messages(s).map((m) => m[1]));
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(m).not.toMatch(/Token sequences|Identifier|NumberLit|RCurly|LParen|Kw[A-Z]|-->/);
  });
});

describe('spans of errors', () => {
  it('places an error at the end of the file inside the source', () => {
    const source = 'scorecard s { metric x = ';
    const d = parseDocument(source).diagnostics.at(-1)!;
    expect(d.code).toBe('YS010');
    expect(d.span.start.offset).toBe(source.length);
    expect(d.span.end.offset).toBe(source.length);
    expect(d.span.start).toEqual({ line: 1, column: source.length + 1, offset: source.length });
  });

  it('counts columns in UTF-16 units after a Chinese label', () => {
    const source = 'scorecard s "一线客服" { metric x = }';
    const [d] = parseDocument(source).diagnostics;
    expect(d.span.start).toEqual({ line: 1, column: 33, offset: 32 });
    expect(source[d.span.start.offset]).toBe('}');
  });
});

describe('error recovery', () => {
  const items = (source: string) =>
    ((parseDocument(source).value!.blocks[0] as ScorecardDecl).items).map((i) => `${i.kind}${'name' in i ? ` ${i.name.name}` : ''}`);

  it('reports two broken metrics on different lines and keeps the intact ones between them', () => {
    const source = inCard('metric a = count(\nmetric b = 1\nmetric c = 2 +\nmetric d = 3\nmetric e = * 2');
    expect(diagnose(source)).toEqual([
      { code: 'YS012', at: '(' }, { code: 'YS010', at: 'metric' }, { code: 'YS010', at: '*' },
    ]);
    expect(items(source)).toEqual(['metric a', 'metric b', 'metric c', 'metric d', 'metric e']);
    const card = parseDocument(source).value!.blocks[0] as ScorecardDecl;
    expect((card.items[1] as MetricDecl).expr).toMatchObject({ kind: 'number', value: 1 });
    expect((card.items[2] as MetricDecl).expr).toMatchObject({ kind: 'binary', right: { kind: 'error' } });
  });

  it('keeps a half-typed scorecard readable', () => {
    const source = 'scorecard s {\n  metric handled = count()\n  kpi k = handled *\n  target handled >=';
    const result = parseDocument(source);
    expect(items(source)).toEqual(['metric handled', 'kpi k', 'target']);
    expect(codesAt(source, result.diagnostics)).toEqual([
      { code: 'YS012', at: '{' }, { code: 'YS010', at: 'target' }, { code: 'YS010', at: '' },
    ]);
  });

  it('turns an item without a name into an error item', () => {
    expect(items(inCard('metric = 1\nmetric b = 2'))).toEqual(['error-item', 'metric b']);
  });

  it('skips a stray token inside a tier without losing the rest of the scorecard', () => {
    const source = inCard('kpi k = tier(x) { >= 1 -> 2 == 3 >= 0 -> 1 }\nmetric z = 2');
    expect(diagnose(source)).toEqual([{ code: 'YS010', at: '==' }]);
    expect(items(source)).toEqual(['kpi k', 'metric z']);
  });

  it('skips stray tokens between items and goes on with the next item', () => {
    const source = inCard('metric a = 1 2\nmetric b = 3 ) ]\nkpi k = a');
    expect(diagnose(source)).toEqual([{ code: 'YS010', at: '2' }, { code: 'YS010', at: ')' }, { code: 'YS001', at: ']' }]);
    expect(items(source)).toEqual(['metric a', 'metric b', 'kpi k']);
  });

  it('recovers at the next block after top-level junk', () => {
    const source = 'scorecard a { metric x = 1 }\n}\nfoo bar\nscorecard b { metric y = 2 }';
    expect(diagnose(source)).toEqual([{ code: 'YS011', at: '}' }]);
    expect(parseDocument(source).value!.blocks.map((b) => b.kind === 'scorecard' && b.name.name)).toEqual(['a', 'b']);
  });

  it('reports each lexical error and still parses around it', () => {
    const source = inCard('metric a = "open\nmetric b = 12abc\nmetric c = 1');
    expect(diagnose(source)).toEqual([{ code: 'YS002', at: '"' }, { code: 'YS003', at: '12abc' }]);
    expect(items(source)).toEqual(['metric a', 'metric b', 'metric c']);
  });

  it('recovers in every truncation of the spec example, keeping a document', () => {
    for (let end = 0; end <= SPEC_EXAMPLE.length; end += 11) {
      const result = parseDocument(SPEC_EXAMPLE.slice(0, end));
      expect(result.value).toBeDefined();
    }
  });
});
