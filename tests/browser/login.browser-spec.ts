import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, openSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';

// Logging in through the console's form against the real api: the demo admin gets the dashboard with their role;
// a wrong password stays on the login page with the api's answer in words.

let api: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('logs the demo admin in and shows the dashboard', async () => {
  const session = await openSession(browser, { test: 'login/good-password' });
  const { page } = session;
  await page.goto(`${api.url}/`);
  await page.locator('input[name="username"]').waitFor();
  await session.step('login page');
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
  await expect(page.getByTestId('dashboard-welcome').textContent()).resolves.toContain('Welcome');
  await expect(page.getByTestId('role-chip').textContent()).resolves.toBe('Administrator');
  await page.getByTestId('dashboard-counts').waitFor();
  await expect(page.getByTestId('dashboard-counts').textContent()).resolves.toMatch(/Agents: 8/);
  await session.step('dashboard');
  expect(session.errors).toEqual([]);
  await session.close();
});

it('refuses a wrong password and says so', async () => {
  const session = await openSession(browser, { test: 'login/bad-password' });
  const { page } = session;
  await logIn(page, api.url, 'admin', 'not-the-password');
  await page.getByText('Wrong username or password.').waitFor();
  await session.step('refused');
  expect(page.url()).toContain('#/login');
  await expect(page.getByTestId('dashboard-welcome').count()).resolves.toBe(0);
  await session.close();
});

it('loads less than 1 MB of compressed JavaScript for the login page, without the editor or charts', async () => {
  const session = await openSession(browser, { test: 'login/first-load' });
  const { page } = session;
  const scripts: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path);
  });
  await page.goto(`${api.url}/`);
  await page.locator('input[name="username"]').waitFor();
  await page.waitForLoadState('networkidle');
  // gzip as a server or CDN would send them (the api serves the files as they are)
  const dist = join(__dirname, '../../apps/admin/dist');
  const gzipped = scripts.map((path) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length);
  const total = gzipped.reduce((sum, size) => sum + size, 0);
  expect(scripts.length).toBeGreaterThan(0);
  expect(total).toBeLessThan(1_000_000);
  expect(scripts.filter((path) => /SourcePanel|TrendChart|ScorecardWorkspace|codemirror|recharts/i.test(path))).toEqual([]);
  await session.close();
});
