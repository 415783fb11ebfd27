import { bilingual, formatMessage, MESSAGES, templateParams, type MessageCode } from './catalogue';
import { INVALID_REASON } from '../records/value-coercion';

describe('message catalogue', () => {
  const codes = Object.keys(MESSAGES) as MessageCode[];

  it.each(codes)('%s has an English and a Chinese text using the same parameters', (code) => {
    const { en, zh } = MESSAGES[code];
    expect(en.trim()).not.toBe('');
    expect(zh.trim()).not.toBe('');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(templateParams(zh).sort()).toEqual(templateParams(en).sort());
  });

  it('codes are dotted lower-case names', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z]+(\.[a-z_]+)+$/);
  });

  it('interpolates parameters in both languages', () => {
    expect(bilingual('row.column_count', { width: 3, found: 2 })).toEqual({
      en: 'expected 3 columns as in the header, found 2',
      zh: '应与表头一样有 3 列，实际为 2 列',
    });
    expect(formatMessage('row.field_missing', {}, 'zh')).toBe('缺少 {field}');
  });

  it('keeps the English reasons of invalid values as they were', () => {
    for (const [type, reason] of Object.entries(INVALID_REASON)) {
      expect(MESSAGES[`row.not_${type}` as MessageCode].en).toBe(reason);
    }
  });
});
