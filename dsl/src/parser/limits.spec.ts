import { MAX_AST_DEPTH, MAX_NESTING_DEPTH, MAX_NODES, MAX_SOURCE_LENGTH, MAX_SYNTAX_ERRORS, MAX_TOKENS } from '../limits';
import { parseDocument } from './parse';
import { codesAt } from './test-helpers';

const inMetric = (expr: string) => `scorecard s {\n  metric x = ${expr}\n}\n`;

describe('limits', () => {
  it('refuses a source over the size limit without lexing it (YS020)', () => {
    const result = parseDocument('#'.repeat(MAX_SOURCE_LENGTH + 1));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['YS020']);
    expect(result.diagnostics[0].message).toContain(String(MAX_SOURCE_LENGTH));
  });

  it.each([
    ['100,000 `(`', inMetric(`${'('.repeat(100_000)}1${')'.repeat(100_000)}`), '('],
    ['100,000 unclosed `(`', inMetric('('.repeat(100_000)), '('],
    ['100,000 `-`', inMetric(`${'-'.repeat(100_000)}1`), '-'],
    ['100,000 `not`', inMetric(`${'not '.repeat(100_000)}a`), 'not'],
    ['nested calls', inMetric('f('.repeat(50_000)), 'f'],
    ['nested ifs', inMetric(`${'if a then '.repeat(20_000)}1${' else 2'.repeat(20_000)}`), 'a'],
    ['nested tiers', inMetric(`${'tier(x) { >= 1 -> '.repeat(20_000)}1${' }'.repeat(20_000)}`), 'x'],
  ])('stops %s at the nesting limit with YS021, without overflowing the stack', (_what, source, at) => {
    const result = parseDocument(source);
    expect(result.value).toBeUndefined();
    expect(codesAt(source, result.diagnostics)).toEqual([{ code: 'YS021', at }]);
    expect(result.diagnostics[0].message).toContain(String(MAX_NESTING_DEPTH));
  });

  it('accepts nesting just under the limit', () => {
    const depth = MAX_NESTING_DEPTH - 1;
    const result = parseDocument(inMetric(`${'('.repeat(depth)}1${')'.repeat(depth)}`));
    expect(result.diagnostics).toEqual([]);
  });

  it('bounds the depth of long operator chains (YS021), so consumers can recurse safely', () => {
    const ok = parseDocument(inMetric(Array(MAX_AST_DEPTH - 10).fill('k').join(' + ')));
    expect(ok.diagnostics).toEqual([]);
    const tooDeep = parseDocument(inMetric(Array(5_000).fill('k').join(' + ')));
    expect(tooDeep.value).toBeUndefined();
    expect(tooDeep.diagnostics.map((d) => d.code)).toEqual(['YS021']);
  });

  it('refuses a document with too many nodes (YS022)', () => {
    const count = Math.ceil(MAX_NODES / 3) + 10; // metric + name + number per line
    const result = parseDocument(`scorecard s {\n${'metric a=1\n'.repeat(count)}}`);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['YS022']);
  });

  it('stops after too many syntax errors (YS023), having reported the first ones', () => {
    const source = `scorecard s {\n${'  metric x = 1 2\n'.repeat(MAX_SYNTAX_ERRORS * 3)}}`;
    const result = parseDocument(source);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.at(-1)!.code).toBe('YS023');
    expect(result.diagnostics.length).toBeGreaterThan(MAX_SYNTAX_ERRORS / 2);
    expect(result.diagnostics.length).toBeLessThanOrEqual(MAX_SYNTAX_ERRORS + 2);
    expect(codesAt(source, result.diagnostics.slice(0, 2))).toEqual([{ code: 'YS010', at: '2' }, { code: 'YS010', at: '2' }]);
  });

  it.each([
    ['stray tokens between items', `scorecard s {\n${'metric x = 1 2 '.repeat(20_000)}`],
    ['stray operands in one expression', `scorecard s {\n metric x = ${'1 2 + '.repeat(50_000)}1 }`],
    ['items missing their names', `scorecard s {\n${'metric '.repeat(40_000)}`],
    ['unclosed profiles', `scorecard s {\n${'profile p { '.repeat(20_000)}`],
    ['stray tokens between blocks', '} ) x '.repeat(50_000)],
  ])('recovers from many mistakes without deep recursion: %s', (_what, source) => {
    // speed is measured by `npm run bench:dsl`; here a quadratic regression shows up as the test's timeout
    const result = parseDocument(source);
    expect(result.diagnostics.filter((d) => d.code === 'YS009')).toEqual([]);
  });

  it('refuses too many tokens before building a syntax tree (YS022)', () => {
    const source = inMetric(Array(MAX_TOKENS / 2 + 10).fill('1').join('+'));
    expect(source.length).toBeLessThan(MAX_SOURCE_LENGTH);
    const result = parseDocument(source);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['YS022']);
  });
});

describe('size', () => {
  it('parses 10,000 metrics without a diagnostic', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `  metric m${i} = count(rating >= 4) / count(rating != null) as percent`);
    const source = `scorecard big {\n${lines.join('\n')}\n}\n`;
    const result = parseDocument(source);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.blocks[0]).toMatchObject({ kind: 'scorecard', items: { length: 10_000 } });
  });
});
