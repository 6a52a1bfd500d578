import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../server/test/smtp.js';
import { RESULTS_DIR, signIn, useDemoSite, visible } from './support.js';

const NEW_PASSWORD = 'marble-lantern-quietly-47-orchid';
const EMPLOYEE = 'employee@demo.example';
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

const { server, openSignInPage } = useDemoSite({
  env: () => ({ SMTP_URL: smtp!.url, PUBLIC_URL }),
});

/** The /reset-password link of the last mail to `address`, on the test server's origin. */
function resetLinkFor(address: string): string {
  const mail = smtp?.lastTo(address) ?? '';
  const match = /http:\/\/horae\.test(\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail);
  if (!match?.[1]) throw new Error(`No reset link in the mail to ${address}: ${mail}`);
  return `${server().url}${match[1]}`;
}

describe('resetting a forgotten password', () => {
  it('mails a link that sets a new password once', async () => {
    const page = await openSignInPage();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Reset your password' }));
    await page.getByLabel('Site').fill('demo');
    await page.getByLabel('Email').fill(EMPLOYEE);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await visible(page.getByText(/If that email belongs to someone on this site/));

    const link = resetLinkFor(EMPLOYEE);
    await page.goto(link);
    await visible(page.getByRole('heading', { level: 1, name: 'Choose a new password' }));
    const field = page.getByLabel('New password', { exact: true });
    await field.fill('correcthorsebatterystaple');
    await visible(page.getByRole('meter', { name: 'Password strength' }));
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await visible(page.getByText(/This password has appeared in data breaches/));
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `${RESULTS_DIR}reset.png`, fullPage: true });

    await field.fill(NEW_PASSWORD);
    await visible(page.getByText('Strength: Strong'));
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await visible(page.getByText(/Your password has been changed/));

    await page.getByRole('link', { name: 'Sign in' }).click();
    await visible(page.getByRole('heading', { name: 'Sign in to Horae' }));
    await signIn(page, EMPLOYEE, NEW_PASSWORD);
    await visible(page.getByRole('heading', { level: 1, name: 'Home' }));

    // The link works once.
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('another-fine-passphrase-2031');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await visible(page.getByRole('alert').getByText(/used already, has expired/));
    await visible(page.getByRole('link', { name: 'Ask for a new link' }));
    await page.screenshot({ path: `${RESULTS_DIR}reset-used-link.png`, fullPage: true });
  });
});
