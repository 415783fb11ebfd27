import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, nameCell, openSession, type ConsoleSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';

// An admin creates, edits and deletes an agent through the console's forms; the api's refusal of a taken external
// id shows under that input. Each step is checked in the database through the api too.

let api: BrowserApp;
let browser: Browser;
let session: ConsoleSession;
let page: Page;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  session = await openSession(browser, { test: 'crud-agent' });
  page = session.page;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByTestId('dashboard-welcome').waitFor();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await api?.close();
});

const agentByExternalId = async (externalId: string) => {
  const result = await api.gql<{ allAgents: { id: string; name: string; team: { name: string } | null; baseBonus: string | null; hiredOn: string | null }[] }>(
    'query ($e: String) { allAgents(filter: { externalId: $e }) { id name team { name } baseBonus hiredOn } }', { e: externalId });
  return result.data?.allAgents[0] ?? null;
};

/** Picks `option` in the react-admin autocomplete labelled `label`. */
async function chooseTeam(option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Team' });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option }).click();
}

it('creates an agent', async () => {
  await page.getByRole('menuitem', { name: 'Agents' }).click();
  await nameCell(page, 'Becky').waitFor();
  await session.step('agents list');
  await page.getByRole('link', { name: 'Create' }).click();
  await page.locator('input[name="externalId"]').fill('Zoe');
  await page.locator('input[name="name"]').fill('Zoe Zhang');
  await chooseTeam('South');
  await page.locator('input[name="baseBonus"]').fill('4200.50');
  await page.locator('input[name="hiredOn"]').fill('2021-02-01');
  await page.locator('textarea[name="attributes"]').fill('{"shift": "night"}');
  await session.step('create form filled');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Element created').waitFor();
  await page.locator('td.column-name', { hasText: 'Zoe Zhang' }).waitFor();
  await session.step('created');
  await expect(agentByExternalId('Zoe')).resolves.toMatchObject({ name: 'Zoe Zhang', team: { name: 'South' }, baseBonus: '4200.50', hiredOn: '2021-02-01' });
});

it('shows the api refusing a taken external id under that input', async () => {
  await page.getByRole('link', { name: 'Create' }).click();
  await page.locator('input[name="externalId"]').fill('Becky');
  await page.locator('input[name="name"]').fill('Second Becky');
  await page.getByRole('button', { name: 'Save' }).click();
  // under the input (react-admin's helper text of `externalId`), not as a notification
  await page.locator('.ra-input-externalId').getByText('Another agent has this external id.').waitFor();
  await session.step('external id taken');
  await expect(agentByExternalId('Becky')).resolves.toMatchObject({ name: 'Becky' });
});

it('edits the agent', async () => {
  await page.getByRole('menuitem', { name: 'Agents' }).click();
  await page.locator('td.column-name', { hasText: 'Zoe Zhang' }).click();
  await page.locator('input[name="name"]').waitFor();
  await expect(page.locator('input[name="name"]').inputValue()).resolves.toBe('Zoe Zhang');
  await page.locator('input[name="name"]').fill('Zoe Zhao');
  await chooseTeam('North');
  await session.step('edit form');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Element updated').waitFor();
  await nameCell(page, 'Zoe Zhao').waitFor();
  await session.step('edited');
  await expect(agentByExternalId('Zoe')).resolves.toMatchObject({ name: 'Zoe Zhao', team: { name: 'North' }, baseBonus: '4200.50' });
});

it('searches and filters the list', async () => {
  await page.getByPlaceholder('Search').fill('zoe');
  await nameCell(page, 'Becky').waitFor({ state: 'detached' });
  await expect(page.locator('tbody tr').count()).resolves.toBe(1);
  await nameCell(page, 'Zoe Zhao').waitFor();
  await session.step('searched');
  await page.getByPlaceholder('Search').fill('');
  await nameCell(page, 'Becky').waitFor();
});

it('deletes the agent', async () => {
  await nameCell(page, 'Zoe Zhao').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('Element deleted').waitFor();
  await session.step('deleted');
  await expect(nameCell(page, 'Zoe Zhao').count()).resolves.toBe(0);
  await expect(agentByExternalId('Zoe')).resolves.toBeNull();
  expect(session.errors).toEqual([]);
});
