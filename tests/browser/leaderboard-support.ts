import type { Page } from 'playwright-core';

// Helpers of the leaderboard, agent, profiles and imports browser tests: reading the leaderboard as shown and
// picking options in the console's selects (MUI selects are not <select> elements).

/** Opens the leaderboard for a scorecard and period through the address bar, and waits for its rows. */
export async function openLeaderboard(page: Page, baseUrl: string, params: string): Promise<void> {
  await page.goto(`${baseUrl}/#/leaderboard?${params}`);
  await settledRows(page);
}

/** Waits until the leaderboard shows rows and is not loading. */
export async function settledRows(page: Page): Promise<void> {
  await page.getByTestId('leaderboard-row').first().waitFor();
  await page.getByTestId('leaderboard-loading').waitFor({ state: 'detached' });
}

/** The agents in the order the leaderboard shows them. */
export async function shownOrder(page: Page): Promise<string[]> {
  return page.getByTestId('leaderboard-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-agent') ?? ''));
}

/** Waits until the first row is `agent` (after a change that reorders the board). */
export async function waitForLeader(page: Page, agent: string): Promise<void> {
  await page.waitForFunction(`document.querySelector('[data-testid="leaderboard-row"]')?.getAttribute('data-agent') === ${JSON.stringify(agent)}`);
  await page.getByTestId('leaderboard-loading').waitFor({ state: 'detached' });
}

/** Picks the option named `option` in the select whose hidden input has `testId`. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).locator('..').click();
  await page.getByRole('option', { name: option }).click();
}
