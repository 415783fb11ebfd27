import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, nameCell, openSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';

// Roles that may not change the organisation do not see the buttons that would: no create, no edit, no delete,
// and an edit address typed by hand is refused. What they see is what the api lets them read.

let api: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('shows a supervisor their team read-only', async () => {
  const session = await openSession(browser, { test: 'roles-supervisor' });
  const { page } = session;
  await logIn(page, api.url, 'supervisor', 'demo-supervisor');
  await expect(page.getByTestId('role-chip').textContent()).resolves.toBe('Supervisor');
  await page.getByRole('menuitem', { name: 'Agents' }).click();
  await nameCell(page, 'Becky').waitFor();
  await session.step('agents list');
  // team North only (docs/service.md: the supervisor sees Becky, Dan, Diane, Greg)
  await expect(page.locator('tbody tr').count()).resolves.toBe(4);
  await expect(page.getByRole('link', { name: 'Create' }).count()).resolves.toBe(0);
  await expect(page.getByRole('checkbox', { name: 'Select all' }).count()).resolves.toBe(0);

  await nameCell(page, 'Becky').click();
  await page.waitForURL(/#\/Agent\/\d+\/show$/);
  await page.getByText('2018-03-12').or(page.getByText('3/12/2018')).first().waitFor();
  await session.step('agent shown');
  await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);

  const id = /#\/Agent\/(\d+)\/show/.exec(page.url())?.[1];
  await page.goto(`${api.url}/#/Agent/${id}`);
  await page.getByText('Access denied').first().waitFor();
  await session.step('edit refused');
  await expect(page.locator('input[name="name"]').count()).resolves.toBe(0);
  await session.close();
});

it('lets an admin see the same buttons', async () => {
  const session = await openSession(browser, { test: 'roles-admin' });
  const { page } = session;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByRole('menuitem', { name: 'Teams' }).click();
  await nameCell(page, 'North').waitFor();
  await expect(page.getByRole('link', { name: 'Create' }).count()).resolves.toBe(1);
  await session.step('teams list');
  await session.close();
});

it('keeps hr and auditors to reading, and the organisation settings too', async () => {
  for (const [user, password] of [['hr', 'demo-hr-pass'], ['auditor', 'demo-auditor']]) {
    const session = await openSession(browser, { test: `roles-${user}` });
    const { page } = session;
    await logIn(page, api.url, user, password);
    await page.getByRole('menuitem', { name: 'Teams' }).click();
    await nameCell(page, 'North').waitFor();
    await expect(page.getByRole('link', { name: 'Create' }).count()).resolves.toBe(0);
    // a row opens the team with its agents, read-only
    await nameCell(page, 'North').click();
    await nameCell(page, 'Greg').waitFor();
    await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
    await session.step('team shown');
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByText('Only administrators may change these settings.').waitFor();
    await expect(page.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);
    await session.step('settings read-only');
    await expect(page.getByRole('menuitem', { name: 'Imports' }).count()).resolves.toBe(0);
    await session.close();
  }
});

it('shows an agent only themselves', async () => {
  const session = await openSession(browser, { test: 'roles-agent' });
  const { page } = session;
  await logIn(page, api.url, 'becky', 'demo-agent');
  await page.getByRole('menuitem', { name: 'Agents' }).click();
  await nameCell(page, 'Becky').waitFor();
  await expect(page.locator('tbody tr').count()).resolves.toBe(1);
  await session.step('only herself');
  await session.close();
});
