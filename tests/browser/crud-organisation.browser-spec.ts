import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, nameCell, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';

// The rest of the organisation through the console: a group, a team in it, a custom field (the api's refusal of
// a name that shadows a built-in record field shows under the name input), and the time zone in the settings.

let api: BrowserApp;
let browser: Browser;
let session: ConsoleSession;
let page: Page;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  session = await openSession(browser, { test: 'crud-organisation' });
  page = session.page;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await api?.close();
});

it('creates a vendor group and a team in it', async () => {
  await page.getByRole('menuitem', { name: 'Groups' }).click();
  await nameCell(page, 'Demo call centre').waitFor();
  await page.getByRole('link', { name: 'Create' }).click();
  await page.locator('input[name="name"]').fill('Outsourced East');
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Outsourced vendor' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await nameCell(page, 'Outsourced East').waitFor();
  await session.step('group created');

  await page.getByRole('menuitem', { name: 'Teams' }).click();
  await page.getByRole('link', { name: 'Create' }).click();
  await page.locator('input[name="name"]').fill('East');
  const group = page.getByRole('combobox', { name: 'Group' });
  await group.click();
  await group.fill('Outsourced');
  await page.getByRole('option', { name: 'Outsourced East' }).click();
  await page.locator('textarea[name="attributes"]').fill('{"site": "Chengdu"}');
  await page.getByRole('button', { name: 'Save' }).click();
  await nameCell(page, 'East').waitFor();
  await session.step('team created');
  const { data } = await api.gql<{ allTeams: { name: string; group: { name: string } | null; attributes: object }[] }>(
    '{ allTeams(filter: { q: "East" }) { name group { name } attributes } }');
  expect(data?.allTeams).toEqual([{ name: 'East', group: { name: 'Outsourced East' }, attributes: { site: 'Chengdu' } }]);
});

it('refuses attributes that are not a JSON object before sending them', async () => {
  await nameCell(page, 'East').click();
  await page.locator('textarea[name="attributes"]').fill('{"site": ');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('.ra-input-attributes').getByText('Must be a JSON object').waitFor();
  await session.step('attributes refused');
  await page.getByRole('menuitem', { name: 'Teams' }).click();
});

it('shows the api refusing a field name that shadows a built-in field under the name input', async () => {
  await page.getByRole('menuitem', { name: 'Custom fields' }).click();
  await page.getByRole('link', { name: 'Create' }).click();
  await page.locator('input[name="name"]').fill('rating');
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Number' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  const nameInput = page.locator('.ra-input-name');
  await nameInput.locator('.Mui-error').first().waitFor();
  await session.step('built-in name refused');
  await expect(nameInput.textContent()).resolves.toMatch(/built-in|record field/i);

  await page.locator('input[name="name"]').fill('survey_score');
  await page.locator('input[name="label"]').fill('Survey score');
  await page.getByRole('button', { name: 'Save' }).click();
  await nameCell(page, 'survey_score').waitFor();
  await session.step('field created');
});

it('changes the time zone in the settings', async () => {
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.click();
  await zone.fill('Asia/Shang');
  await page.getByRole('option', { name: 'Asia/Shanghai' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Settings saved').waitFor();
  await session.step('time zone saved');
  const { data } = await api.gql<{ organisation: { timeZone: string } }>('{ organisation { timeZone } }');
  expect(data?.organisation.timeZone).toBe('Asia/Shanghai');
  expect(session.errors).toEqual([]);
});
