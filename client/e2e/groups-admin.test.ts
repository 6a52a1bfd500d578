import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../server/test/graphql-client.js';
import { DEMO_PASSWORD, heading, mainNav, shoot, useDemoSite, visible } from './support.js';

const ADMIN = 'admin@demo.example';
/** Emil Employee: only in the built-in Employees group, which grants no invoices. */
const EMPLOYEE = 'employee@demo.example';

const { server, signedInAs } = useDemoSite({ viewport: { width: 1280, height: 900 } });

/** The Total column of the first invoice in the list, as the employee's browser shows it. */
async function firstInvoiceTotal(page: Page): Promise<string> {
  await page.reload();
  await visible(heading(page, 'Invoices'));
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: /Invoice/ }) });
  const total = row.first().getByRole('cell').last();
  await visible(total);
  return (await total.innerText()).trim();
}

async function openGroup(page: Page, name: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Groups' }).click();
  await visible(heading(page, 'Groups'));
  await page.getByRole('link', { name, exact: true }).click();
  await visible(heading(page, name));
}

/** Given: a partner integration, added through the API by the admin. */
async function givenService(name: string): Promise<void> {
  const api = new GraphQLClient(server().url);
  expect((await api.login('demo', ADMIN, DEMO_PASSWORD)).data.login.errors).toEqual([]);
  const created = await api.request<{ serviceCreate: { errors: unknown[] } }>(
    `mutation ($name: String!) { serviceCreate(input: { name: $name }) { errors { message } } }`,
    { name },
  );
  expect(created.data?.serviceCreate.errors).toEqual([]);
}

/** Unchecks one cell of the field exposure matrix and waits until the server saved it. */
async function hideField(page: Page, label: string, subject: string): Promise<void> {
  await page.getByRole('checkbox', { name: `Expose ${label} to ${subject}` }).uncheck();
  await visible(page.getByRole('status').getByText(`${label} is now hidden from ${subject}.`));
}

describe('groups and field exposure', () => {
  it('grants invoices through a new group, hides their total, and takes them away again', async () => {
    const admin = await signedInAs(ADMIN);

    // The admin creates "Auditors" and lands on its page.
    await mainNav(admin).getByRole('link', { name: 'Groups' }).click();
    await visible(heading(admin, 'Groups'));
    await admin.getByRole('button', { name: 'New group' }).click();
    const create = admin.getByRole('dialog', { name: 'New group' });
    await create.getByLabel('Name').fill('Auditors');
    await create.getByRole('button', { name: 'Create group' }).click();
    await visible(heading(admin, 'Auditors'));
    await visible(admin.getByText('Created the group.'));

    // Permission matrix: reports of the whole site and invoices, saved together.
    const permissions = admin.getByRole('region', { name: 'Permissions' });
    const save = permissions.getByRole('button', { name: 'Save permissions' });
    expect(await save.isDisabled()).toBe(true);
    await permissions.getByRole('checkbox', { name: 'Reports: read' }).check();
    const scope = permissions.getByRole('combobox', { name: 'Reports: read, scope' });
    expect(await scope.inputValue()).toBe('own');
    await scope.selectOption({ label: 'All site' });
    await permissions.getByRole('checkbox', { name: 'Invoices: read' }).check();
    await save.click();
    await visible(permissions.getByText('Saved the permissions of Auditors.'));
    expect(await save.isDisabled()).toBe(true);
    const [auditors] = await server().sql<{ permissions: string[] }>(
      `select permissions from user_group where name = 'Auditors'`,
    );
    expect(auditors?.permissions).toEqual(['invoice.read', 'report.read:all']);

    // Members: Emil is found by name and added.
    const members = admin.getByRole('region', { name: /^Members/ });
    await members.getByLabel('Find a person').fill('Emil');
    const person = members.getByLabel('Person', { exact: true });
    await person.locator('option', { hasText: 'Emil Employee' }).waitFor({ state: 'attached' });
    await person.selectOption({ label: `Emil Employee (${EMPLOYEE})` });
    await members.getByRole('button', { name: 'Add to group' }).click();
    await visible(members.getByText('Added Emil Employee to Auditors.'));
    await visible(members.getByRole('row').filter({ hasText: 'Emil Employee' }));
    await visible(members.getByRole('heading', { name: 'Members (1)' }));
    await shoot(admin, 'group-permission-matrix');

    // Emil, in a browser of his own, now has invoices, totals included.
    const employee = await signedInAs(EMPLOYEE);
    await mainNav(employee).getByRole('link', { name: 'Invoices' }).click();
    await visible(heading(employee, 'Invoices'));
    expect(await firstInvoiceTotal(employee)).toMatch(/€\d/);

    // Field exposure: groups, then services (which see none of these fields until exposed).
    await givenService('Partner portal');
    await mainNav(admin).getByRole('link', { name: 'Field exposure' }).click();
    await visible(heading(admin, 'Field exposure'));
    const adminsCell = admin.getByRole('checkbox', {
      name: 'Expose Invoice total to Administrators',
    });
    expect(await adminsCell.isChecked()).toBe(true);
    expect(await adminsCell.isDisabled()).toBe(true);
    const partnerCell = admin.getByRole('checkbox', {
      name: 'Expose Customer VAT number to Partner portal',
    });
    expect(await partnerCell.isChecked()).toBe(false);
    await partnerCell.check();
    await visible(
      admin.getByRole('status').getByText('Customer VAT number is now exposed to Partner portal.'),
    );

    // Hiding the total from Auditors alone is not enough: Employees, Emil's other group, still
    // exposes it, and exposure adds up over a person's groups.
    await hideField(admin, 'Invoice total', 'Auditors');
    expect(await firstInvoiceTotal(employee)).toMatch(/€\d/);

    await hideField(admin, 'Invoice total', 'Employees');
    await shoot(admin, 'field-exposure-matrix');
    expect(await firstInvoiceTotal(employee)).toBe('—');
    await shoot(employee, 'invoices-total-hidden');
    const [hidden] = await server().sql<{ field_exposure: Record<string, boolean> }>(
      `select field_exposure from user_group where name = 'Auditors'`,
    );
    expect(hidden?.field_exposure).toEqual({ 'Invoice.totalAmount': false });

    // Administrators: the matrix is read-only, and nobody removes their own administration.
    await openGroup(admin, 'Administrators');
    await visible(admin.getByText('Administrators always hold every permission'));
    const voidInvoices = admin.getByRole('checkbox', { name: 'Invoices: void' });
    expect(await voidInvoices.isChecked()).toBe(true);
    expect(await voidInvoices.isDisabled()).toBe(true);
    expect(await admin.getByRole('button', { name: 'Save permissions' }).count()).toBe(0);
    expect(await admin.getByRole('button', { name: 'Delete group' }).count()).toBe(0);
    await shoot(admin, 'group-administrators');
    await admin.getByRole('button', { name: 'Remove Ada Admin from Administrators' }).click();
    const removeSelf = admin.getByRole('dialog', { name: 'Remove Ada Admin from Administrators?' });
    await removeSelf.getByRole('button', { name: 'Remove from group' }).click();
    await visible(removeSelf.getByRole('alert').getByText(/cannot remove your own administration/));
    await removeSelf.getByRole('button', { name: 'Cancel' }).click();

    // Deleting Auditors takes invoices away from Emil again.
    await openGroup(admin, 'Auditors');
    await admin.getByRole('button', { name: 'Delete group' }).click();
    const remove = admin.getByRole('dialog', { name: 'Delete Auditors?' });
    await visible(remove.getByText(/Its one member will lose/));
    await remove.getByRole('button', { name: 'Delete group' }).click();
    await visible(heading(admin, 'Groups'));
    await visible(admin.getByText('Deleted the group Auditors.'));
    expect(await admin.getByRole('link', { name: 'Auditors', exact: true }).count()).toBe(0);

    await employee.reload();
    await visible(employee.getByRole('heading', { name: "You don't have access to this page" }));
    expect(await mainNav(employee).getByRole('link', { name: 'Invoices' }).count()).toBe(0);
  });
});
