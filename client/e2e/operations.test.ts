import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/demo/seed.js';
import { runBackup, runRestoreTest } from '../../server/src/modules/backup/backup-run.service.js';
import { startTestServer, type TestServer } from '../../server/test/harness.js';
import { launchChromium, mainNav, RESULTS_DIR, signIn, UI_TIMEOUT, visible } from './support.js';

const PASSWORD = 'e2e-demo-password-0123456789';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-e2e-backups-'));

let server: TestServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const started = await startTestServer();
  server = started;
  await started.operator(em => seedDemo(em, PASSWORD));
  // Two nightly backups of the demo site; the newest one passed its restore test.
  const first = await runBackup(started.ownerUrl, {
    site: 'demo',
    trigger: 'schedule',
    retention: 'weekly',
    file: path.join(dir, 'first.horae-backup'),
    key: null,
  });
  const second = await runBackup(started.ownerUrl, {
    site: 'demo',
    trigger: 'schedule',
    retention: 'daily',
    file: path.join(dir, 'second.horae-backup'),
    key: null,
  });
  if (!first.ok || !second.ok) throw new Error('the backups failed');
  await runRestoreTest(started.ownerUrl, second.runId, null, 'schedule');
  browser = await launchChromium();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signedIn(email: string): Promise<Page> {
  if (!browser) throw new Error('The browser did not start (see beforeAll).');
  context = await browser.newContext({ baseURL: server?.url });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, email, PASSWORD);
  await visible(page.getByRole('heading', { level: 1, name: 'Home' }));
  return page;
}

describe('the Operations page', () => {
  it('shows administrators the last backup, whether it was restore-tested, and recent runs', async () => {
    const page = await signedIn('admin@demo.example');
    await mainNav(page).getByRole('link', { name: 'Operations' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Operations' }));

    const last = page.getByRole('region', { name: 'Last backup' });
    await visible(last.getByText('Verified'));
    expect(await last.getByText(/\d+(\.\d)? kB \(\d+ tables, [\d,]+ rows\)/).count()).toBe(1);
    expect(await last.getByText('No', { exact: true }).count()).toBe(1); // not encrypted

    const runs = page.getByRole('region', { name: 'Recent backups and restore tests' });
    const rows = runs.getByRole('row');
    expect(await rows.count()).toBe(4); // header, restore test, two backups
    await visible(rows.nth(1).getByText('Restore test'));
    await visible(rows.nth(1).getByText('Passed'));
    await visible(rows.nth(2).getByText('Backup (daily)'));
    await visible(rows.nth(3).getByText('Not restore-tested yet'));
    await page.screenshot({ path: `${RESULTS_DIR}/operations.png`, fullPage: true });
  });

  it('is not offered to employees', async () => {
    const page = await signedIn('employee@demo.example');
    expect(await mainNav(page).getByRole('link', { name: 'Operations' }).count()).toBe(0);
    await page.goto('/operations');
    await visible(page.getByRole('heading', { name: "You don't have access to this page" }));
  });
});
