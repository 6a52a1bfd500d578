import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../server/test/smtp.js';
import { DEMO_PASSWORD, heading, mainNav, shoot, signIn, useDemoSite, visible } from './support.js';

const ADMIN = 'admin@demo.example';
const EMPLOYEE = 'employee@demo.example';
const NEWCOMER = 'nina.nieuw@demo.example';
/** The server's links point here; the test opens them on the test server instead. */
const PUBLIC_URL = 'http://horae.test';

let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;

// Registered before the site's hooks: the mail server starts before the server and closes after it.
beforeAll(async () => {
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await smtp?.close();
});

const { server, openSignInPage, signedInAs } = useDemoSite({
  viewport: { width: 1400, height: 900 },
  env: () => ({ SMTP_URL: smtp!.url, PUBLIC_URL }),
});

async function openPeople(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'People' }).click();
  await visible(heading(page, 'People'));
}

/** The People table's row of `name`. */
function personRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The /accept-invitation link of the last mail to `address`, on the test server's origin. */
function invitationLinkFor(address: string): string {
  const mail = smtp?.lastTo(address) ?? '';
  const match = /http:\/\/horae\.test(\/accept-invitation\?token=[A-Za-z0-9_-]+)/.exec(mail);
  if (!match?.[1]) throw new Error(`No invitation link in the mail to ${address}: ${mail}`);
  return `${server().url}${match[1]}`;
}

describe('people administration', () => {
  it('deactivates a signed-in employee: their session ends at once and they cannot sign in again', async () => {
    const employee = await signedInAs(EMPLOYEE);
    const admin = await signedInAs(ADMIN);
    await openPeople(admin);

    const row = personRow(admin, 'Emil Employee');
    await visible(row.getByText('Active', { exact: true }));
    await admin.getByRole('button', { name: 'Deactivate Emil Employee…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Deactivate Emil Employee?' });
    await visible(dialog.getByText('Their 1 active session ends now; they can no longer sign in.'));
    await shoot(admin, 'people-deactivate-confirm');
    // Eleven minutes pass since the admin signed in: deactivating asks them to confirm first.
    await server().sql(
      `update session set authenticated_at = now() - interval '11 minutes'
        where user_id = (select id from app_user where email = $1)`,
      [ADMIN],
    );
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    const confirm = admin.getByRole('dialog', { name: "Confirm it's you" });
    await confirm.getByLabel('Password').fill(DEMO_PASSWORD);
    await confirm.getByRole('button', { name: 'Confirm and continue' }).click();
    await visible(
      admin.getByRole('status').getByText(/Deactivated Emil Employee: their sessions have ended/),
    );
    await visible(row.getByText('Deactivated', { exact: true }));
    // Cells after the name: email, status, active sessions.
    expect((await row.getByRole('cell').nth(2).innerText()).trim()).toBe('0');
    await shoot(admin, 'people-deactivated');

    // The employee's next click finds the session gone and says why.
    await mainNav(employee).getByRole('link', { name: 'Timesheet' }).click();
    await visible(employee.getByRole('heading', { name: 'Sign in to Horae' }));
    await visible(employee.getByRole('alert').getByText(/Your session has ended/));
    await shoot(employee, 'people-deactivated-session-ended');

    // Their password is still right, and still refused.
    await signIn(employee, EMPLOYEE, DEMO_PASSWORD);
    await visible(employee.getByRole('alert').getByText(/This account has been deactivated/));
    await shoot(employee, 'people-deactivated-sign-in-refused');

    // Reactivated, they can sign in again.
    await admin.getByRole('button', { name: 'Reactivate Emil Employee' }).click();
    await visible(admin.getByRole('status').getByText(/Reactivated Emil Employee/));
    await visible(row.getByText('Active', { exact: true }));
    await signIn(employee, EMPLOYEE, DEMO_PASSWORD);
    // Back where the ended session left off.
    await visible(heading(employee, 'Timesheet'));
  });

  it('invites a person, who is listed as invited until they choose a password', async () => {
    const admin = await signedInAs(ADMIN);
    await openPeople(admin);
    await admin.getByRole('button', { name: 'Invite person' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Invite a person' });

    // An address in use already: the server's objection appears next to the field.
    await dialog.getByLabel('Email').fill(ADMIN);
    await dialog.getByLabel('Name').fill('Nina Nieuw');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await visible(dialog.getByText('Someone on this site already uses that email.'));
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await shoot(admin, 'people-invite-email-taken');

    await dialog.getByLabel('Email').fill(NEWCOMER);
    expect(await dialog.getByLabel('Employees').isChecked()).toBe(true);
    await dialog.getByLabel('Managers').check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await visible(admin.getByRole('status').getByText(`Invited Nina Nieuw: a link`));
    const row = personRow(admin, 'Nina Nieuw');
    await visible(row.getByText('Invited', { exact: true }));
    await visible(row.getByText('Employees, Managers'));
    await shoot(admin, 'people-invited');

    // Nina chooses her password from the mail: the meter knows her address is no password.
    const nina = await openSignInPage();
    await nina.goto(invitationLinkFor(NEWCOMER));
    await visible(nina.getByRole('heading', { level: 1, name: 'Choose your password' }));
    const field = nina.getByLabel('Password', { exact: true });
    await field.fill(NEWCOMER);
    await visible(nina.getByText(/too easy to guess \(strength 0 of 4/));
    await field.fill('lantern-orchid-quietly-47');
    await visible(nina.getByText(/Long and strong enough/));
    await nina.getByRole('button', { name: 'Save the password' }).click();
    await visible(nina.getByText(/Your password is saved/));

    await admin.reload();
    await visible(heading(admin, 'People'));
    await visible(personRow(admin, 'Nina Nieuw').getByText('Active', { exact: true }));
  });
});
