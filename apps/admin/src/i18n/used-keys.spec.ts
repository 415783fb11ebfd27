import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { englishMessages } from './en';
import { keyPaths } from './locale';
import { chineseMessages } from './zh';

// Every translation key the console's own folders use exists in both languages (a typo would show the raw key).
// Page folders bring their own messages (module.ts) and are checked by their own specs.
const OWN_FOLDERS = ['agents', 'teams', 'groups', 'fields', 'settings', 'dashboard', 'layout', 'login', 'common', 'providers'];

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const used = new Set(OWN_FOLDERS.flatMap((folder) => sources(join(__dirname, '..', folder)))
  .map((file) => readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, '')) // examples in comments are not uses
  .flatMap((text) => [...text.matchAll(/['"`]((?:ys|ra|resources)\.[A-Za-z_]+(?:\.[A-Za-z_-]+)+)['"`]/g)].map((match) => match[1])));

describe('keys used by the console', () => {
  it('are found', () => {
    expect(used.size).toBeGreaterThan(20);
  });

  it('exist in English and Chinese', () => {
    const english = new Set(keyPaths(englishMessages));
    const chinese = new Set(keyPaths(chineseMessages));
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
    expect([...used].filter((key) => !chinese.has(key))).toEqual([]);
  });
});
