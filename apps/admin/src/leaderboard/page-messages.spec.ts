import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishMessages } from '../i18n/en';
import { keyPaths, mergeMessages } from '../i18n/locale';
import { chineseMessages } from '../i18n/zh';
import { messages as agentPage } from '../agent-page/messages';
import { messages as imports } from '../imports/messages';
import { messages as profiles } from '../profiles/messages';
import { messages as leaderboard } from './messages';

// The scores pages (leaderboard, agent page, profiles, imports) word everything in both languages: every key their
// sources use, written out or built from a known list, exists in English and Chinese with the same placeholders.

const FOLDERS = ['leaderboard', 'agent-page', 'profiles', 'imports'];
const pages = [leaderboard, agentPage, profiles, imports];
const english = mergeMessages(englishMessages, ...pages.map((page) => page.en));
const chinese = mergeMessages(chineseMessages, ...pages.map((page) => page['zh-CN']));

const lookup = (tree: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

const written = FOLDERS.flatMap((folder) => readdirSync(join(__dirname, '..', folder))
  .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.spec.ts'))
  .map((name) => readFileSync(join(__dirname, '..', folder, name), 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, '')))
  .flatMap((text) => [...text.matchAll(/['"`]((?:ys|ra)\.[A-Za-z_]+(?:\.[A-Za-z0-9_-]+)+)['"`]/g)].map((match) => match[1]));

/** Keys built at run time (`ys.period.kinds.${kind}`), from the lists they are built from. */
const built = [
  ...['day', 'week', 'month', 'quarter', 'custom'].map((kind) => `ys.period.kinds.${kind}`),
  ...['invalid_day', 'invalid_week', 'invalid_month', 'invalid_quarter', 'range_backwards', 'range_too_long'].map((p) => `ys.period.${p}`),
  ...['EXPLICIT', 'OVERRIDE', 'SCHEDULE', 'DEFAULT'].map((source) => `ys.leaderboard.source.${source}`),
  ...['all', 'all_met', 'some_missed'].map((option) => `ys.leaderboard.targets_${option}`),
  ...['score', 'segment', 'kpi', 'metric', 'aggregate', 'expression', 'target', 'eligibility'].map((kind) => `ys.agent_page.kinds.${kind}`),
  ...['cleared', 'over', 'running', 'ahead'].map((status) => `ys.profiles.statuses.${status}`),
  ...['profile_required', 'time_required', 'to_after_from', 'reason_required', 'reason_too_long'].map((p) => `ys.profiles.problems.${p}`),
  ...[0, 1, 3, 7].map((days) => `ys.profiles.until_days_${days}`),
  ...['unsupported', 'xls', 'empty', 'unreadable'].map((reason) => `ys.imports.file_problems.${reason}`),
  ...['received', 'inserted', 'updated', 'unchanged', 'duplicates', 'rejected'].map((count) => `ys.imports.counts.${count}`),
  ...['identity', 'builtin', 'custom'].map((kind) => `ys.imports.kinds.${kind}`),
  ...['step_file', 'step_columns', 'step_result'].map((step) => `ys.imports.${step}`),
  ...['NETWORK_ERROR', 'UNAUTHENTICATED', 'FORBIDDEN'].map((code) => `ys.errors.${code}`),
  ...['PROFILE_OVERRIDE_OVERLAPS', 'PROFILE_UNKNOWN', 'SCORECARD_NO_VERSION_IN_FORCE', 'BAD_USER_INPUT'].map((code) => `ys.profiles.errors.${code}`),
];

describe('the scores pages\' messages', () => {
  it('find the keys their sources use', () => {
    expect(written.length).toBeGreaterThan(100);
  });

  it('have every key used in English and Chinese', () => {
    const used = [...new Set([...written, ...built])];
    expect(used.filter((key) => typeof lookup(english, key) !== 'string')).toEqual([]);
    expect(used.filter((key) => typeof lookup(chinese, key) !== 'string')).toEqual([]);
  });

  it('keep the placeholders of each message', () => {
    const placeholders = (text: unknown) => [...new Set([...String(text).matchAll(/%\{(\w+)\}/g)].map((match) => match[1]))].sort();
    for (const page of pages) {
      for (const path of keyPaths(page.en)) {
        expect({ path, placeholders: placeholders(lookup(page['zh-CN'], path)) }).toEqual({ path, placeholders: placeholders(lookup(page.en, path)) });
      }
    }
  });

  it('write Chinese in the Chinese catalogue', () => {
    const untranslated = pages.flatMap((page) => keyPaths(page['zh-CN'])
      .map((path) => String(lookup(page['zh-CN'], path)))
      .filter((text) => /^[A-Za-z ,.'()-]{6,}$/.test(text)));
    expect(untranslated).toEqual([]);
  });
});
