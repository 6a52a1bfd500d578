import { isoWeekLabel, todayIn, weekStart, addDays } from '@horae/shared/time';
import { type Locator, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { givenProject } from '../../server/test/factories.js';
import { mainNav, RESULTS_DIR, useDemoSite, visible } from './support.js';

const TIME_ZONE = 'Europe/Amsterdam';

/** The site's time zone decides "this week". */
const { server, signedInAs } = useDemoSite({
  timeZone: TIME_ZONE,
  viewport: { width: 1280, height: 800 },
});
let ids: { employee: string; manager: string; tom: string } | undefined;

beforeAll(async () => {
  const db = server();
  const [site] = await db.sql<{ id: string }>('select id from site where slug = $1', ['demo']);
  const userId = async (email: string) => {
    const [row] = await db.sql<{ id: string }>('select id from app_user where email = $1', [email]);
    if (!row) throw new Error(`The demo has no ${email}.`);
    return row.id;
  };
  if (!site) throw new Error('The demo site was not seeded.');
  ids = {
    employee: await userId('employee@demo.example'),
    manager: await userId('manager@demo.example'),
    tom: await userId('tom.bakker@demo.example'),
  };
  await givenProject(
    db,
    { id: site.id, slug: 'demo', users: {} },
    { code: 'WEB', members: [ids.employee, ids.tom], leadId: ids.manager },
  );
});

function grid(page: Page): Locator {
  return page.getByRole('table', { name: /^Hours per project and day/ });
}

async function openTimesheet(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Timesheet' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Timesheet' }));
}

async function addRow(page: Page, projectLabel: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a row' });
  await form.getByLabel('Project').selectOption({ label: projectLabel });
  await form.getByRole('button', { name: 'Add row' }).click();
}

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate(element => element.matches(':focus'));
}

async function entriesOf(userId: string, from: string, to: string) {
  return server().sql<{ date: string; minutes: number }>(
    `select to_char(date, 'YYYY-MM-DD') as date, minutes from time_entry
      where user_id = $1 and date between $2 and $3 order by date`,
    [userId, from, to],
  );
}

describe('the week timesheet and approvals', () => {
  const monday = weekStart(todayIn(TIME_ZONE));
  const week = isoWeekLabel(monday);

  it('types a week by keyboard, submits it, the manager approves it and the administrator invoices it', async () => {
    const { employee } = ids!;
    const page = await signedInAs('employee@demo.example');
    await openTimesheet(page);
    await visible(page.getByText(week, { exact: true }));
    await visible(page.getByText('No time registered this week.'));

    await addRow(page, 'WEB · Project WEB');
    const mondayCell = grid(page).getByRole('textbox', { name: /^WEB Project WEB, Monday/ });
    await visible(mondayCell);
    // "Add row" puts the cursor in the new row's Monday.
    expect(await isFocused(mondayCell)).toBe(true);
    await page.keyboard.type('1.5');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1:30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('90m');
    await page.keyboard.press('Enter');

    const totals = grid(page).getByRole('row', { name: /^Total/ });
    await expect.poll(() => totals.getByRole('cell').last().textContent()).toBe('4:30');
    for (const day of ['Monday', 'Tuesday', 'Wednesday']) {
      const cell = grid(page).getByRole('textbox', {
        name: new RegExp(`^WEB Project WEB, ${day}`),
      });
      await expect.poll(() => cell.inputValue()).toBe('1:30');
    }
    const row = grid(page).getByRole('row', { name: /^WEB Project WEB/ });
    expect(await row.getByRole('cell').last().textContent()).toBe('4:30');
    expect(await entriesOf(employee, monday, addDays(monday, 6))).toEqual(
      [0, 1, 2].map(i => ({ date: addDays(monday, i), minutes: 90 })),
    );
    await page.screenshot({ path: `${RESULTS_DIR}timesheet.png`, fullPage: true });

    await page.getByRole('button', { name: 'Submit week' }).click();
    await visible(page.getByText(/Submitted for approval on/));
    await visible(page.getByText('Submitted', { exact: true }));
    expect(await grid(page).getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Submit week' }).count()).toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}timesheet-submitted.png`, fullPage: true });

    const manager = await signedInAs('manager@demo.example');
    await mainNav(manager).getByRole('link', { name: 'Approvals' }).click();
    await visible(manager.getByRole('heading', { level: 1, name: 'Approvals' }));
    const inbox = manager.getByRole('row', { name: new RegExp(`Emil Employee.*${week}`) });
    await visible(inbox);
    expect(await inbox.getByRole('cell', { name: '4:30', exact: true }).count()).toBe(1);
    await manager.screenshot({ path: `${RESULTS_DIR}approvals.png`, fullPage: true });

    await inbox.getByRole('link', { name: `Review Emil Employee’s week ${week}` }).click();
    await visible(manager.getByRole('heading', { level: 1, name: `Emil Employee · ${week}` }));
    await visible(manager.getByRole('cell', { name: 'No description' }).first());
    await manager.screenshot({ path: `${RESULTS_DIR}approvals-review.png`, fullPage: true });
    await manager.getByRole('button', { name: 'Approve week' }).click();
    await visible(manager.getByText(`Approved Emil Employee’s week ${week}.`));
    expect(
      await manager.getByRole('row', { name: new RegExp(`Emil Employee.*${week}`) }).count(),
    ).toBe(0);

    await page.reload();
    await visible(page.getByText(/Approved by Mona Manager on/));
    await visible(page.getByText('Approved', { exact: true }));
    expect(await grid(page).getByRole('textbox').count()).toBe(0);

    // The administrator bills the approved week: 4:30 at the demo site's 85.00 an hour.
    const admin = await signedInAs('admin@demo.example');
    await mainNav(admin).getByRole('link', { name: 'Invoices' }).click();
    await admin.getByRole('button', { name: 'New draft' }).click();
    const draft = admin.getByRole('dialog', { name: 'New draft invoice' });
    await visible(draft);
    await draft.getByLabel('Customer').selectOption({ label: 'Customer of WEB' });
    await draft.getByLabel('From', { exact: true }).fill(monday);
    await draft.getByLabel('To', { exact: true }).fill(addDays(monday, 6));
    await draft.getByRole('button', { name: 'Make draft' }).click();
    await visible(admin.getByRole('heading', { level: 1, name: 'Draft invoice' }));
    const total = admin.getByRole('table', { name: 'Lines of Draft invoice' }).locator('tfoot tr');
    expect(await total.textContent()).toBe('Total4:30€382.50');
    await admin.getByRole('button', { name: 'Issue invoice' }).click();
    await admin
      .getByRole('dialog', { name: 'Issue this invoice?' })
      .getByRole('button', { name: 'Issue invoice' })
      .click();
    await visible(admin.getByText(/^Issued invoice \d+\. Its time is now invoiced\.$/));
    const billed = await server().sql<{ status: string }>(
      'select distinct status from time_entry where user_id = $1 and date between $2 and $3',
      [employee, monday, addDays(monday, 6)],
    );
    expect(billed).toEqual([{ status: 'invoiced' }]);
  });

  it('shows why “abc” is not a duration, keeps it, saves nothing, and Escape puts it back', async () => {
    const { employee } = ids!;
    const next = addDays(monday, 7);
    const page = await signedInAs('employee@demo.example');
    await openTimesheet(page);
    await page.getByRole('button', { name: /Next week/ }).click();
    await visible(page.getByText(isoWeekLabel(next), { exact: true }));

    await addRow(page, 'WEB · Project WEB');
    const cell = grid(page).getByRole('textbox', { name: /^WEB Project WEB, Monday/ });
    await visible(cell);
    await cell.click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');

    const alert = grid(page).getByRole('alert');
    await visible(alert);
    expect(await alert.textContent()).toBe('"abc" is not a duration: use 1.5, 1:30 or 90m.');
    expect(await cell.inputValue()).toBe('abc');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(cell)).toBe(true);

    // Leaving the cell keeps the text and the message; nothing reaches the server.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await cell.inputValue()).toBe('abc');
    await page.getByRole('button', { name: 'Submit week' }).click();
    await visible(page.getByText(/One cell has a problem/));
    expect(await entriesOf(employee, next, addDays(next, 6))).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}timesheet-invalid.png`, fullPage: true });

    await cell.click();
    await page.keyboard.press('Escape');
    expect(await cell.inputValue()).toBe('');
    expect(await grid(page).getByRole('alert').count()).toBe(0);
    expect(await entriesOf(employee, next, addDays(next, 6))).toEqual([]);
  });

  it('runs a timer from the app bar that survives a reload and lands in the timesheet', async () => {
    const { tom } = ids!;
    const page = await signedInAs('tom.bakker@demo.example');
    await openTimesheet(page);
    const timer = page.getByRole('group', { name: 'Timer' });
    await timer.getByRole('button', { name: 'Start timer' }).click();
    const form = page.getByRole('form', { name: 'Start a timer' });
    await form.getByLabel('Project').selectOption({ label: 'WEB · Project WEB' });
    await form.getByLabel('Task').selectOption({ label: 'Development' });
    await form.getByLabel('Description').fill('Pairing');
    await form.getByRole('button', { name: 'Start', exact: true }).click();

    const elapsed = timer.getByRole('timer');
    await visible(elapsed);
    await visible(timer.getByText('WEB · Development'));
    const first = await elapsed.textContent();
    await expect.poll(() => elapsed.textContent(), { timeout: 3_000 }).not.toBe(first);
    await page.screenshot({ path: `${RESULTS_DIR}timer.png` });

    await page.reload();
    await visible(page.getByRole('group', { name: 'Timer' }).getByRole('timer'));
    await page.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Stop' }).click();
    await visible(
      page.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Start timer' }),
    );
    const today = todayIn(TIME_ZONE);
    expect(await entriesOf(tom, today, today)).toContainEqual({ date: today, minutes: 1 });
    const row = grid(page).getByRole('row', { name: /^WEB Project WEB Development/ });
    await visible(row);
  });

  it('sends a week back with a required comment, which the employee sees on that week', async () => {
    const previous = addDays(monday, -7);
    const previousWeek = isoWeekLabel(previous);
    const manager = await signedInAs('manager@demo.example');
    await mainNav(manager).getByRole('link', { name: 'Approvals' }).click();
    await manager
      .getByRole('link', { name: `Review Emil Employee’s week ${previousWeek}` })
      .click();
    await visible(
      manager.getByRole('heading', { level: 1, name: `Emil Employee · ${previousWeek}` }),
    );
    await manager.getByRole('button', { name: 'Reject week' }).click();
    const alert = manager.getByRole('alert');
    await visible(alert);
    expect(await alert.textContent()).toBe(
      'Write what Emil Employee should change, so they can fix the week.',
    );
    await manager
      .getByLabel('Comment for Emil Employee')
      .fill('Put the workshop of Tuesday on its own task, please.');
    await manager.getByRole('button', { name: 'Reject week' }).click();
    await visible(manager.getByText(`Sent Emil Employee’s week ${previousWeek} back`));

    const page = await signedInAs('employee@demo.example');
    await openTimesheet(page);
    await page.getByRole('button', { name: /Previous week/ }).click();
    const rejected = page.getByRole('region', { name: /Sent back by Mona Manager/ });
    await visible(rejected);
    await visible(rejected.getByText('Put the workshop of Tuesday on its own task, please.'));
    // Rejected weeks are open again: the grid can be typed in and the week submitted anew.
    expect(await grid(page).getByRole('textbox').count()).toBeGreaterThan(0);
    await visible(page.getByRole('button', { name: 'Submit week' }));
    await page.screenshot({ path: `${RESULTS_DIR}timesheet-rejected.png`, fullPage: true });
  });
});
