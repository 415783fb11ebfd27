import { RESERVED_WORDS } from '../fields';
import { parseDocument } from '../parser/parse';
import { codesAt, SPEC_EXAMPLE, textOf } from '../parser/test-helpers';
import type { MetricDecl, ScorecardDecl } from '../ast/nodes';
import { lex, tokenize, unescapeString } from './lexer';

const kinds = (source: string): string[] => lex(source).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

/** The value of `metric x = <literal>` as the parser builds it. */
function literal(text: string): unknown {
  const doc = parseDocument(`scorecard s { metric x = ${text} }`).value!;
  const expr = ((doc.blocks[0] as ScorecardDecl).items[0] as MetricDecl).expr;
  return 'value' in expr ? expr.value : expr.kind;
}

describe('keywords and identifiers', () => {
  it.each(['periodic', 'notable', 'format', 'asx', 'tierx', 'iffy', 'thenceforth', 'nullable', 'Metric', 'kpi_2'])(
    'lexes %s as one identifier (a keyword never swallows a longer name)', (word) => {
      expect(kinds(word)).toEqual([`Identifier:${word}`]);
    });

  it.each(RESERVED_WORDS)('lexes the reserved word %s as a keyword', (word) => {
    const [token] = tokenize(word);
    expect(token).toMatchObject({ category: 'keyword', text: word });
  });

  it.each(['agent', 'team', 'group', 'org', 'month', 'percent', 'renormalize'])('does not reserve %s', (word) => {
    expect(tokenize(word)[0].category).toBe('identifier');
  });
});

describe('literals', () => {
  it.each([
    ['12', 12], ['0.5', 0.5], ['90%', 0.9], ['12.5%', 0.125], ['100%', 1], ['30s', 30], ['5m', 300], ['2h', 7200],
    ['1d', 86400], ['1.5h', 5400], ['"a\\"b"', 'a"b'], ['"a\\\\b"', 'a\\b'], ['"一线客服"', '一线客服'], ['true', true],
    ['false', false],
  ])('reads %s as %p', (text, value) => expect(literal(text)).toBe(value));

  it('reads null', () => expect(literal('null')).toBe('null'));

  it('lexes a date before a number, and `..` before `.`', () => {
    expect(kinds('2026-11-01..2026-11-11')).toEqual(['DateLit:2026-11-01', 'DotDot:..', 'DateLit:2026-11-11']);
  });

  it('lexes two-character operators whole', () => {
    expect(kinds('a>=b->c!=d==e<=f')).toEqual([
      'Identifier:a', 'GreaterEq:>=', 'Identifier:b', 'Arrow:->', 'Identifier:c', 'NotEq:!=', 'Identifier:d', 'EqEq:==',
      'Identifier:e', 'LessEq:<=', 'Identifier:f',
    ]);
  });

  it('unescapes only \\" and \\\\', () => {
    expect(unescapeString('"a\\"b\\\\c"', true)).toBe('a"b\\c');
    expect(unescapeString('"open', false)).toBe('open');
  });
});

describe('comments and whitespace', () => {
  it('keeps both kinds of comment, in order, with their markers', () => {
    const source = '# one\nscorecard s { // two\n}\n';
    expect(lex(source).comments.map((c) => [c.text, textOf(source, c.span)])).toEqual([['# one', '# one'], ['// two', '// two']]);
  });

  it('does not take `/` for a comment', () => expect(kinds('a / b')).toEqual(['Identifier:a', 'Slash:/', 'Identifier:b']));

  it('collects every comment of the spec example', () => {
    expect(lex(SPEC_EXAMPLE).comments.map((c) => c.text)).toEqual([
      '# Frontline agents, scored monthly.', '# or: zero', '# fewer records: not scored, not ranked',
      '# a custom record field (built-in fields need no declaration)', '# new hires: looser target',
    ]);
  });
});

describe('lexical errors', () => {
  const diagnose = (source: string) => codesAt(source, lex(source).diagnostics);

  it('reports an unknown character at exactly that character and keeps lexing', () => {
    const source = 'metric x = 1 @ 2';
    expect(diagnose(source)).toEqual([{ code: 'YS001', at: '@' }]);
    expect(kinds(source).at(-1)).toBe('NumberLit:2');
  });

  it('reports each run of unknown characters once', () => {
    expect(diagnose('a § b ¤ c')).toEqual([{ code: 'YS001', at: '§' }, { code: 'YS001', at: '¤' }]);
  });

  it('reports an unterminated string at its opening quote', () => {
    expect(diagnose('label "never closed\nmetric')).toEqual([{ code: 'YS002', at: '"' }]);
    expect(kinds('"never closed\nmetric').at(-1)).toBe('KwMetric:metric');
  });

  it.each(['12abc', '1.2.3', '30sec', '1.5e3'])('reports the malformed number %s whole', (text) => {
    expect(diagnose(`x = ${text} + 1`)).toEqual([{ code: 'YS003', at: text }]);
  });

  it('reports an unknown escape at the backslash and its character', () => {
    expect(diagnose('"a\\nb"')).toEqual([{ code: 'YS005', at: '\\n' }]);
  });
});

describe('tokenize (for the editor)', () => {
  it('gives every token a category and a span, comments included', () => {
    const tokens = tokenize('metric csat = count(rating >= 4) / count() as percent # ratio');
    expect(tokens.map((t) => `${t.category}:${t.text}`)).toEqual([
      'keyword:metric', 'identifier:csat', 'operator:=', 'identifier:count', 'punctuation:(', 'identifier:rating',
      'operator:>=', 'number:4', 'punctuation:)', 'operator:/', 'identifier:count', 'punctuation:(', 'punctuation:)',
      'keyword:as', 'identifier:percent', 'comment:# ratio',
    ]);
  });

  it('counts columns in UTF-16 units, so text after a Chinese label gets the right column', () => {
    const tokens = tokenize('kpi k "一线客服" = 1\n  x');
    const eq = tokens.find((t) => t.text === '=')!;
    expect(eq.span.start).toEqual({ line: 1, column: 14, offset: 13 });
    expect(tokens.at(-1)!.span.start).toEqual({ line: 2, column: 3, offset: 19 });
  });

  it('categorises literals', () => {
    expect(tokenize('90% 30s 2026-01-01 "s" 1').map((t) => t.category)).toEqual(['percent', 'duration', 'date', 'string', 'number']);
  });

  it('never throws on text it does not know', () => {
    expect(tokenize('§§ "x').map((t) => t.category)).toEqual(['string']);
  });
});
