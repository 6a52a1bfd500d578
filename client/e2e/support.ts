import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Screenshots land here (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../.test-results/', import.meta.url));
export const UI_TIMEOUT = 10_000;

/**
 * Debian's Chromium (apt-get install chromium), headless. The extra flags keep it from reaching
 * out to the network, which this machine does not have.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Fills and sends the sign-in form of the page it is on. */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  site = 'demo',
): Promise<void> {
  await page.getByLabel('Site').fill(site);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
