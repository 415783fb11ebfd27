import { copyFileSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { launchBrowser, logIn, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { choose } from './leaderboard-support';

// The import wizard against the real ingest endpoint: the call-centre CSV (5,000 PwC calls) with three broken rows
// appended goes in through the demo's saved mapping, under the demo's source, so its 5,000 records come back
// unchanged and the three broken rows are reported with their line and reason. An Excel file is read in the
// browser and sent as CSV. The mapping is saved for next time.

const FIXTURE = join(__dirname, '../fixtures/pwc-call-centre/call_centre_clean.csv');
const BROKEN_ROWS = [
  'ID9001,Nobody,2021-03-31,10:00:00,2021-03-31T10:00:00,2021-03,Streaming,Y,Y,10,100,4',
  'ID9002,Becky,2021-03-31,10:05:00,2021-03-31T10:05:00,2021-03,Streaming,maybe,Y,10,100,4',
  'ID9003,Dan,2021-03-31,10:10:00,not-a-time,2021-03,Streaming,Y,Y,10,100,4',
];

let api: BrowserApp;
let browser: Browser;
let session: ConsoleSession;
let page: Page;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ys-import-'));
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  session = await openSession(browser, { test: 'imports' });
  page = session.page;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await api?.close();
  rmSync(folder, { recursive: true, force: true });
});

const mappings = async () => (await api.gql<{ allColumnMappings: { name: string; mapping: Record<string, string> }[] }>(
  'query { allColumnMappings(perPage: 100) { name mapping } }')).data?.allColumnMappings ?? [];

it('imports the call-centre CSV through the wizard and reports the rejected rows', async () => {
  const file = join(folder, 'call_centre_clean.csv');
  copyFileSync(FIXTURE, file);
  appendFileSync(file, `${BROKEN_ROWS.join('\n')}\n`);

  await page.getByRole('menuitem', { name: 'Imports' }).click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  await expect(page.getByTestId('import-send').isDisabled()).resolves.toBe(true);
  await expect(page.getByTestId('import-missing').textContent()).resolves.toContain('external_id');
  await session.step('preview before mapping');

  await choose(page, 'saved-mapping', 'pwc-call-centre');
  await page.getByTestId('preview-feeds').filter({ hasText: '→ wait_seconds' }).waitFor();
  await page.getByTestId('import-source').fill('pwc-call-centre');
  await expect(page.getByTestId('import-send').textContent()).resolves.toBe('Import 5003 rows');
  await session.step('mapped with the saved mapping');

  await page.getByTestId('mapping-name').fill('call centre (browser test)');
  await page.getByTestId('mapping-save').click();
  await page.getByText('Mapping saved').waitFor();
  const saved = (await mappings()).find((m) => m.name === 'call centre (browser test)');
  expect(saved?.mapping).toEqual({
    external_id: 'call_id', occurred_at: 'datetime', wait_seconds: 'speed_of_answer_s', talk_seconds: 'talk_duration_s',
    rating: 'satisfaction_rating',
  });

  await page.getByTestId('import-send').click();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('count-received').textContent()).resolves.toBe('Received: 5003');
  await expect(page.getByTestId('count-unchanged').textContent()).resolves.toBe('Unchanged: 5000');
  await expect(page.getByTestId('count-rejected').textContent()).resolves.toBe('Rejected: 3');
  const rejections = await page.getByTestId('rejection-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
  expect(rejections).toEqual([
    ['5002', 'agent', 'no agent has the external id "Nobody": create the agent first'],
    ['5003', 'answered', '"maybe" is not a boolean (write Y/N, yes/no, true/false or 1/0)'],
    ['5004', 'occurred_at', expect.stringContaining('"not-a-time" is not a timestamp')],
  ]);
  await session.step('rejected rows');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejections').click()]);
  expect(download.suggestedFilename()).toBe('call_centre_clean-rejected.csv');
});

it('reads an Excel file in the browser and sends it as CSV, mapped by hand', async () => {
  const file = join(folder, 'calls.xlsx');
  const header = ['Call', 'Agent', 'When', 'Answered', 'Wait'];
  const when = (day: number) => new Date(Date.UTC(2021, 2, day, 9, 30));
  await writeXlsxFile([
    header.map((value) => ({ value })),
    [{ value: 'X1' }, { value: 'Becky' }, { value: when(30), type: Date, format: 'yyyy-mm-dd hh:mm' }, { value: 'Y' }, { value: 12 }],
    [{ value: 'X2' }, { value: 'Dan' }, { value: when(30), type: Date, format: 'yyyy-mm-dd hh:mm' }, { value: 'N' }, null],
    [{ value: 'X3' }, { value: 'Zed' }, { value: when(31), type: Date, format: 'yyyy-mm-dd hh:mm' }, { value: 'Y' }, { value: 40 }],
  ]).toFile(file);

  await page.getByTestId('import-again').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  await choose(page, 'map-external_id', 'Call');
  await choose(page, 'map-occurred_at', 'When');
  await page.getByLabel('All fields').check();
  await choose(page, 'map-wait_seconds', 'Wait');
  await page.getByTestId('import-source').fill('excel-upload');
  await expect(page.getByTestId('import-preview').textContent()).resolves.toContain('2021-03-30T09:30:00');
  await session.step('excel file mapped');
  await page.getByTestId('import-send').click();
  await page.getByTestId('import-result').waitFor();
  await expect(page.getByTestId('count-inserted').textContent()).resolves.toBe('New: 2');
  await expect(page.getByTestId('count-rejected').textContent()).resolves.toBe('Rejected: 1');
  await page.getByTestId('rejection-row').filter({ hasText: 'no agent has the external id "Zed"' }).waitFor();
  await session.step('excel result');

  const stored: { external_id: string; wait_seconds: string | number | null; occurred_at: Date }[] = await api.db.dataSource.query(
    "SELECT external_id, wait_seconds, occurred_at FROM interactions WHERE source = 'excel-upload' ORDER BY external_id");
  expect(stored.map((row) => [row.external_id, row.wait_seconds === null ? null : Number(row.wait_seconds), row.occurred_at.toISOString()]))
    .toEqual([['X1', 12, '2021-03-30T09:30:00.000Z'], ['X2', null, '2021-03-30T09:30:00.000Z']]);
  expect(session.errors.filter((error) => !error.includes('InputProps'))).toEqual([]);
});
