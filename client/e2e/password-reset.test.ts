import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../server/test/graphql-client.js';
import { startSmtpServer } from '../../server/test/smtp.js';
import { RESULTS_DIR, shoot, signIn, useDemoSite, visible } from './support.js';

const NEW_PASSWORD = 'marble-lantern-quietly-47-orchid';
const EMPLOYEE = 'employee@demo.example';
/** Tom Bakker, an employee of the demo site. */
const TOM = 'tom.bakker@demo.example';
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

    // The link works once: opened again, it says so before a password is typed.
    await page.goto(link);
    await visible(page.getByRole('alert').getByText(/used already, has expired/));
    expect(await page.getByLabel('New password', { exact: true }).count()).toBe(0);
    await visible(page.getByRole('link', { name: 'Ask for a new link' }));
    await page.screenshot({ path: `${RESULTS_DIR}reset-used-link.png`, fullPage: true });
  });

  it('measures the password against the site minimum and the person before it is sent', async () => {
    // Given: a site that asks for the highest strength, and Tom's reset link.
    await server().sql(`update site set min_password_score = 4 where slug = 'demo'`);
    await new GraphQLClient(server().url).request(
      `mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) { ok } }`,
      { i: { site: 'demo', email: TOM } },
    );
    const page = await openSignInPage();
    await page.goto(resetLinkFor(TOM));
    await visible(page.getByRole('heading', { level: 1, name: 'Choose a new password' }));
    const field = page.getByLabel('New password', { exact: true });
    const meter = page.locator('#link-password-strength');

    // Strength 3: enough for most sites, not for this one; the meter says so before sending.
    await field.fill('welcome2024welcome');
    await visible(meter.getByText(/strength 3 of 4; this site needs 4/));
    expect(await meter.getByText(/Long and strong enough/).count()).toBe(0);
    await shoot(page, 'reset-site-minimum');

    // His own email address is strong in general, but not as his password.
    await field.fill(TOM);
    await visible(meter.getByText(/strength 0 of 4; this site needs 4/));
    await shoot(page, 'reset-own-words');

    // The server agrees when it is sent anyway.
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await visible(page.locator('#link-password-error').getByText(/too easy to guess/));

    await field.fill('lantern-orchid-quietly-47');
    await visible(meter.getByText(/Long and strong enough/));
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await visible(page.getByText(/Your password has been changed/));
  });
});
