import { addDays, formatMinutes, todayIn } from '@horae/shared/time';
import { type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, mainNav, RESULTS_DIR, useDemoSite, visible } from './support.js';

const TIME_ZONE = 'Europe/Amsterdam';
const CUSTOMER = 'Nordwind Logistics';

const { server, signedInAs } = useDemoSite({
  timeZone: TIME_ZONE,
  viewport: { width: 1280, height: 900 },
});

const euros = (cents: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Last calendar month, as the "New draft" dialog proposes it. */
function lastMonth(today: string): { from: string; to: string } {
  const firstOfThisMonth = `${today.slice(0, 7)}-01`;
  const to = addDays(firstOfThisMonth, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}

type Billable = { lines: number; minutes: number; amount: number };

/** The customer's approved, billable, uninvoiced time in a period: what a draft picks up. */
async function invoiceable(from: string, to: string): Promise<Billable> {
  const [row] = await server().sql<{ lines: number; minutes: number; amount: string }>(
    `select count(distinct (e.project_id, e.task_id, e.rate))::int as lines,
            coalesce(sum(e.minutes), 0)::int as minutes, coalesce(sum(e.amount), 0) as amount
       from time_entry e join project p on p.id = e.project_id join customer c on c.id = p.customer_id
      where c.name = $1 and e.status = 'approved' and e.billable and e.invoice_id is null
        and e.date between $2 and $3`,
    [CUSTOMER, from, to],
  );
  return { lines: row?.lines ?? 0, minutes: row?.minutes ?? 0, amount: Number(row?.amount ?? 0) };
}

/** Last month, or else the latest month in which the customer has time to invoice. */
async function periodToInvoice(): Promise<{ from: string; to: string; expected: Billable }> {
  const month = lastMonth(todayIn(TIME_ZONE));
  const expected = await invoiceable(month.from, month.to);
  if (expected.lines) return { ...month, expected };
  const [latest] = await server().sql<{ day: string | null }>(
    `select to_char(max(e.date), 'YYYY-MM-DD') as day
       from time_entry e join project p on p.id = e.project_id join customer c on c.id = p.customer_id
      where c.name = $1 and e.status = 'approved' and e.billable and e.invoice_id is null`,
    [CUSTOMER],
  );
  if (!latest?.day) throw new Error(`The demo has no approved, uninvoiced time of ${CUSTOMER}.`);
  const fallback = lastMonth(addDays(`${latest.day.slice(0, 7)}-01`, 40));
  return { ...fallback, expected: await invoiceable(fallback.from, fallback.to) };
}

async function openNewDraft(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'New draft invoice' });
  await visible(dialog);
  return dialog;
}

describe('invoices', () => {
  it('drafts an invoice for last month, issues it and opens the printable view', async () => {
    const { from, to, expected } = await periodToInvoice();
    const [numbers] = await server().sql<{ next: number }>(
      'select (coalesce(max(number), 0) + 1)::int as next from invoice',
    );
    const number = numbers!.next;

    const page = await signedInAs('admin@demo.example');
    await mainNav(page).getByRole('link', { name: 'Invoices' }).click();
    await visible(heading(page, 'Invoices'));
    // The demo's older months are invoiced already.
    await visible(page.getByRole('link', { name: `Invoice ${number - 1}`, exact: true }));

    const dialog = await openNewDraft(page);
    // The dialog proposes last month.
    expect(await dialog.getByLabel('From', { exact: true }).inputValue()).toBe(
      lastMonth(todayIn(TIME_ZONE)).from,
    );
    await dialog.getByLabel('Customer').selectOption({ label: CUSTOMER });
    await dialog.getByLabel('From', { exact: true }).fill(from);
    await dialog.getByLabel('To', { exact: true }).fill(to);
    await dialog.getByRole('button', { name: 'Make draft' }).click();

    await visible(heading(page, 'Draft invoice'));
    await visible(page.getByText('Made the draft. Check the lines, then issue it.'));
    const lines = page.getByRole('table', { name: 'Lines of Draft invoice' });
    expect(await lines.locator('tbody tr').count()).toBe(expected.lines);
    const total = lines.locator('tfoot tr');
    expect(await total.textContent()).toBe(
      `Total${formatMinutes(expected.minutes)}${euros(expected.amount)}`,
    );

    await page.getByRole('button', { name: 'Issue invoice' }).click();
    const confirm = page.getByRole('dialog', { name: 'Issue this invoice?' });
    await visible(confirm);
    await confirm.getByRole('button', { name: 'Issue invoice' }).click();
    await visible(heading(page, `Invoice ${number}`));
    await visible(page.getByText(`Issued invoice ${number}. Its time is now invoiced.`));
    expect(await page.getByRole('button', { name: 'Issue invoice' }).count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Void invoice' }));
    await page.screenshot({ path: `${RESULTS_DIR}invoice-page.png`, fullPage: true });

    const [stored] = await server().sql<{ status: string; open: number }>(
      `select i.status, (select count(*)::int from time_entry e
                          where e.invoice_id = i.id and e.status <> 'invoiced') as open
         from invoice i where i.number = $1`,
      [number],
    );
    expect(stored).toEqual({ status: 'issued', open: 0 });

    // On paper the app's header and navigation are left out.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Printable view' }).click();
    await visible(heading(page, `Invoice ${number}`));
    expect(await mainNav(page).count()).toBe(0);
    const doc = page.getByRole('article');
    await visible(doc.getByText(CUSTOMER, { exact: true }));
    await visible(doc.getByText('VAT number NL001234567B01'));
    await visible(doc.getByRole('table', { name: `Lines of Invoice ${number}` }));
    expect(await doc.getByText(euros(expected.amount), { exact: true }).count()).toBe(2);
    await visible(page.getByRole('button', { name: 'Print' }));
    await page.screenshot({ path: `${RESULTS_DIR}invoice.png`, fullPage: true });

    // The time is on the issued invoice now: a second draft finds nothing, and says so.
    await page.getByRole('link', { name: 'Back to the invoice' }).click();
    await visible(heading(page, `Invoice ${number}`));
    await mainNav(page).getByRole('link', { name: 'Invoices' }).click();
    const again = await openNewDraft(page);
    await again.getByLabel('Customer').selectOption({ label: CUSTOMER });
    await again.getByLabel('From', { exact: true }).fill(from);
    await again.getByLabel('To', { exact: true }).fill(to);
    await again.getByRole('button', { name: 'Make draft' }).click();
    const alert = again.getByRole('alert');
    await visible(alert);
    expect(await alert.textContent()).toBe(
      `No approved, uninvoiced billable time for this customer between ${from} and ${to}.`,
    );
  });

  it('does not offer Invoices to an employee', async () => {
    const page = await signedInAs('employee@demo.example');
    await visible(mainNav(page).getByRole('link', { name: 'Reports' }));
    expect(await mainNav(page).getByRole('link', { name: 'Invoices' }).count()).toBe(0);

    await page.goto('/invoices');
    await visible(heading(page, 'Invoices'));
    await visible(page.getByText("You don't have access to this page"));
    expect(await page.getByRole('button', { name: 'New draft' }).count()).toBe(0);
  });
});

describe('reports', () => {
  it('shows the administrator hours per project with totals and the charts', async () => {
    const page = await signedInAs('admin@demo.example');
    await mainNav(page).getByRole('link', { name: 'Reports' }).click();
    await visible(heading(page, 'Reports'));

    const from = await page.getByLabel('From', { exact: true }).inputValue();
    const to = await page.getByLabel('To', { exact: true }).inputValue();
    const [sums] = await server().sql<{ minutes: number; billable: number }>(
      `select coalesce(sum(minutes), 0)::int as minutes,
              coalesce(sum(minutes) filter (where billable), 0)::int as billable
         from time_entry where date between $1 and $2`,
      [from, to],
    );
    const table = page.getByRole('table', { name: /^Hours by project, / });
    await visible(table);
    await visible(table.getByRole('rowheader', { name: 'NW-PORTAL · Customer portal' }));
    const totals = table.locator('tfoot tr');
    expect(await totals.locator('th').textContent()).toBe('Total');
    expect(await totals.locator('td').nth(0).textContent()).toBe(formatMinutes(sums!.minutes));
    expect(await totals.locator('td').nth(1).textContent()).toBe(formatMinutes(sums!.billable));
    // Projects bill in their customer's currency; the total keeps currencies apart.
    const amounts = await server().sql<{ currency: string; amount: string }>(
      `select c.currency, sum(e.amount) as amount
         from time_entry e join project p on p.id = e.project_id join customer c on c.id = p.customer_id
        where e.date between $1 and $2 and e.status in ('approved', 'invoiced')
        group by c.currency order by c.currency`,
      [from, to],
    );
    const money = (currency: string, minor: string) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(Number(minor) / 100);
    expect(await totals.locator('td').nth(3).textContent()).toBe(
      amounts.map(a => money(a.currency, a.amount)).join(' + '),
    );

    await visible(page.getByRole('img', { name: /^Hours per week by project/ }));
    await visible(page.getByRole('img', { name: /^Budget burn-down of / }));
    // The charts' text alternative: a caption that sums them up, and their numbers as tables.
    const weekly = page.getByRole('figure', { name: /^Hours per week by project/ });
    await visible(weekly.getByText(/^[\d,.]+ h from /));
    await weekly.getByText('Show the numbers').click();
    await visible(weekly.getByRole('table', { name: /^Hours per week by project/ }));
    await visible(page.getByRole('figure', { name: /^Budget burn-down: / }));

    await page.getByLabel('Group by').selectOption({ label: 'Customer' });
    const byCustomer = page.getByRole('table', { name: /^Hours by customer, / });
    await visible(byCustomer.getByRole('rowheader', { name: CUSTOMER }));
    expect(await byCustomer.locator('tfoot td').nth(0).textContent()).toBe(
      formatMinutes(sums!.minutes),
    );
    await page.getByLabel('Group by').selectOption({ label: 'Project' });
    await visible(table);
    await page.screenshot({ path: `${RESULTS_DIR}report.png`, fullPage: true });
  });
});

describe('projects and customers', () => {
  it('lets the administrator add a task to a project and see its people', async () => {
    const page = await signedInAs('admin@demo.example');
    await mainNav(page).getByRole('link', { name: 'Projects' }).click();
    await visible(heading(page, 'Projects'));
    await page.getByLabel('Customer').selectOption({ label: CUSTOMER });
    await page.getByRole('link', { name: 'Customer portal' }).click();
    await visible(heading(page, 'Customer portal'));

    const tasks = page.getByRole('region', { name: 'Tasks' });
    for (const task of ['Design', 'Development', 'Testing']) {
      await visible(tasks.getByRole('rowheader', { name: task }));
    }
    await tasks.getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Name').fill('Design');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    // The server's message about the name appears next to the name field.
    await visible(dialog.getByText('Project Customer portal already has a task named Design.'));
    expect(await dialog.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Name').fill('Research');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await visible(tasks.getByRole('rowheader', { name: 'Research' }));
    await visible(tasks.getByText('Added task Research.'));

    const people = page.getByRole('region', { name: 'People' });
    await visible(people.getByRole('button', { name: 'Change people' }));
    await visible(people.getByText(/^Members \(\d+\)$/));
    await page.screenshot({ path: `${RESULTS_DIR}projects.png`, fullPage: true });
  });

  it('shows the server’s message next to a customer number that is taken', async () => {
    const page = await signedInAs('admin@demo.example');
    await mainNav(page).getByRole('link', { name: 'Customers' }).click();
    await visible(heading(page, 'Customers'));
    await visible(page.getByRole('rowheader', { name: CUSTOMER }));

    await page.getByRole('button', { name: 'New customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByLabel('Name').fill('Zephyr Freight');
    await dialog.getByLabel('Customer number (optional)').fill('C-1001');
    await dialog.getByRole('button', { name: 'Add customer' }).click();
    await visible(dialog.getByText('Another customer on this site already has number C-1001.'));
    await dialog.getByLabel('Customer number (optional)').fill('C-2001');
    await dialog.getByRole('button', { name: 'Add customer' }).click();
    await visible(page.getByRole('rowheader', { name: 'Zephyr Freight' }));
    await visible(page.getByText('Added Zephyr Freight.'));
  });

  it('shows an employee projects and customers without edit controls', async () => {
    const page = await signedInAs('employee@demo.example');
    await mainNav(page).getByRole('link', { name: 'Customers' }).click();
    await visible(page.getByRole('rowheader', { name: CUSTOMER }));
    expect(await page.getByRole('button', { name: 'New customer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);

    await mainNav(page).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('link', { name: 'Customer portal' }).click();
    await visible(heading(page, 'Customer portal'));
    await visible(page.getByText('You cannot see who works on this project.'));
    expect(await page.getByRole('button', { name: 'Add task' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit project' }).count()).toBe(0);
  });
});
