import fs from 'node:fs';
import { type Download, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainNav, RESULTS_DIR, useDemoSite, visible } from './support.js';

const ADMIN = 'admin@demo.example';
const EMPLOYEE = 'employee@demo.example';
const BOM = '\uFEFF';

const { server, signedInAs } = useDemoSite({
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
});

async function open(page: Page, link: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: link }).click();
  await visible(page.getByRole('heading', { level: 1, name: link }));
}

async function contentOf(download: Download): Promise<Buffer> {
  return fs.promises.readFile(await download.path());
}

/** RFC 4180: quoted cells may hold the delimiter, doubled quotes and line breaks. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('CSV exports', () => {
  it('exports the customers as semicolon CSV with a BOM as filtered, and a project’s tasks', async () => {
    const page = await signedInAs(ADMIN);
    await open(page, 'Customers');
    const shown = page.getByText(/^Showing \d+ of \d+ customers$/);
    await visible(shown);
    const total = Number(/of (\d+)/.exec((await shown.textContent()) ?? '')?.[1]);

    await page.getByRole('button', { name: 'Export CSV' }).click();
    const panel = page.getByRole('group', { name: 'Export customers' });
    await visible(panel);
    await panel.getByLabel('Semicolon (Excel, Europe)').check();
    // Excel needs the byte order mark to read accents right; semicolon turns it on.
    expect(await panel.getByLabel(/byte order mark/).isChecked()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}export-options.png` });

    const saved = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download CSV' }).click();
    const download = await saved;
    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toBe(`customers-${today}.csv`);
    const text = (await contentOf(download)).toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = text.slice(1).trimEnd().split('\n');
    expect(header).toBe('id;number;name;contact;vat_number;currency;archived');
    const status = panel.getByRole('status');
    await visible(status.getByText(`customers-${today}.csv`));
    expect(await status.textContent()).toContain(`${total} rows`);
    // Archived customers are not on the page, so not in the file either.
    expect(parseCsv(text.slice(1), ';').length - 1).toBe(total);
    expect(rows.length).toBeGreaterThan(0);

    // Tasks export from a project's page, archived ones included as listed there.
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await panel.count()).toBe(0);
    await open(page, 'Projects');
    await page.getByRole('link', { name: 'Customer portal' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /Customer portal/ }));
    await page.getByRole('button', { name: 'Export tasks' }).click();
    const tasksPanel = page.getByRole('group', { name: 'Export tasks' });
    // The separator chosen last time is proposed again.
    expect(await tasksPanel.getByLabel('Semicolon (Excel, Europe)').isChecked()).toBe(true);
    await tasksPanel.getByLabel('Comma').check();
    expect(await tasksPanel.getByLabel(/byte order mark/).isChecked()).toBe(false);
    const tasksSaved = page.waitForEvent('download');
    await tasksPanel.getByRole('button', { name: 'Download CSV' }).click();
    const tasks = (await contentOf(await tasksSaved)).toString('utf8');
    expect(tasks.split('\n')[0]).toBe(
      'id,project_id,project_code,name,billable,hourly_rate,archived',
    );
    expect(
      new Set(
        parseCsv(tasks)
          .slice(1)
          .map(row => row[2]),
      ),
    ).toEqual(new Set(['NW-PORTAL']));
    await page.screenshot({ path: `${RESULTS_DIR}export-tasks.png` });
  });

  it('exports the report table as shown, with a totals row', async () => {
    const page = await signedInAs(ADMIN);
    await open(page, 'Reports');
    await page.getByRole('button', { name: 'Export this table' }).click();
    const panel = page.getByRole('group', { name: 'Export report rows' });
    await panel.getByLabel('Comma').check();
    const saved = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download CSV' }).click();
    const rows = parseCsv((await contentOf(await saved)).toString('utf8'));
    expect(rows[0]).toEqual(expect.arrayContaining(['minutes', 'amount']));
    const shown = await page
      .locator('section[aria-labelledby="report-table-title"] table')
      .first()
      .locator('tbody tr')
      .count();
    expect(rows.length - 2).toBe(shown);
    expect(rows.at(-1)![0]).toBe('Total');
  });

  it('shows rows and bytes while a large export streams in, and cancels it', async () => {
    const page = await signedInAs(ADMIN);
    await open(page, 'Reports');
    await page.getByLabel('From', { exact: true }).fill('2000-01-01');
    await visible(page.getByRole('button', { name: 'Export time entries' }));

    // A slow line, so the export takes a while (Chromium's own network throttling).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: 24 * 1024,
      uploadThroughput: -1,
    });

    await page.getByRole('button', { name: 'Export time entries' }).click();
    const panel = page.getByRole('group', { name: 'Export time entries' });
    await panel.getByLabel('Comma').check();
    await panel.getByRole('button', { name: 'Download CSV' }).click();
    await visible(panel.getByRole('progressbar', { name: 'Downloading time entries' }));
    const count = panel.locator('.download-status__count');
    await expect
      .poll(async () => (await count.textContent()) ?? '')
      .toMatch(/^[1-9][\d,]* rows · /);
    await visible(page.getByRole('button', { name: 'Exporting…' }));
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}export-progress.png` });

    let downloads = 0;
    page.on('download', () => {
      downloads += 1;
    });
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await visible(panel.getByText('Cancelled: nothing was saved.'));
    await visible(panel.getByRole('button', { name: 'Download CSV' }));
    expect(downloads).toBe(0);
  });

  it('gives an employee only their own time entries', async () => {
    const page = await signedInAs(EMPLOYEE);
    await open(page, 'Reports');
    const from = await page.getByLabel('From', { exact: true }).inputValue();
    const to = await page.getByLabel('To', { exact: true }).inputValue();
    const [own] = await server().sql<{ id: string; own: number; others: number }>(
      `select u.id,
              (select count(*)::int from time_entry e where e.user_id = u.id
                  and e.date between $2 and $3) as own,
              (select count(*)::int from time_entry e where e.user_id <> u.id
                  and e.date between $2 and $3) as others
         from app_user u where u.email = $1`,
      [EMPLOYEE, from, to],
    );
    // Others registered time in the period too: the export has to leave it out.
    expect(own!.own).toBeGreaterThan(0);
    expect(own!.others).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Export time entries' }).click();
    const panel = page.getByRole('group', { name: 'Export time entries' });
    await panel.getByLabel('Comma').check();
    const saved = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download CSV' }).click();
    const text = (await contentOf(await saved)).toString('utf8');

    expect(text.startsWith(BOM)).toBe(false);
    const [header, ...rows] = parseCsv(text);
    const userColumn = header!.indexOf('user_id');
    const dateColumn = header!.indexOf('date');
    expect(userColumn).toBeGreaterThan(-1);
    expect(rows).toHaveLength(own!.own);
    expect(new Set(rows.map(row => row[userColumn]))).toEqual(new Set([own!.id]));
    expect(rows.every(row => row[dateColumn]! >= from && row[dateColumn]! <= to)).toBe(true);
    await visible(panel.getByRole('status').getByText(/time-entries-.*\.csv/));

    // The timesheet exports the week on screen: last week, which the demo filled in.
    await open(page, 'Timesheet');
    await page.getByRole('button', { name: /Previous week/ }).click();
    const week = new URL(page.url()).searchParams.get('week') ?? '';
    await page.getByRole('button', { name: 'Export week' }).click();
    const weekPanel = page.getByRole('group', { name: 'Export time entries' });
    await visible(weekPanel);
    await page.screenshot({ path: `${RESULTS_DIR}export-week.png` });
    const weekSaved = page.waitForEvent('download');
    await weekPanel.getByRole('button', { name: 'Download CSV' }).click();
    const [weekHeader, ...weekRows] = parseCsv((await contentOf(await weekSaved)).toString());
    const [inWeek] = await server().sql<{ count: number }>(
      `select count(*)::int as count from time_entry
        where user_id = $1 and date between $2::date and $2::date + 6`,
      [own!.id, week],
    );
    expect(weekRows.length).toBeGreaterThan(0);
    expect(weekRows).toHaveLength(inWeek!.count);
    expect(weekRows.every(row => row[weekHeader!.indexOf('user_id')] === own!.id)).toBe(true);
  });
});

describe('CSV exports of invoices and the audit log', () => {
  it('exports the audit log as filtered in the address, with the hash chain, and invoices by status', async () => {
    const page = await signedInAs(ADMIN);
    const today = new Date().toISOString().slice(0, 10);
    // A shared link to the sign-ins of the site: the filters come from the address.
    await page.goto('/audit?action=auth.login_succeeded');
    await visible(page.getByRole('heading', { level: 1, name: 'Audit log' }));
    const shown = page.getByText(/^Showing \d+ of \d+ events? matching the filters$/);
    await visible(shown);
    const total = Number(/of (\d+)/.exec((await shown.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Export CSV' }).click();
    const panel = page.getByRole('group', { name: 'Export audit events' });
    await visible(panel.getByText(/hash/));
    await panel.getByLabel('Comma').check();
    const saved = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download CSV' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe(`audit-events-${today}.csv`);
    const [header, ...rows] = parseCsv((await contentOf(download)).toString('utf8'));
    expect(header).toEqual(expect.arrayContaining(['seq', 'action', 'data', 'prev_hash', 'hash']));
    expect(rows).toHaveLength(total);
    const action = header!.indexOf('action');
    const hash = header!.indexOf('hash');
    expect(rows.every(row => row[action] === 'auth.login_succeeded')).toBe(true);
    expect(rows.every(row => /^[0-9a-f]{64}$/.test(row[hash]!))).toBe(true);
    await visible(panel.getByRole('status').getByText(`audit-events-${today}.csv`));
    await page.screenshot({ path: `${RESULTS_DIR}export-audit-log.png` });

    // Invoices: the status chosen on the page is the file's filter.
    const [{ issued } = { issued: 0 }] = await server().sql<{ issued: number }>(
      `select count(*)::int as issued from invoice where status = 'issued'`,
    );
    expect(issued).toBeGreaterThan(0);
    await open(page, 'Invoices');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Issued' });
    await visible(page.getByText(new RegExp(`^Showing \\d+ of ${issued} invoices?$`)));
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const invoicePanel = page.getByRole('group', { name: 'Export invoices' });
    await invoicePanel.getByLabel('Comma').check();
    const invoiceSaved = page.waitForEvent('download');
    await invoicePanel.getByRole('button', { name: 'Download CSV' }).click();
    const [invoiceHeader, ...invoiceRows] = parseCsv(
      (await contentOf(await invoiceSaved)).toString('utf8'),
    );
    expect(invoiceHeader).toEqual(expect.arrayContaining(['number', 'status', 'total_amount']));
    expect(invoiceRows).toHaveLength(issued);
    const status = invoiceHeader!.indexOf('status');
    expect(invoiceRows.every(row => row[status] === 'issued')).toBe(true);
  });
});

describe('personal data', () => {
  it('erases a person once their name is typed; they stay listed as “Erased person”', async () => {
    const page = await signedInAs(ADMIN);
    await open(page, 'People');
    const table = page.getByRole('table');

    // Administrators cannot erase themselves: the server says why.
    await table.getByRole('button', { name: 'Erase the personal data of Ada Admin…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Erase the personal data of Ada Admin?' });
    await dialog.getByLabel(/^Type Ada Admin to confirm/).fill('Ada Admin');
    await dialog.getByRole('button', { name: 'Erase personal data' }).click();
    await visible(dialog.getByRole('alert').getByText('Ask another administrator'));
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await table.getByRole('button', { name: 'Erase the personal data of Sara Jansen…' }).click();
    dialog = page.getByRole('dialog', { name: 'Erase the personal data of Sara Jansen?' });
    await visible(dialog.getByText('This cannot be undone.'));
    const erase = dialog.getByRole('button', { name: 'Erase personal data' });
    expect(await erase.isDisabled()).toBe(true);
    const confirmation = dialog.getByLabel(/^Type Sara Jansen to confirm/);
    await confirmation.fill('Sara');
    expect(await erase.isDisabled()).toBe(true);
    await confirmation.fill('Sara Jansen');
    expect(await erase.isEnabled()).toBe(true);
    await page.screenshot({ path: `${RESULTS_DIR}erase-person.png` });
    await erase.click();

    await visible(page.getByText('Erased the personal data of Sara Jansen.', { exact: false }));
    expect(await dialog.count()).toBe(0);
    const [sara] = await server().sql<{ id: string }>(
      `select id from app_user where email like 'erased-%@erased.invalid'`,
    );
    const row = table.getByRole('row', {
      name: new RegExp(`Erased person ${sara!.id.slice(0, 8)}`),
    });
    await visible(row);
    await visible(row.getByText('Erased', { exact: true }));
    expect(await table.getByText('Sara Jansen').count()).toBe(0);
    expect(await row.getByRole('button', { name: /^Erase/ }).count()).toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}erased-person.png`, fullPage: true });
  });

  it('refuses to erase a customer that issued invoices name, and says why', async () => {
    const page = await signedInAs(ADMIN);
    await open(page, 'Customers');
    const name = 'Nordwind Logistics';
    await page.getByRole('button', { name: `Erase the data of ${name}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Erase the data of ${name}?` });
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
    await dialog.getByRole('button', { name: 'Erase customer data' }).click();
    await visible(dialog.getByRole('alert').getByText(/issued invoice\(s\)\. Tax law requires/));
    await page.screenshot({ path: `${RESULTS_DIR}erase-customer-refused.png` });
    const [kept] = await server().sql<{ name: string }>(
      `select name from customer where name = $1`,
      [name],
    );
    expect(kept?.name).toBe(name);
  });

  it('lets an employee download their own data as a ZIP from Account', async () => {
    const page = await signedInAs(EMPLOYEE);
    await page.getByRole('banner').getByRole('link', { name: 'Emil Employee' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Account' }));
    const section = page.getByRole('region', { name: 'Your data' });

    const saved = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download my data (ZIP)' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe('personal-data-emil-employee.zip');
    const zip = await contentOf(download);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    await visible(section.getByRole('status').getByText('personal-data-emil-employee.zip'));
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}account-your-data.png` });
  });
});
