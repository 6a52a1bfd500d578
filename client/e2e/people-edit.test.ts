import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, heading, mainNav, shoot, useDemoSite, visible } from './support.js';

const ADMIN = 'admin@demo.example';

const { server, signedInAs } = useDemoSite({ viewport: { width: 1400, height: 900 } });

async function openPeople(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'People' }).click();
  await visible(heading(page, 'People'));
}

/** The People table's row of `name`. */
function personRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

async function openEdit(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: `Edit ${name}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await visible(dialog);
  return dialog;
}

/** The error shown next to `input`, which the input is described by. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find(id => id.endsWith('-error'));
  if (!errorId) throw new Error(`The field is described by no error: "${ids}"`);
  return (await page.locator(`#${errorId}`).innerText()).trim();
}

describe('editing a person', () => {
  it('changes a name and an own hourly rate, explaining what is refused next to its field', async () => {
    const admin = await signedInAs(ADMIN);
    await openPeople(admin);
    await visible(personRow(admin, 'Tom Bakker').getByText('Not set', { exact: true }));

    const dialog = await openEdit(admin, 'Tom Bakker');
    const name = dialog.getByLabel('Name', { exact: true });
    const rate = dialog.getByLabel('Hourly rate (EUR) (optional)');
    expect(await rate.inputValue()).toBe('');

    // A negative rate is no amount: refused before asking the server, next to the field.
    await name.fill('Tom Bakker-Visser');
    await rate.fill('-12.50');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    expect(await errorOf(admin, rate)).toBe(
      'The hourly rate must be an amount such as 110 or 110.50.',
    );
    await expect.poll(() => rate.evaluate(el => el.matches(':focus'))).toBe(true);
    await shoot(admin, 'people-edit-invalid-rate');

    // The server's objection to the name appears next to the name, and nothing is saved.
    await rate.fill('87.50');
    await name.fill('   ');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await visible(dialog.getByText('A name is required.'));
    expect(await errorOf(admin, name)).toBe('A name is required.');
    expect(await rate.getAttribute('aria-invalid')).toBeNull();
    await shoot(admin, 'people-edit-name-required');

    await name.fill('Tom Bakker-Visser');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await visible(admin.getByRole('status').getByText('Saved the changes to Tom Bakker-Visser.'));
    const row = personRow(admin, 'Tom Bakker-Visser');
    await visible(row.getByText('€87.50/h'));
    await shoot(admin, 'people-edited');

    // Stored: the same after a reload, and the form shows the rate as entered.
    await admin.reload();
    await visible(heading(admin, 'People'));
    await visible(personRow(admin, 'Tom Bakker-Visser').getByText('€87.50/h'));
    const again = await openEdit(admin, 'Tom Bakker-Visser');
    expect(await again.getByLabel('Hourly rate (EUR) (optional)').inputValue()).toBe('87.50');
    await again.getByRole('button', { name: 'Cancel' }).click();

    const [stored] = await server().sql<{ display_name: string; hourly_rate: number }>(
      `select display_name, hourly_rate from app_user where email = 'tom.bakker@demo.example'`,
    );
    expect(stored).toEqual({ display_name: 'Tom Bakker-Visser', hourly_rate: 8750 });
  });

  it('changes a person’s groups after the admin confirms it is them', async () => {
    const admin = await signedInAs(ADMIN);
    await openPeople(admin);
    const row = personRow(admin, 'Sara Jansen');
    await visible(row.getByText('Employees', { exact: true }));

    const dialog = await openEdit(admin, 'Sara Jansen');
    expect(await dialog.getByLabel('Employees').isChecked()).toBe(true);
    await dialog.getByLabel('Managers').check();
    // Eleven minutes pass since the admin signed in: changing groups asks them to confirm first.
    await server().sql(
      `update session set authenticated_at = now() - interval '11 minutes'
        where user_id = (select id from app_user where email = $1)`,
      [ADMIN],
    );
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    const confirm = admin.getByRole('dialog', { name: "Confirm it's you" });
    await visible(confirm);
    await shoot(admin, 'people-edit-groups-confirm');
    await confirm.getByLabel('Password').fill(DEMO_PASSWORD);
    await confirm.getByRole('button', { name: 'Confirm and continue' }).click();

    await visible(admin.getByRole('status').getByText('Saved the changes to Sara Jansen.'));
    await visible(row.getByText('Employees, Managers', { exact: true }));
    await shoot(admin, 'people-edit-groups-saved');

    await admin.reload();
    await visible(heading(admin, 'People'));
    await visible(
      personRow(admin, 'Sara Jansen').getByText('Employees, Managers', { exact: true }),
    );
  });
});
