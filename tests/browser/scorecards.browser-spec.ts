import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';

// The scorecard editor in the built console, against the real api and database: an admin writes a scorecard
// with an unknown metric and sees the language's diagnostic underlined under exactly that name with its message,
// fixes it with the suggested replacement, creates and publishes it (a refused publish shows the service's
// diagnostics in the editor and in a list), changes a weight in the table and sees the source rewritten, and
// compares versions side by side.

let api: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const SOURCE_WITH_TYPO = `scorecard browser_card "Browser card" {
  period month
  eligible when handled >= 1

  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent  # satisfied share

  kpi csat_score "CSAT" = csta * 100
  kpi volume_score = min(handled / 10, 100)

  target csat >= 50%

  profile normal default { csat_score: 60%, volume_score: 40% }
}
`;

/** The editor's text as shown (CodeMirror draws every line of a document this short). */
const editorText = async (page: Page): Promise<string> => (await page.locator('.cm-content .cm-line').allTextContents()).join('\n');

/** Replaces the editor's whole text as typing would (select all, then input). */
async function typeSource(page: Page, source: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(source);
}

/** Reads `read` until it gives `expected` (as JSON) or 10 s pass; answers the last reading. */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function errorSquiggles(page: Page): Promise<string[]> {
  return page.locator('.cm-lintRange-error').allTextContents();
}

async function newScorecardWithTypo(session: ConsoleSession): Promise<void> {
  const { page } = session;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
  await page.goto(`${api.url}/#/Scorecard`);
  await page.getByText('frontline', { exact: true }).waitFor();
  await session.step('scorecard list');
  await page.goto(`${api.url}/#/Scorecard/create`);
  await page.locator('.cm-content').waitFor();
  await typeSource(page, SOURCE_WITH_TYPO);
}

it('underlines an unknown metric at exactly its name, fixes it, creates, publishes, edits a weight and diffs', async () => {
  const session = await openSession(browser, { test: 'scorecards/editor' });
  const { page } = session;
  await newScorecardWithTypo(session);

  // the squiggle: exactly the unknown name, with the language's message on hover
  await page.locator('.cm-lintRange-error').first().waitFor();
  await expect(errorSquiggles(page)).resolves.toEqual(['csta']);
  await page.locator('.cm-lintRange-error').hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await tooltip.waitFor();
  await expect(tooltip.textContent()).resolves.toContain('unknown metric or kpi `csta`: did you mean `csat`?');
  await expect(page.getByTestId('diagnostic-item').first().getAttribute('data-code')).resolves.toBe('YS104');
  await session.step('unknown metric underlined');

  // creating it is refused by the service with the same diagnostic
  await page.mouse.move(0, 0);
  await page.getByTestId('create-button').click();
  await page.getByTestId('create-error').waitFor();
  await session.step('create refused');

  // the suggested fix replaces the name
  await page.locator('.cm-lintRange-error').hover();
  await page.locator('.cm-tooltip-lint button', { hasText: 'Replace with csat' }).click();
  expect(await until(() => errorSquiggles(page), [])).toEqual([]);
  await expect(editorText(page)).resolves.toContain('kpi csat_score "CSAT" = csat * 100');
  await page.getByText('No problems found.').waitFor();
  await session.step('fixed');

  await page.getByTestId('create-button').click();
  await page.getByTestId('scorecard-key').waitFor();
  await expect(page.getByTestId('scorecard-key').textContent()).resolves.toBe('browser_card');
  await page.getByTestId('draft-chip').waitFor();
  await session.step('created as draft v1');

  // a key changed in the text is a storage rule only the service knows: publishing is refused with it
  await typeSource(page, (await editorText(page)).replace('scorecard browser_card', 'scorecard renamed_card'));
  await page.getByTestId('publish-button').click();
  await page.getByTestId('publish-effective-from').fill('2021-01-01');
  await page.getByTestId('publish-confirm').click();
  await page.getByTestId('publish-refused').waitFor();
  await expect(page.getByTestId('publish-refused').textContent()).resolves.toContain('YS902');
  expect(await until(() => errorSquiggles(page), ['renamed_card'])).toEqual(['renamed_card']);
  await session.step('publish refused');

  await typeSource(page, (await editorText(page)).replace('scorecard renamed_card', 'scorecard browser_card'));
  expect(await until(() => errorSquiggles(page), [])).toEqual([]);
  await page.getByTestId('publish-button').click();
  await page.getByTestId('publish-effective-from').fill('2021-01-01');
  await page.getByTestId('publish-confirm').click();
  await page.getByText('Published v1 from 2021-01-01').waitFor();
  await session.step('published');
  const stored = await api.gql<{ scorecard: { versions: { version: number; status: string; effectiveFrom: string | null }[] } }>(
    'query { scorecard(key: "browser_card") { versions { version status effectiveFrom } } }');
  expect(stored.data?.scorecard.versions).toEqual([{ version: 1, status: 'PUBLISHED', effectiveFrom: '2021-01-01' }]);

  // the weights table: totals live, a change rewrites the source through the formatter, comments kept
  await page.getByTestId('tab-tables').click();
  const csat = page.getByTestId('weight-normal-csat_score');
  await csat.fill('70');
  await expect(page.getByTestId('weight-total-normal').textContent()).resolves.toBe('110%');
  await expect(page.getByTestId('weight-total-normal').getAttribute('data-ok')).resolves.toBe('false');
  await session.step('weight total live');
  await csat.press('Enter');
  await page.getByTestId('weight-normal-volume_score').fill('30');
  await page.getByTestId('weight-normal-volume_score').press('Enter');
  expect(await until(() => page.getByTestId('weight-total-normal').getAttribute('data-ok'), 'true')).toBe('true');
  await session.step('weights changed');
  await page.getByTestId('tab-source').click();
  const rewritten = await editorText(page);
  expect(rewritten).toContain('csat_score: 70%, volume_score: 30%');
  expect(rewritten).toContain('# satisfied share');
  await page.getByTestId('unsaved-chip').waitFor();
  await session.step('source rewritten');

  await page.getByTestId('save-button').click();
  await page.getByText('Draft v2 saved').waitFor();
  await page.getByTestId('tab-versions').click();
  await page.getByTestId('version-diff').waitFor();
  await expect(page.locator('[data-testid="diff-left"][data-kind="removed"]').allTextContents()).resolves.toEqual(['  profile normal default { csat_score: 60%, volume_score: 40% }']);
  await expect(page.locator('[data-testid="diff-right"][data-kind="added"]').allTextContents()).resolves.toEqual(['  profile normal default { csat_score: 70%, volume_score: 30% }']);
  await session.step('versions side by side');

  expect(session.errors).toEqual([]);
  await session.close();
});

it('previews the draft against the published version before publishing', async () => {
  const session = await openSession(browser, { test: 'scorecards/preview' });
  const { page } = session;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
  const listed = await api.gql<{ scorecard: { id: string } }>('query { scorecard(key: "frontline") { id } }');
  await page.goto(`${api.url}/#/Scorecard/${listed.data?.scorecard.id}`);
  await page.locator('.cm-content').waitFor();
  // weigh csat more in the normal profile: the order of agents changes
  await page.getByTestId('tab-tables').click();
  await page.getByTestId('weight-normal-csat_score').fill('45');
  await page.getByTestId('weight-normal-csat_score').press('Enter');
  await page.getByTestId('weight-normal-resolution_score').fill('5');
  await page.getByTestId('weight-normal-resolution_score').press('Enter');
  expect(await until(() => page.getByTestId('weight-total-normal').getAttribute('data-ok'), 'true')).toBe('true');
  await page.getByTestId('tab-preview').click();
  await page.getByTestId('preview-period').fill('2021-02');
  await page.getByTestId('preview-run').click();
  await page.getByTestId('preview-table').waitFor({ timeout: 60_000 });
  await session.step('preview');
  await expect(page.getByTestId('preview-result').textContent()).resolves.toContain('Compared with published v1');
  const rows = await page.locator('[data-testid="preview-table"] tbody tr').count();
  expect(rows).toBeGreaterThan(0);
  await expect(page.getByTestId('preview-summary').textContent()).resolves.toMatch(/scores? changes?/);
  expect(session.errors).toEqual([]);
  await session.close();
});

it('shows a supervisor the scorecard read-only, with the editor still explaining names', async () => {
  const session = await openSession(browser, { test: 'scorecards/read-only', locale: 'zh-CN' });
  const { page } = session;
  await logIn(page, api.url, 'supervisor', 'demo-supervisor');
  await page.getByTestId('dashboard-welcome').waitFor();
  const listed = await api.gql<{ scorecard: { id: string } }>('query { scorecard(key: "frontline") { id } }');
  await page.goto(`${api.url}/#/Scorecard/${listed.data?.scorecard.id}/show`);
  await page.locator('.cm-content').waitFor();
  await expect(page.locator('.cm-content').getAttribute('contenteditable')).resolves.toBe('false');
  await expect(page.getByTestId('publish-button').count()).resolves.toBe(0);
  await page.locator('.cm-line', { hasText: 'kpi csat_score' }).locator('.ys-tok-kpi').first().hover();
  await page.locator('.cm-tooltip-hover').waitFor();
  await expect(page.locator('.cm-tooltip-hover').textContent()).resolves.toContain('csat_score');
  await session.step('read only in chinese');
  expect(session.errors).toEqual([]);
  await session.close();
});

it('completes names at the cursor and formats the source with the language formatter', async () => {
  const session = await openSession(browser, { test: 'scorecards/complete-format' });
  const { page } = session;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
  await page.goto(`${api.url}/#/Scorecard/create`);
  await page.locator('.cm-content').waitFor();
  await typeSource(page, 'scorecard messy {\nmetric handled=count()\nmetric csat=count(rating>=4)/count() as percent # share\nkpi k=cs');
  const options = page.locator('.cm-tooltip-autocomplete li');
  await options.first().waitFor();
  const labels = await page.locator('.cm-tooltip-autocomplete .cm-completionLabel').allTextContents();
  expect(labels).toContain('csat');
  await session.step('completion');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(' * 100\nprofile p default {k:100%}\n}\n');
  await expect(editorText(page)).resolves.toContain('kpi k=csat * 100');
  await page.getByTestId('format-button').click();
  const formatted = [
    'scorecard messy {',
    '  metric handled = count()',
    '  metric csat = count(rating >= 4) / count() as percent  # share',
    '  kpi k = csat * 100',
    '  profile p default { k: 100% }',
    '}',
    '',
  ].join('\n');
  expect(await until(() => editorText(page), formatted)).toBe(formatted);
  await session.step('formatted');
  expect(session.errors).toEqual([]);
  await session.close();
});
