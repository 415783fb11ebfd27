import { check } from '@yardstick/dsl';
import { dslLang, lintSource, serverOnly, toLintDiagnostic, visibleRange } from './lint-mapping';

const SOURCE = `scorecard s {
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi csat_score = csta * 100
  profile p default { csat_score: 100% }
}
`;

const textAt = (source: string, d: { from: number; to: number }): string => source.slice(d.from, d.to);

describe('lintSource', () => {
  it('underlines an unknown metric at exactly its name, with the message in English', () => {
    const [d] = lintSource(SOURCE, 'en');
    expect(textAt(SOURCE, d)).toBe('csta');
    expect(d).toMatchObject({ severity: 'error', source: 'YS104' });
    expect(d.message).toContain('unknown metric or kpi `csta`');
    expect(d.message).toContain('csat');
  });

  it('gives the Chinese message to a Chinese reader', () => {
    const [d] = lintSource(SOURCE, 'zh');
    expect(d.message).toContain('未知的指标或 KPI `csta`');
  });

  it('offers the suggestion as a fix that replaces the name', () => {
    const [d] = lintSource(SOURCE, 'en', (s) => `Replace with ${s}`);
    expect(d.actions?.map((a) => a.name)).toEqual(['Replace with csat']);
    const dispatched: unknown[] = [];
    d.actions?.[0].apply({ dispatch: (spec: unknown) => dispatched.push(spec) } as never, d.from, d.to);
    expect(dispatched).toEqual([{ changes: { from: d.from, to: d.to, insert: 'csat' } }]);
  });

  it('reports nothing for a correct source', () => {
    expect(lintSource(SOURCE.replace('csta', 'csat'), 'en')).toEqual([]);
  });

  it('never throws and stays inside the document on broken input', () => {
    for (const source of ['scorecard s {', 'scorecard s { kpi = }', '"', 'kpi 😀 = 1', '']) {
      for (const d of lintSource(source, 'en')) {
        expect(d.from).toBeGreaterThanOrEqual(0);
        expect(d.to).toBeLessThanOrEqual(source.length);
        expect(d.to).toBeGreaterThanOrEqual(d.from);
      }
    }
  });

  it('underlines a brace that is never closed at the brace', () => {
    const source = 'scorecard s {\n  metric m = count()\n';
    const missing = lintSource(source, 'en').find((d) => d.source === 'YS012');
    expect(missing && textAt(source, missing)).toBe('{');
  });

  it('widens an empty span at the end of the text to the last character written', () => {
    const [d] = check(SOURCE).diagnostics;
    const end = { line: 6, column: 1, offset: SOURCE.length };
    expect(textAt(SOURCE, toLintDiagnostic({ ...d, span: { start: end, end } }, 'en', SOURCE))).toBe('}');
  });
});

describe('visibleRange', () => {
  it('keeps a real span and widens an empty one to a visible character', () => {
    expect(visibleRange(2, 5, 'abcdefg')).toEqual({ from: 2, to: 5 });
    expect(visibleRange(2, 2, 'abcdefg')).toEqual({ from: 2, to: 3 });
    expect(visibleRange(7, 7, 'abc }\n\n')).toEqual({ from: 4, to: 5 });
    expect(visibleRange(3, 3, 'ab\n')).toEqual({ from: 1, to: 2 });
    expect(visibleRange(0, 0, '')).toEqual({ from: 0, to: 0 });
    expect(visibleRange(40, 50, 'abc')).toEqual({ from: 2, to: 3 });
  });
});

describe('serverOnly', () => {
  it('keeps the service\'s diagnostics the local check did not find', () => {
    const local = check(SOURCE).diagnostics;
    const storage = { ...local[0], code: 'YS902', message: 'the key must stay `t`' };
    expect(serverOnly([local[0], storage], local)).toEqual([storage]);
  });
});

describe('toLintDiagnostic', () => {
  it('offers no fix without a label or a suggestion', () => {
    const [d] = check(SOURCE).diagnostics;
    expect(toLintDiagnostic(d, 'en', SOURCE).actions).toBeUndefined();
    expect(toLintDiagnostic({ ...d, suggestion: undefined }, 'en', SOURCE, (s) => s).actions).toBeUndefined();
  });
});

describe('dslLang', () => {
  it('reads the console locale', () => {
    expect(dslLang('zh-CN')).toBe('zh');
    expect(dslLang('en')).toBe('en');
    expect(dslLang(undefined)).toBe('en');
  });
});
