import { check } from '@yardstick/dsl';
import { analyseSource, languageDiagnostics, STORAGE_CODES } from './scorecard-source';

const VALID = `scorecard frontline "一线客服" {
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  kpi csat_score = csat * 100
  profile normal "日常运营" default { csat_score: 100% }
  profile double11 "双11大促" active 2021-03-08..2021-03-14 { csat_score: 100% }
}
`;

/** The highlighted text of each diagnostic: what a reader sees underlined. */
function marks(source: string, diagnostics: readonly { code: string; span: { start: { offset: number }; end: { offset: number } } }[]) {
  return diagnostics.map((d) => ({ code: d.code, at: source.slice(d.span.start.offset, d.span.end.offset) }));
}

describe('analyseSource', () => {
  it('takes key, label and profiles from a valid source', () => {
    const analysis = analyseSource(VALID);
    expect(analysis).toMatchObject({ key: 'frontline', label: '一线客服', valid: true, diagnostics: [] });
    expect(analysis.profiles).toEqual([
      { key: 'normal', label: '日常运营', isDefault: true, activeFrom: null, activeTo: null },
      { key: 'double11', label: '双11大促', isDefault: false, activeFrom: '2021-03-08', activeTo: '2021-03-14' },
    ]);
  });

  it('gives the diagnostics of the language exactly as `check` (what the CLI prints)', () => {
    const source = VALID.replace('csat * 100', 'csta * 100');
    expect(languageDiagnostics(source)).toEqual(check(source).diagnostics);
    expect(analyseSource(source).diagnostics).toEqual(check(source).diagnostics);
    expect(marks(source, analyseSource(source).diagnostics)).toEqual([{ code: 'YS104', at: 'csta' }]);
    expect(analyseSource(source).valid).toBe(false);
  });

  it('refuses a source with two scorecards at the second one', () => {
    const source = `${VALID}\n${VALID.replace('scorecard frontline', 'scorecard backline')}`;
    expect(marks(source, analyseSource(source).diagnostics)).toEqual([{ code: STORAGE_CODES.oneScorecard, at: 'backline' }]);
  });

  it('refuses a source without a scorecard', () => {
    const analysis = analyseSource('# nothing here\n');
    expect(analysis.diagnostics.map((d) => d.code)).toEqual([STORAGE_CODES.oneScorecard]);
    expect(analysis.diagnostics[0].span.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(analysis.key).toBeNull();
  });

  it('refuses a changed key at the key, suggesting the stored one', () => {
    const source = VALID.replace('scorecard frontline', 'scorecard frontline2');
    const analysis = analyseSource(source, 'frontline');
    expect(marks(source, analysis.diagnostics)).toEqual([{ code: STORAGE_CODES.keyChanged, at: 'frontline2' }]);
    expect(analysis.diagnostics[0]).toMatchObject({ severity: 'error', suggestion: 'frontline' });
    expect(analysis.diagnostics[0].messageZh).toContain('frontline');
    expect(analyseSource(VALID, 'frontline').valid).toBe(true);
  });

  it('still reads key and profiles of a half-typed source, for an editor autosave', () => {
    const source = 'scorecard frontline "x" {\n  metric handled = count(\n  profile normal default { a: 100% }\n}';
    const analysis = analyseSource(source, 'frontline');
    expect(analysis.valid).toBe(false);
    expect(analysis.key).toBe('frontline');
    expect(analysis.diagnostics.some((d) => d.code.startsWith('YS0'))).toBe(true);
  });

  it('answers the same text from memory with the same object', () => {
    expect(analyseSource(VALID, 'frontline')).toBe(analyseSource(VALID, 'frontline'));
    expect(analyseSource(VALID, 'frontline')).not.toBe(analyseSource(VALID));
  });
});
