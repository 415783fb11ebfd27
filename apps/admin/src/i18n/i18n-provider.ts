import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { englishMessages } from './en';
import { isLocale, mergeMessages, pickLocale, type Locale, type PageMessages } from './locale';
import { chineseMessages } from './zh';
import { consoleModules } from '../modules';

// Both languages are bundled (a few kB each): switching is instant and the login page is already translated.
// Page folders add their own keys in `src/<folder>/messages.ts` (`export const messages: PageMessages`) or in
// their `consoleModule.messages`, picked up here without editing this file.

const pageModules = import.meta.glob<{ messages: PageMessages }>('../*/messages.ts', { eager: true });
// The same objects may also come through `consoleModule.messages`: each is merged once.
const pages = [...new Set([...Object.values(pageModules).map((module) => module.messages), ...consoleModules.messages])];

export const catalogue: Record<Locale, TranslationMessages> = {
  en: mergeMessages(englishMessages, ...pages.map((page) => page.en)),
  'zh-CN': mergeMessages(chineseMessages, ...pages.map((page) => page['zh-CN'])),
};

/** react-admin keeps the chosen language in its store (localStorage); the browser's languages decide the first time. */
const stored = readStoredLocale();
export const initialLocale: Locale = stored ?? pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);

export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogue[isLocale(locale) ? locale : 'en'],
  initialLocale,
  // Each language named in itself, so a reader of the other one still finds theirs.
  [{ locale: 'en', name: 'English' }, { locale: 'zh-CN', name: '中文' }],
  { allowMissing: true },
);

function readStoredLocale(): Locale | null {
  try {
    const value = JSON.parse(window.localStorage.getItem('RaStore.locale') ?? 'null') as unknown;
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}
