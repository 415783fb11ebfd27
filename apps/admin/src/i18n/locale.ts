// Which language the console starts in, and how page folders' messages join the catalogue. Pure: specs run it.

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The first of the browser's languages the console speaks (any zh-* reads Chinese); English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

/**
 * The api's text in the console's language: the Chinese one (`reasonZh`, `messageZh`) when the console reads
 * zh-CN and the api sent it, the English one otherwise.
 */
export function inLanguage(locale: string, en: string, zh: string | undefined): string {
  return locale === 'zh-CN' && typeof zh === 'string' && zh !== '' ? zh : en;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type MessageTree = { [key: string]: string | MessageTree };

/** `base` with `extra` merged in, key by key; a page never replaces a whole branch another page also fills. */
export function mergeMessages<T extends object>(base: T, ...extras: object[]): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const extra of extras) {
    for (const [key, value] of Object.entries(extra)) {
      const existing = result[key];
      result[key] = isTree(existing) && isTree(value) ? mergeMessages(existing, value) : value;
    }
  }
  return result as T;
}

function isTree(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every key path of a message tree (`ys.errors.NOT_FOUND`), for the parity check between languages. */
export function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    isTree(value) ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

/** Each page folder's `messages.ts` (`export const messages = { en: {...}, 'zh-CN': {...} }`). */
export interface PageMessages {
  en: object;
  'zh-CN': object;
}
