import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { seedDemo } from '../../server/src/demo/seed.js';
import { startTestServer, type TestServer } from '../../server/test/harness.js';

/** Screenshots land here (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL('../../.test-results/', import.meta.url));
export const UI_TIMEOUT = 10_000;
/** The password of everyone on the demo site that `useDemoSite` seeds. */
export const DEMO_PASSWORD = 'e2e-demo-password-0123456789';

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

export type DemoSiteOptions = {
  /** The browser's time zone (e.g. the site's, where "this week" matters); the machine's if not given. */
  timeZone?: string;
  /** Playwright's default (1280×720) if not given. */
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /**
   * More server environment. Called in beforeAll, so after the file's own beforeAll hooks that
   * were registered before `useDemoSite` (an SMTP server or an identity provider to point at).
   */
  env?: () => Record<string, string>;
  /** What the server holds before the tests, instead of the demo site. */
  seed?: (server: TestServer) => Promise<unknown>;
};

export type DemoSite = {
  /** The running test server (its address, SQL as the operator). */
  server: () => TestServer;
  /** A fresh browser profile (no cookies, no storage) on the SPA's sign-in page. */
  openSignInPage: () => Promise<Page>;
  /** A fresh browser profile, signed in to the demo site as `email`, on Home. */
  signedInAs: (email: string) => Promise<Page>;
};

/**
 * One test server, seeded with the demo site, and one headless Chromium for the test file, through
 * Vitest hooks registered where this is called. Browser profiles a test opens are closed after
 * it; the browser and then the server after all tests. The file's own beforeAll hooks registered
 * earlier run before these, its afterAll hooks registered earlier run after them (Vitest's
 * "stack" order), so a mail server or identity provider outlives the server that uses it.
 */
export function useDemoSite(options: DemoSiteOptions = {}): DemoSite {
  let running: TestServer | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const started = await startTestServer(options.env?.());
    running = started;
    if (options.seed) await options.seed(started);
    else await started.operator(em => seedDemo(em, DEMO_PASSWORD));
    browser = await launchChromium();
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
  });

  afterEach(async () => {
    await Promise.all(contexts.map(c => c.close()));
    contexts = [];
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  function server(): TestServer {
    if (!running) throw new Error('The server did not start (see beforeAll).');
    return running;
  }

  async function openSignInPage(): Promise<Page> {
    if (!browser) throw new Error('The browser did not start (see beforeAll).');
    const context = await browser.newContext({
      baseURL: server().url,
      timezoneId: options.timeZone,
      viewport: options.viewport,
      acceptDownloads: options.acceptDownloads,
    });
    contexts.push(context);
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    await page.goto('/');
    await visible(page.getByRole('heading', { name: 'Sign in to Horae' }));
    return page;
  }

  async function signedInAs(email: string): Promise<Page> {
    const page = await openSignInPage();
    await signIn(page, email, DEMO_PASSWORD);
    await visible(heading(page, 'Home'));
    return page;
  }

  return { server, openSignInPage, signedInAs };
}

export async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** The page's level-1 heading named `name`. */
export function heading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

/** A full-page screenshot, `RESULTS_DIR/<name>.png`. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${RESULTS_DIR}${name}.png`, fullPage: true });
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
