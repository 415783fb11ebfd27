import { inLanguage, isLocale, keyPaths, mergeMessages, pickLocale } from './locale';

describe('pickLocale', () => {
  it('follows the first language the console speaks', () => {
    expect(pickLocale(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLocale(['zh-TW'])).toBe('zh-CN');
    expect(pickLocale(['zh'])).toBe('zh-CN');
    expect(pickLocale(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLocale(['fr-FR', 'zh-CN'])).toBe('zh-CN');
  });

  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['de-DE'])).toBe('en');
  });

  it('knows its locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
  });
});

describe('mergeMessages', () => {
  it('merges branches key by key without losing siblings', () => {
    const merged = mergeMessages({ ys: { menu: { dashboard: 'Home' } } }, { ys: { menu: { leaderboard: 'Leaderboard' } } }, { ys: { leaderboard: { title: 'T' } } });
    expect(merged).toEqual({ ys: { menu: { dashboard: 'Home', leaderboard: 'Leaderboard' }, leaderboard: { title: 'T' } } });
  });

  it('does not change its inputs', () => {
    const base = { ys: { menu: { dashboard: 'Home' } } };
    mergeMessages(base, { ys: { menu: { x: 'y' } } });
    expect(base).toEqual({ ys: { menu: { dashboard: 'Home' } } });
  });

  it('lists key paths', () => {
    expect(keyPaths({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['a.b', 'a.c.d', 'e']);
  });
});

describe('inLanguage', () => {
  it('picks the api\'s Chinese text only when the console reads zh-CN and the text is there', () => {
    expect(inLanguage('zh-CN', 'is required', '必填')).toBe('必填');
    expect(inLanguage('en', 'is required', '必填')).toBe('is required');
    expect(inLanguage('zh-CN', 'is required', undefined)).toBe('is required');
    expect(inLanguage('zh-CN', 'is required', '')).toBe('is required');
  });
});
