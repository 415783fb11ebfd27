import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, nameCell, openSession } from './support/browser';
import { startBrowserApp, type BrowserApp } from './support/browser-app';

// The console speaks the browser's language on the first visit and switches from the app bar; the same page then
// reads in Chinese, react-admin's own words included, and the choice survives a reload.

let api: BrowserApp;
let browser: Browser;

beforeAll(async () => {
  [api, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('switches the agents page to Chinese from the app bar', async () => {
  const session = await openSession(browser, { test: 'i18n-switch', locale: 'en-US' });
  const { page } = session;
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByRole('menuitem', { name: 'Agents' }).click();
  await page.getByRole('columnheader', { name: 'External id' }).waitFor();
  await session.step('agents in English');

  await page.locator('button[aria-controls="simple-menu"]').click();
  await page.getByRole('menuitem', { name: '中文' }).click();
  await page.getByRole('columnheader', { name: '外部编号' }).waitFor();
  await session.step('agents in Chinese');
  await expect(page.getByRole('menuitem', { name: '团队' }).count()).resolves.toBe(1);
  await expect(page.getByRole('link', { name: '新建' }).count()).resolves.toBe(1);
  await expect(page.getByText(/第 1-8 项，共 8 项/).count()).resolves.toBe(1);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  await expect(nameCell(page, 'Becky').count()).resolves.toBe(1);

  await page.reload();
  await page.getByRole('columnheader', { name: '外部编号' }).waitFor();
  await session.step('still Chinese after reload');
  expect(session.errors).toEqual([]);
  await session.close();
});

it('starts in Chinese for a Chinese browser, the login page included', async () => {
  const session = await openSession(browser, { test: 'i18n-browser-language', locale: 'zh-CN' });
  const { page } = session;
  await page.goto(`${api.url}/#/login`);
  await page.getByRole('button', { name: '登录' }).waitFor();
  await session.step('login in Chinese');
  await logIn(page, api.url, 'admin', 'wrong');
  await page.getByText('用户名或密码错误。').waitFor();
  await session.step('refused in Chinese');
  await logIn(page, api.url, 'admin', 'demo-admin');
  await page.getByText('欢迎，Demo Admin').waitFor();
  await expect(page.getByTestId('role-chip').textContent()).resolves.toBe('管理员');
  await session.step('dashboard in Chinese');
  await session.close();
});
