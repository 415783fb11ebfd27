import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import englishRaMessages from 'ra-language-english';
import { TRANSLATED_ERROR_CODES } from '../providers/api-error';
import { englishConsoleMessages, englishMessages } from './en';
import { keyPaths } from './locale';
import { chineseConsoleMessages, chineseMessages } from './zh';

// Every label exists in both languages: a key added to one catalogue and not the other fails here.

describe('translation catalogues', () => {
  it('translate every react-admin message into Chinese', () => {
    const english = keyPaths(englishRaMessages).filter((key) => key.startsWith('ra.'));
    expect(keyPaths(chineseMessages).filter((key) => key.startsWith('ra.')).sort()).toEqual(english.sort());
  });

  it('give the console the same keys in both languages', () => {
    expect(keyPaths(chineseConsoleMessages).sort()).toEqual(keyPaths(englishConsoleMessages).sort());
  });

  it('word every error code the console translates', () => {
    for (const code of TRANSLATED_ERROR_CODES) {
      expect(keyPaths(englishMessages)).toContain(`ys.errors.${code}`);
      expect(keyPaths(chineseMessages)).toContain(`ys.errors.${code}`);
    }
  });

  it('write Chinese, not English, in the Chinese catalogue', () => {
    // Language names are each written in their own language (ys.locale.en is "English" in both).
    const paths = keyPaths(chineseConsoleMessages).filter((path) => !path.startsWith('ys.locale.'));
    const texts = paths.map((path) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], chineseConsoleMessages) as string);
    const untranslated = texts.filter((text) => /^[A-Za-z ,.'()-]{6,}$/.test(text));
    expect(untranslated).toEqual([]);
  });

  it('keep the placeholders of each message', () => {
    const lookup = (tree: object, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const path of keyPaths(englishMessages)) {
      const english = String(lookup(englishMessages, path));
      const chinese = String(lookup(chineseMessages, path));
      const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect({ path, placeholders: [...new Set(placeholders(chinese))] }).toEqual({ path, placeholders: [...new Set(placeholders(english))] });
    }
  });
});

// Page folders' messages (src/<folder>/messages.ts, merged by i18n-provider.ts): the same parity rule.
describe('page messages', () => {
  const root = join(__dirname, '..');
  const folders = readdirSync(root).filter((folder) => existsSync(join(root, folder, 'messages.ts')));

  it.each(folders.length > 0 ? folders : ['(none)'])('%s has the same keys in both languages', (folder) => {
    if (folder === '(none)') return;
    const { messages } = require(join(root, folder, 'messages.ts')) as { messages: { en: object; 'zh-CN': object } };
    expect(keyPaths(messages['zh-CN']).sort()).toEqual(keyPaths(messages.en).sort());
  });
});
