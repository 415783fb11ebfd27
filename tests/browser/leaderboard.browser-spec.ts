import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { launchBrowser, logIn, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { choose, openLeaderboard, settledRows, shownOrder, waitForLeader } from './leaderboard-support';

// The leaderboard against the real scores: periods, team and profile choices, sorting and filtering in the
// browser, and CSV and Excel exports of exactly what is shown, with scores rounded to two decimals. A supervisor
// sees their team only.

let api: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

interface Ranked { agent: { name: string }; score: number | null; rank: number | null }

const apiOrder = async (period: string, extra = ''): Promise<Ranked[]> => {
  const result = await api.gql<{ scores: { edges: { node: Ranked }[] } }>(
    `query { scores(scorecard: "frontline", period: { ${period} }${extra}) { edges { node { agent { name } score rank } } } }`);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.scores.edges.map((edge) => edge.node);
};

describe('as an admin', () => {
  let session: ConsoleSession;
  let page: Page;

  beforeAll(async () => {
    session = await openSession(browser, { test: 'leaderboard/admin' });
    page = session.page;
    await logIn(page, api.url, 'admin', 'demo-admin');
    await page.getByTestId('dashboard-welcome').waitFor();
  });

  afterAll(() => session?.close());

  it('ranks every agent of a month as the api does', async () => {
    await page.getByRole('menuitem', { name: 'Leaderboard' }).click();
    await page.getByTestId('period-picker').waitFor();
    await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-01');
    const expected = await apiOrder('month: "2021-01"');
    await expect(shownOrder(page)).resolves.toEqual(expected.map((row) => row.agent.name));
    const scores = await page.getByTestId('cell-score').allTextContents();
    expect(scores).toEqual(expected.map((row) => (row.score === null ? '—' : (Math.round(row.score * 100) / 100).toFixed(2))));
    await session.step('january');
  });

  it('moves to the next period and to a week', async () => {
    await page.getByRole('button', { name: 'Next period' }).click();
    await page.waitForURL(/period=month%3A2021-02/);
    await waitForLeader(page, (await apiOrder('month: "2021-02"'))[0].agent.name);
    await choose(page, 'period-kind', 'Week');
    await page.waitForURL(/period=week%3A2021-W05/);
    await settledRows(page);
    const expected = await apiOrder('week: "2021-W05"');
    await waitForLeader(page, expected[0].agent.name);
    await expect(shownOrder(page)).resolves.toEqual(expected.map((row) => row.agent.name));
    await session.step('week 2021-W05');
  });

  it('sorts and filters in the browser', async () => {
    await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-03');
    await page.getByTestId('sort-agent').click();
    await expect(shownOrder(page)).resolves.toEqual(['Becky', 'Dan', 'Diane', 'Greg', 'Jim', 'Joe', 'Martha', 'Stewart']);
    await page.getByTestId('sort-score').click();
    const byScore = (await apiOrder('month: "2021-03"')).map((row) => row.agent.name);
    await expect(shownOrder(page)).resolves.toEqual(byScore);
    await page.getByTestId('sort-score').click();
    await expect(shownOrder(page)).resolves.toEqual([...byScore].reverse());
    await page.getByTestId('leaderboard-search').fill('an');
    await expect(shownOrder(page)).resolves.toEqual(['Diane', 'Dan']);
    await expect(page.getByTestId('leaderboard-count').textContent()).resolves.toBe('2 of 8 agents');
    await session.step('sorted by score ascending, filtered');
    await page.getByTestId('leaderboard-search').fill('');
  });

  it('shows one team, and scores with an explicit profile', async () => {
    await choose(page, 'team-select', 'North');
    await page.waitForURL(/team=1/);
    await page.waitForFunction('document.querySelectorAll(\'[data-testid="leaderboard-row"]\').length === 4');
    await choose(page, 'team-select', 'All teams');
    await page.waitForFunction('document.querySelectorAll(\'[data-testid="leaderboard-row"]\').length === 8');
    await page.getByTestId('sort-rank').click();
    await choose(page, 'profile-select', /双11大促/);
    await page.waitForURL(/profile=double11/);
    const promoted = await apiOrder('month: "2021-03"', ', profile: "double11"');
    await waitForLeader(page, promoted[0].agent.name);
    await expect(page.getByTestId('segment').first().textContent()).resolves.toContain('chosen');
    await session.step('march under the promotion profile');
  });

  it('exports what is shown to CSV and Excel, scores with two decimals', async () => {
    await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-03');
    await page.getByTestId('leaderboard-search').fill('e');
    const shown = await shownOrder(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('leaderboard-frontline-2021-03.csv');
    const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Rank,Team rank,Agent,External id,Team,Score,接通率,解决率,满意度,平均应答速度,30秒接通率,通话时长,Targets met,Targets,Records,Profile');
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(shown);
    for (const line of lines.slice(1)) expect(line.split(',')[5]).toMatch(/^\d+\.\d\d$/);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('leaderboard-frontline-2021-03.xlsx');
    const sheet = await readSheet(await xlsx.path());
    expect(sheet[0][5]).toBe('Score');
    expect(sheet.slice(1).map((row) => row[2])).toEqual(shown);
    const csvScores = lines.slice(1).map((line) => Number(line.split(',')[5]));
    expect(sheet.slice(1).map((row) => row[5])).toEqual(csvScores);
    await session.step('exported');
    expect(session.errors.filter((error) => !error.includes('InputProps'))).toEqual([]);
  });
});

describe('as a supervisor', () => {
  it("shows the supervisor's team only", async () => {
    const session = await openSession(browser, { test: 'leaderboard/supervisor' });
    const { page } = session;
    await logIn(page, api.url, 'supervisor', 'demo-supervisor');
    await page.getByTestId('dashboard-welcome').waitFor();
    await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-03');
    await expect(shownOrder(page).then((names) => [...names].sort())).resolves.toEqual(['Becky', 'Dan', 'Diane', 'Greg']);
    await session.step('team north only');
    await session.close();
  });
});
