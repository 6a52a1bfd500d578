import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackup, runRestoreTest } from '../../server/src/modules/backup/backup-run.service.js';
import { mainNav, RESULTS_DIR, useDemoSite, visible } from './support.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-e2e-backups-'));

const { server, signedInAs } = useDemoSite();

beforeAll(async () => {
  const { ownerUrl } = server();
  // Two nightly backups of the demo site; the newest one passed its restore test.
  const first = await runBackup(ownerUrl, {
    site: 'demo',
    trigger: 'schedule',
    retention: 'weekly',
    file: path.join(dir, 'first.horae-backup'),
    key: null,
  });
  const second = await runBackup(ownerUrl, {
    site: 'demo',
    trigger: 'schedule',
    retention: 'daily',
    file: path.join(dir, 'second.horae-backup'),
    key: null,
  });
  if (!first.ok || !second.ok) throw new Error('the backups failed');
  await runRestoreTest(ownerUrl, second.runId, null, 'schedule');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Operations page', () => {
  it('shows administrators the last backup, whether it was restore-tested, and recent runs', async () => {
    const page = await signedInAs('admin@demo.example');
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
    const page = await signedInAs('employee@demo.example');
    expect(await mainNav(page).getByRole('link', { name: 'Operations' }).count()).toBe(0);
    await page.goto('/operations');
    await visible(page.getByRole('heading', { name: "You don't have access to this page" }));
  });
});
