import { keyPaths } from '../i18n/locale';
import { messages } from './messages';

const lookup = (tree: object, path: string): string =>
  String(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree));
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('scorecards messages', () => {
  it('have the same keys and placeholders in English and Chinese', () => {
    const english = keyPaths(messages.en).sort();
    expect(keyPaths(messages['zh-CN']).sort()).toEqual(english);
    for (const path of english) {
      expect({ path, placeholders: placeholders(lookup(messages['zh-CN'], path)) }).toEqual({ path, placeholders: placeholders(lookup(messages.en, path)) });
    }
  });

  it('keep plural forms in both languages where English has them', () => {
    for (const path of keyPaths(messages.en)) {
      if (lookup(messages.en, path).includes('||||')) expect({ path, plural: lookup(messages['zh-CN'], path).includes('||||') }).toEqual({ path, plural: true });
    }
  });
});
