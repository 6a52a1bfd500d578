import { addDays, todayIn, weekStart } from '@horae/shared/time';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { heading, mainNav, shoot, useDemoSite, visible } from './support.js';

const ADMIN = 'admin@demo.example';
const TIME_ZONE = 'Europe/Amsterdam';

const { signedInAs } = useDemoSite({ timeZone: TIME_ZONE, viewport: { width: 1280, height: 900 } });
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-import-'));

afterAll(() => {
  fs.rmSync(files, { recursive: true, force: true });
});

/** A Toggl Track detailed report of this week (so the timesheet shows it), written to disk. */
function togglExport(name: string, lastProject: string, lastTask: string): string {
  const monday = weekStart(todayIn(TIME_ZONE));
  const tuesday = addDays(monday, 1);
  const lines = [
    'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)',
    `Ada Admin,${ADMIN},Nordwind Logistics,Customer portal,Development,Import wizard review,Yes,${monday},09:00:00,${monday},11:30:00,02:30:00,,275.00`,
    `Ada Admin,${ADMIN},Nordwind Logistics,Customer portal,Testing,"Checks, round 1",Yes,${tuesday},13:00:00,${tuesday},14:15:00,01:15:00,,137.50`,
    `Ada Admin,${ADMIN},Nordwind Logistics,${lastProject},${lastTask},Tickets of the week,Yes,${tuesday},15:00:00,${tuesday},16:00:00,01:00:00,,95.00`,
  ];
  const file = path.join(files, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('the import wizard', () => {
  it('shows a refused row with its reason, takes the corrected file, applies it and the time is there', async () => {
    const page = await signedInAs(ADMIN);
    await mainNav(page).getByRole('link', { name: 'Import' }).click();
    await visible(heading(page, 'Import'));

    await page
      .getByLabel('What to import', { exact: true })
      .selectOption({ label: 'Time entries' });
    await page
      .getByLabel('Exported from', { exact: true })
      .selectOption({ label: 'Toggl Track (detailed report CSV)' });
    await page
      .getByLabel('CSV file', { exact: true })
      .setInputFiles(togglExport('toggl-week.csv', 'Moon base', 'Tickets'));

    const refused = page.getByRole('table', { name: /^Refused rows/ });
    await visible(refused);
    const refusedRow = refused.getByRole('row').nth(1);
    expect(await refusedRow.getByRole('cell').allTextContents()).toEqual([
      '4',
      'Project',
      'There is no project named “Moon base” of customer Nordwind Logistics. Create it first, or choose “Create missing customers, projects and tasks”.',
    ]);
    await visible(page.getByText('1 row is refused: nothing can be imported until it is fixed.'));
    const applyButton = page.getByRole('button', { name: 'Apply import' });
    expect(await applyButton.isDisabled()).toBe(true);
    // The mapping was matched from Toggl's headers.
    expect(await page.getByLabel('Project', { exact: true }).inputValue()).toBe('Project');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('Start date');
    await shoot(page, 'import-refused');

    await page
      .getByLabel('CSV file', { exact: true })
      .setInputFiles(togglExport('toggl-week-fixed.csv', 'Support retainer', 'Tickets'));
    const changes = page.getByRole('table', { name: /^Rows to create or update/ });
    await visible(changes);
    await changes.getByRole('cell', { name: /NW-SUPPORT \/ Tickets/ }).waitFor();
    expect(await page.getByRole('table', { name: /^Refused rows/ }).count()).toBe(0);
    expect(await changes.getByRole('row').count()).toBe(4);
    const summary = page.getByRole('definition');
    expect(await summary.allTextContents()).toEqual(['3', '0', '0', '0']);
    expect(await applyButton.isDisabled()).toBe(false);
    await shoot(page, 'import-dry-run');

    await applyButton.click();
    await visible(
      page.getByText(/Imported toggl-week-fixed\.csv: 3 created, 0 updated, 0 unchanged\./),
    );
    await shoot(page, 'import-done');

    await page.getByRole('link', { name: 'Open Timesheet' }).click();
    await visible(heading(page, 'Timesheet'));
    const development = page.getByRole('row', { name: /NW-PORTAL Customer portal Development/ });
    await visible(development);
    expect(await development.getByRole('cell').last().textContent()).toBe('2:30');
    await visible(page.getByRole('row', { name: /NW-SUPPORT Support retainer Tickets/ }));
    await shoot(page, 'import-timesheet');
  });
});
