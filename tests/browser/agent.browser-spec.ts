import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { openLeaderboard } from './leaderboard-support';

// An agent's page, opened from the leaderboard: score and rank as the api computes them (rounded half away from
// zero), the trend over the last periods, kpis against targets, and the explanation tree of March 2021 — which
// straddles the scheduled promotion week, so the score is made of three segments, each with its kpis, their
// weights and tier branches, down to the aggregates and the records each used.

let api: BrowserApp;
let browser: Browser;
let session: ConsoleSession;
let page: Page;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  session = await openSession(browser, { test: 'agent' });
  page = session.page;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await api?.close();
});

interface Explained { score: number; rank: number; tree: { records: number; children: { kind: string; records?: number; children: { kind: string; branch?: string }[] }[] } }

const beckyId = async (): Promise<string> => {
  const result = await api.gql<{ allAgents: { id: string }[] }>('query { allAgents(filter: { externalId: "Becky" }) { id } }');
  const id = result.data?.allAgents[0]?.id;
  if (!id) throw new Error('the demo has no agent Becky');
  return id;
};

const explain = async (): Promise<Explained> => {
  const result = await api.gql<{ explainScore: Explained }>(
    `query { explainScore(scorecard: "frontline", period: { month: "2021-03" }, agent: "${await beckyId()}") { score rank tree } }`);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.explainScore;
};


it("opens an agent's page from the leaderboard with the score and rank the api computed", async () => {
  await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-03');
  await session.step('leaderboard march');
  await page.locator('[data-testid="leaderboard-row"][data-agent="Becky"]').getByTestId('agent-link').click();
  await page.getByTestId('agent-summary').waitFor();
  const expected = await explain();
  await expect(page.getByTestId('agent-name').textContent()).resolves.toBe('Becky');
  // 80.34602122015914 → 80.35, half away from zero
  await expect(page.getByTestId('agent-score').textContent()).resolves.toBe((Math.round(expected.score * 100) / 100).toFixed(2));
  await expect(page.getByTestId('agent-rank').textContent()).resolves.toBe(`#${expected.rank}`);
  await page.getByTestId('kpi-table').waitFor();
  await expect(page.getByTestId('targets-table').textContent()).resolves.toMatch(/asa.*<= 1m 00s.*missed/);
  await page.getByTestId('trend-chart').locator('svg.recharts-surface').first().waitFor();
  await session.step('agent page');
});

it('shows the explanation tree: segments, kpis with weights and branches, aggregates with record counts', async () => {
  const tree = (await explain()).tree;
  const segments = tree.children.filter((node) => node.kind === 'segment');
  expect(segments).toHaveLength(3);
  await page.getByTestId('explanation-tree').waitFor();
  await expect(page.locator('[data-testid="explain-row"][data-kind="segment"]').count()).resolves.toBe(3);
  await expect(page.locator('[data-testid="explain-row"][data-kind="score"]').getByTestId('explain-records').textContent())
    .resolves.toBe(`${tree.records} records`);
  const segmentRecords = await page.locator('[data-testid="explain-row"][data-kind="segment"]').getByTestId('explain-records').allTextContents();
  expect(segmentRecords).toEqual(segments.map((segment) => `${segment.records} records`));
  const branches = await page.getByTestId('explain-branch').allTextContents();
  expect(branches.length).toBeGreaterThan(0);
  expect(branches[0]).toMatch(/^branch (>=|<=|else)/);
  await session.step('explanation');

  await page.getByTestId('expand-all').click();
  const aggregate = page.locator('[data-testid="explain-row"][data-kind="aggregate"]').first();
  await aggregate.waitFor();
  await expect(aggregate.getByTestId('explain-records').textContent()).resolves.toMatch(/^\d+ records?$/);
  await session.step('explanation expanded to the records');

  await page.getByTestId('explanation-text-tab').click();
  await expect(page.getByTestId('explanation-text').textContent()).resolves.toContain('records');
  await session.step('explanation as text');
  expect(session.errors.filter((error) => !error.includes('InputProps'))).toEqual([]);
});

it('opens the records one aggregate used: as many rows as the tree counts', async () => {
  await page.getByRole('tab', { name: 'Tree' }).click();
  await page.getByTestId('expand-all').click();
  const rows = page.locator('[data-testid="explain-row"][data-kind="aggregate"]');
  await rows.first().waitFor();
  // the aggregate with the fewest records over one page of 50 (else the fewest): it pages, and most likely filters,
  // so a page dropped or a filter the api ignored would show
  const counts = (await rows.getByTestId('explain-records').allTextContents()).map((text) => Number(/^(\d+)/.exec(text)?.[1] ?? 0));
  const fewest = (least: number) => counts.reduce((best, n, i) => (n > least && (best < 0 || n < counts[best]) ? i : best), -1);
  const index = fewest(50) >= 0 ? fewest(50) : fewest(0);
  expect(index).toBeGreaterThanOrEqual(0);
  const expected = counts[index];
  await rows.nth(index).getByTestId('explain-open-records').click();
  const dialog = page.getByTestId('aggregate-records');
  await expect(dialog.getByTestId('aggregate-records-total').filter({ hasText: /\d/ }).textContent())
    .resolves.toBe(`${expected} record${expected === 1 ? '' : 's'}`);
  await dialog.getByTestId('record-row').first().waitFor();
  // its columns are the fields that aggregate reads (all named in its text), not a fixed set
  const aggregateText = (await rows.nth(index).textContent()) ?? '';
  const columns = await dialog.getByTestId('record-column').allTextContents();
  expect(columns.every((field) => aggregateText.includes(field))).toBe(true);
  await session.step('records of an aggregate');
  let seen = await dialog.getByTestId('record-row').count();
  let pages = 1;
  while (await dialog.getByTestId('records-next').isEnabled()) {
    const before = await dialog.getByTestId('record-row').first().getAttribute('data-record');
    await dialog.getByTestId('records-next').click();
    // the next page is on screen when its first record is another one (the old rows stay until the answer comes)
    await dialog.locator(`tbody > [data-testid="record-row"]:first-child:not([data-record="${before ?? ''}"])`).waitFor();
    seen += await dialog.getByTestId('record-row').count();
    pages += 1;
  }
  expect(pages).toBe(Math.max(1, Math.ceil(expected / 50)));
  expect(seen).toBe(expected);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(session.errors.filter((error) => !error.includes('InputProps'))).toEqual([]);
});
