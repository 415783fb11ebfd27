import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';
import { openLeaderboard, shownOrder, waitForLeader } from './leaderboard-support';

// Profiles: an admin switches the demo scorecard to its promotion profile "双11大促" now (button → reason →
// Switch: two clicks), goes back to normal, and switches February 2021 to the promotion, which reorders
// February's leaderboard (Dan leads under the normal weights, Becky under the promotion's).

let api: BrowserApp;
let browser: Browser;
let session: ConsoleSession;
let page: Page;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  session = await openSession(browser, { test: 'profiles' });
  page = session.page;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await api?.close();
});

const overrides = async () => (await api.gql<{ profileOverrides: { id: string; profile: string; from: string; to: string; reason: string; active: boolean }[] }>(
  'query { profileOverrides(scorecard: "frontline", includeCleared: true) { id profile from to reason active } }')).data?.profileOverrides ?? [];

it('shows the schedule on the timeline', async () => {
  await page.getByRole('menuitem', { name: 'Profiles' }).click();
  await page.getByTestId('profile-now-name').waitFor();
  await expect(page.getByTestId('profile-now-name').textContent()).resolves.toBe('日常运营 (normal)');
  await page.getByTestId('window-double11').click();
  await page.locator('[data-testid="timeline-stretch"][data-source="SCHEDULE"]').waitFor();
  await expect(page.locator('[data-testid="timeline-stretch"][data-source="SCHEDULE"]').getAttribute('data-profile')).resolves.toBe('double11');
  await session.step('timeline of the schedule');
});

it('switches to the promotion now with a reason in two clicks', async () => {
  await page.getByTestId('switch-double11').click(); // click 1
  await page.getByTestId('switch-dialog').waitFor();
  await expect(page.getByRole('combobox', { name: 'Profile' }).textContent()).resolves.toContain('双11大促');
  await page.getByTestId('override-reason').fill('Flash sale on the shop: answer fast');
  await session.step('switch dialog');
  await page.getByTestId('switch-confirm').click(); // click 2
  await page.getByText('Profile switched').waitFor();
  await page.getByTestId('profile-now-name').filter({ hasText: '双11大促 (double11)' }).waitFor();
  await expect(page.getByTestId('profile-now-source').textContent()).resolves.toBe('override');
  await page.locator('[data-testid="override-row"][data-status="running"]').waitFor();
  await session.step('switched now');
  const [override] = await overrides();
  expect(override).toMatchObject({ profile: 'double11', reason: 'Flash sale on the shop: answer fast', active: true });
  // until the end of tomorrow, in the organisation's zone (UTC in the demo)
  expect(Date.parse(override.to) - Date.now()).toBeGreaterThan(24 * 3600_000);
  expect(Date.parse(override.to) - Date.now()).toBeLessThanOrEqual(48 * 3600_000);
});

it('goes back to normal', async () => {
  await page.getByTestId('back-to-normal').click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('Override ended').waitFor();
  await page.locator('[data-testid="override-row"][data-status="cleared"]').waitFor();
  await page.getByTestId('profile-now-name').filter({ hasText: '日常运营 (normal)' }).waitFor();
  await expect(page.getByTestId('back-to-normal').count()).resolves.toBe(0);
  await session.step('back to normal');
  expect((await overrides()).map((o) => o.active)).toEqual([false]);
});

it('switches February to the promotion and the leaderboard reorders', async () => {
  await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-02');
  const before = await shownOrder(page);
  expect(before.slice(0, 2)).toEqual(['Dan', 'Becky']);
  await session.step('february under the normal profile');

  await page.getByRole('menuitem', { name: 'Profiles' }).click();
  await page.getByTestId('switch-double11').click();
  await page.getByTestId('override-from').fill('2021-02-01T00:00');
  await page.getByTestId('override-to').fill('2021-03-01T00:00');
  await page.getByTestId('override-reason').fill('Replay of February under the promotion weights');
  await session.step('february override dialog');
  await page.getByTestId('switch-confirm').click();
  await page.getByText('Profile switched').waitFor();
  expect((await overrides()).find((o) => o.active)).toMatchObject({
    profile: 'double11', from: '2021-02-01T00:00:00.000+00:00', to: '2021-03-01T00:00:00.000+00:00',
  });

  await openLeaderboard(page, api.url, 'scorecard=frontline&period=month%3A2021-02');
  await waitForLeader(page, 'Becky');
  const after = await shownOrder(page);
  expect(after.slice(0, 2)).toEqual(['Becky', 'Dan']);
  expect([...after].sort()).toEqual([...before].sort());
  await expect(page.getByTestId('segment').first().textContent()).resolves.toContain('override');
  await session.step('february under the promotion');
  expect(session.errors.filter((error) => !error.includes('InputProps'))).toEqual([]);
});
