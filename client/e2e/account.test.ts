import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, RESULTS_DIR, signIn, useDemoSite, visible } from './support.js';
import { laterTotpCode, totpCode } from './totp.js';

const EMPLOYEE = 'employee@demo.example';

const { server, signedInAs } = useDemoSite();

async function openAccount(page: Page, name = 'Emil Employee'): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Account' }));
}

describe('the account page', () => {
  it('rates a new password as it is typed and shows the server’s breached refusal', async () => {
    const page = await signedInAs(EMPLOYEE);
    await openAccount(page);

    const section = page.getByRole('region', { name: 'Password' });
    // Right after signing in no current password is asked (see the re-authentication test).
    expect(await section.getByLabel('Current password').count()).toBe(0);
    await section.getByLabel('New password').fill('emil2024');
    await visible(section.getByText('Strength: Weak'));
    await visible(section.getByText(/The password is too short: use at least 15 characters/));
    expect(await section.getByRole('meter', { name: 'Password strength' }).count()).toBe(1);

    await section.getByLabel('New password').fill('correcthorsebatterystaple');
    await section.getByRole('button', { name: 'Change password' }).click();
    const refusal = section.getByText(/This password has appeared in data breaches/);
    await visible(refusal);
    expect(await section.getByLabel('New password').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `${RESULTS_DIR}account.png`, fullPage: true });

    const sessions = page.getByRole('region', { name: 'Where you are signed in' });
    await visible(sessions.getByText('This device'));
  });

  it('turns on two-step sign-in and then asks for a code when signing in', async () => {
    const page = await signedInAs(EMPLOYEE);
    await openAccount(page);

    const section = page.getByRole('region', { name: 'Two-step sign-in' });
    await visible(section.getByText('Off', { exact: true }));
    await section.getByRole('button', { name: 'Turn on' }).click();

    await visible(section.getByRole('img', { name: /QR code/ }));
    const secret = (await section.locator('#mfa-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await page.screenshot({ path: `${RESULTS_DIR}mfa.png`, fullPage: true });

    const confirmedAt = Date.now();
    await section.getByLabel('Code from the app').fill(totpCode(secret, confirmedAt));
    await section.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const codes = section.getByRole('list', { name: 'Recovery codes' });
    await visible(codes);
    expect(await codes.getByRole('listitem').count()).toBe(10);
    await page.screenshot({ path: `${RESULTS_DIR}mfa-recovery-codes.png`, fullPage: true });
    await section.getByRole('button', { name: 'I have saved these codes' }).click();
    await visible(section.getByText('On', { exact: true }));

    await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
    await visible(page.getByText('You have signed out.'));

    await signIn(page, EMPLOYEE, DEMO_PASSWORD);
    const codeField = page.getByLabel('Enter the 6-digit code from your authenticator app');
    await visible(codeField);
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    await visible(page.getByRole('button', { name: 'Use a recovery code instead' }));

    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await visible(page.getByRole('alert'));
    await page.screenshot({ path: `${RESULTS_DIR}mfa-sign-in.png`, fullPage: true });

    // A later step's code: the one used to confirm may not be used twice.
    await codeField.fill(laterTotpCode(secret, confirmedAt));
    await page.getByRole('button', { name: 'Continue' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Home' }));
    await visible(page.getByText('Signed in as Emil Employee', { exact: false }));
  });

  it('asks “Confirm it’s you” when the sign-in is over 10 minutes old, then changes the password', async () => {
    const page = await signedInAs('tom.bakker@demo.example');
    await openAccount(page, 'Tom Bakker');
    // Eleven minutes pass since Tom proved who he is.
    await server().sql(
      `update session set authenticated_at = now() - interval '11 minutes'
        where user_id = (select id from app_user where email = 'tom.bakker@demo.example')`,
    );

    const section = page.getByRole('region', { name: 'Password' });
    await section.getByLabel('New password').fill('quartz-meadow-lantern-51-ripple');
    await section.getByRole('button', { name: 'Change password' }).click();

    const dialog = page.getByRole('dialog', { name: "Confirm it's you" });
    await visible(dialog);
    expect(await dialog.getByLabel('Code from your authenticator app').count()).toBe(0);
    await dialog.getByLabel('Password').fill('not-my-password-at-all');
    await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
    await visible(dialog.getByText('Your password is not right.'));
    await page.screenshot({ path: `${RESULTS_DIR}reauthenticate.png`, fullPage: true });

    await dialog.getByLabel('Password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
    // The change that was refused is sent again by itself.
    await visible(section.getByText(/Your password has been changed/));
    expect(await dialog.count()).toBe(0);
  });
});
