import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

// Headless Debian chromium driven by playwright-core (no downloaded browsers). Flags from the stack notes: no
// sandbox (containers run as root), no GPU, no background traffic.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export const ARTIFACTS = join(__dirname, '../../../test-artifacts/browser');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it (\`apt-get install chromium\`, as .ci/run does) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface ConsoleSession {
  context: BrowserContext;
  page: Page;
  /** saves a screenshot of the page as test-artifacts/browser/<test>/<nn>-<step>.png */
  step(name: string): Promise<void>;
  /** browser-side errors seen so far (uncaught exceptions, console.error) */
  errors: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /** navigator.language(s) of the browser: the console picks its language from them */
  locale?: string;
  /** folder under test-artifacts/browser */
  test: string;
}

/** A fresh browser context (no stored login or language) with a page, screenshots and error capture. */
export async function openSession(browser: Browser, options: SessionOptions): Promise<ConsoleSession> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: 1366, height: 860 } });
  // generous: the whole suite (service tests too) shares two cores
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  // A rerun replaces the screenshots of the last one: numbered steps never mix two runs.
  const folder = join(ARTIFACTS, safeName(options.test));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let counter = 0;
  return {
    context, page, errors,
    async step(name) {
      counter += 1;
      await page.screenshot({ path: join(folder, `${String(counter).padStart(2, '0')}-${safeName(name)}.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}

function safeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-|-$/g, '') || 'step';
}

/** Opens the console's login page and signs in through the form. */
export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** The list cell in column `column` (react-admin's `column-<source>` class) showing exactly `text`. */
export function cell(page: Page, column: string, text: string): Locator {
  return page.locator(`td.column-${column}`).getByText(text, { exact: true });
}

/** The `name` cell showing exactly `text` (demo agents' external ids equal their names, so cells are per column). */
export function nameCell(page: Page, text: string): Locator {
  return cell(page, 'name', text);
}
