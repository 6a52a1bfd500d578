import { type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../server/test/graphql-client.js';
import {
  DEMO_PASSWORD,
  heading,
  mainNav,
  RESULTS_DIR,
  shoot,
  signIn,
  useDemoSite,
  visible,
} from './support.js';
import { laterTotpCode, totpCode } from './totp.js';

const ADMIN = 'admin@demo.example';
/** Where the failed sign-ins come from (TEST-NET-2, as the server sees it through the proxy header). */
const ATTACKER_IP = '198.51.100.23';

const { server, openSignInPage } = useDemoSite({ viewport: { width: 1280, height: 900 } });

/**
 * Given: the admin has two-step sign-in on (through the API), so requiring it for administrators
 * does not shut them out of the pages under test. Returns the authenticator secret.
 */
/** When the enrolment was confirmed: its 30-second step may not be used again. */
let confirmedAt = 0;

async function adminWithTwoStepSignIn(): Promise<string> {
  confirmedAt = Date.now();
  const api = new GraphQLClient(server().url);
  expect((await api.login('demo', ADMIN, DEMO_PASSWORD)).data.login.errors).toEqual([]);
  const started = await api.request<{
    mfaEnrollStart: { enrollment: { secret: string } | null };
  }>(
    // A literal, so the request fits whether the argument is required or optional.
    `mutation { mfaEnrollStart(currentPassword: ${JSON.stringify(DEMO_PASSWORD)}) { enrollment { secret } errors { message } } }`,
  );
  const secret = started.data?.mfaEnrollStart.enrollment?.secret;
  if (!secret) throw new Error(`Enrolment did not start: ${JSON.stringify(started)}`);
  const confirmed = await api.request<{ mfaEnrollConfirm: { errors: unknown[] } }>(
    `mutation ($c: String!) { mfaEnrollConfirm(code: $c) { errors { message } } }`,
    { c: totpCode(secret, confirmedAt) },
  );
  expect(confirmed.data?.mfaEnrollConfirm.errors).toEqual([]);
  return secret;
}

/** A fresh browser profile, signed in; with a secret, the second step is answered too. */
async function signedIn(email: string, secret?: string): Promise<Page> {
  const page = await openSignInPage();
  await signIn(page, email, DEMO_PASSWORD);
  if (secret) {
    await page
      .getByLabel('Enter the 6-digit code from your authenticator app')
      .fill(laterTotpCode(secret, confirmedAt));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await visible(heading(page, 'Home')).catch(async (error: unknown) => {
    // Keep what the page showed instead of Home, for whoever reads the failure.
    await page.screenshot({ path: `${RESULTS_DIR}security-admin-sign-in-failed.png` });
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '');
    throw new Error(`Home did not appear after sign-in; the page showed: ${shown}`, {
      cause: error,
    });
  });
  return page;
}

/** Five failed sign-ins in a row from one address: the server blocks it for 10 minutes. */
async function failedSignInsFrom(ip: string): Promise<GraphQLClient> {
  const attacker = new GraphQLClient(server().url);
  attacker.ip = ip;
  for (let i = 0; i < 5; i++) {
    await attacker.login('demo', `probe${i}@demo.example`, 'wrong-password-attempt');
  }
  expect(errorCodes(await attacker.login('demo', ADMIN, DEMO_PASSWORD))).toEqual(['RATE_LIMITED']);
  return attacker;
}

describe('the site administrator’s security pages', () => {
  it('changes sign-in security, lifts a sign-in block and finds both in a verified audit log', async () => {
    const page = await signedIn(ADMIN, await adminWithTwoStepSignIn());

    // Security settings: a value out of range is refused by the server, next to its field.
    await mainNav(page).getByRole('link', { name: 'Security', exact: true }).click();
    await visible(heading(page, 'Security settings'));
    const form = page.getByRole('region', { name: 'Sign-in security' });
    const score = form.getByLabel('Minimum strength of new passwords');
    expect(await score.inputValue()).toBe('3');
    expect(await form.getByLabel('No one').isChecked()).toBe(true);
    const idle = form.getByLabel('Sign out after inactivity (minutes)');
    await idle.fill('90');
    await form.getByRole('button', { name: 'Save sign-in security' }).click();
    await visible(form.getByText('Choose a value from 15 to 60.'));
    expect(await idle.getAttribute('aria-invalid')).toBe('true');
    expect(await idle.evaluate(input => input.matches(':focus'))).toBe(true);

    await idle.fill('30');
    await score.selectOption('4');
    await form.getByLabel('Administrators').check();
    await form.getByRole('button', { name: 'Save sign-in security' }).click();
    await visible(form.getByText('Sign-in security settings saved.'));
    expect(await idle.getAttribute('aria-invalid')).toBeNull();
    await shoot(page, 'security-settings');

    // Saved on the server: a fresh load shows the new values.
    await page.reload();
    await visible(heading(page, 'Security settings'));
    expect(await score.inputValue()).toBe('4');
    expect(await form.getByLabel('Administrators').isChecked()).toBe(true);
    const [site] = await server().sql<{ min_password_score: number; mfa_required: string }>(
      `select min_password_score, mfa_required from site where slug = 'demo'`,
    );
    expect(site).toEqual({ min_password_score: 4, mfa_required: 'admins' });

    // A block made by failed sign-ins shows up, and lifting it (after confirming) removes it.
    const attacker = await failedSignInsFrom(ATTACKER_IP);
    await mainNav(page).getByRole('link', { name: 'Sign-in blocks' }).click();
    await visible(heading(page, 'Sign-in blocks'));
    const row = page.getByRole('row').filter({ hasText: ATTACKER_IP });
    await visible(row);
    await visible(row.getByText('IP address', { exact: true }));
    await visible(row.getByText(/5 failed sign-ins/));
    await shoot(page, 'sign-in-blocks');

    await row.getByRole('button', { name: `Lift the block on the address ${ATTACKER_IP}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Lift this block?' });
    await visible(dialog);
    await shoot(page, 'sign-in-blocks-confirm');
    await dialog.getByRole('button', { name: 'Lift block' }).click();
    await visible(page.getByText(`Lifted the block on the address ${ATTACKER_IP}.`));
    await visible(page.getByText('No one is blocked from signing in right now.'));
    expect(await row.count()).toBe(0);
    // The address may sign in again.
    expect(
      (await attacker.login('demo', 'employee@demo.example', DEMO_PASSWORD)).data.login.errors,
    ).toEqual([]);

    // The audit log has both changes; each opens to show what was recorded.
    await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
    await visible(heading(page, 'Audit log'));
    const events = page.getByRole('region', { name: 'Events' });
    const settingsEvent = events.getByRole('button', { name: /site\.settings_updated/ });
    await visible(settingsEvent);
    await visible(events.getByRole('button', { name: /auth\.login_block_lifted/ }));
    await settingsEvent.click();
    expect(await settingsEvent.getAttribute('aria-expanded')).toBe('true');
    const changes = events.getByRole('table', { name: 'Changed fields' });
    await visible(changes);
    const scoreChange = changes.getByRole('row').filter({ hasText: 'minPasswordScore' });
    expect(await scoreChange.getByRole('cell').allInnerTexts()).toEqual(['3', '4']);
    const mfaChange = changes.getByRole('row').filter({ hasText: 'mfaRequired' });
    expect(await mfaChange.getByRole('cell').allInnerTexts()).toEqual(['none', 'admins']);
    await shoot(page, 'audit-log');

    // Filtering by action narrows the list, and the filter lives in the address.
    const total = await countOf(events);
    await page.getByLabel('Action', { exact: true }).fill('auth.login_block_lifted');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await visible(events.getByText('Showing 1 of 1 event matching the filters'));
    expect(new URL(page.url()).searchParams.get('action')).toBe('auth.login_block_lifted');
    expect(await events.getByRole('button', { name: /site\.settings_updated/ }).count()).toBe(0);
    await page.reload();
    await visible(events.getByText('Showing 1 of 1 event matching the filters'));
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe(
      'auth.login_block_lifted',
    );

    // The hash chain holds over every event of the site.
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await visible(page.getByText('The chain is intact.'));
    const verdict = (await page.locator('.chain-verdict').innerText()).replace(/\s+/g, ' ');
    expect(Number(/(\d+) events? checked/.exec(verdict)?.[1])).toBeGreaterThanOrEqual(total);
    await shoot(page, 'audit-log-filtered');
  }, 120_000);

  it('shows the settings read-only to someone who may see but not change them', async () => {
    await server().sql(
      `update user_group set permissions = array_append(permissions, 'site.read') where built_in = 'managers'`,
    );
    const page = await signedIn('manager@demo.example');
    await expect(mainNav(page).getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);

    await mainNav(page).getByRole('link', { name: 'Security', exact: true }).click();
    await visible(heading(page, 'Security settings'));
    await visible(page.getByText('You can see these settings.', { exact: false }));
    const section = page.getByRole('region', { name: 'Sign-in security' });
    await visible(section.getByText('Minimum password strength'));
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await shoot(page, 'security-settings-read-only');

    await mainNav(page).getByRole('link', { name: 'Sign-in blocks' }).click();
    await visible(heading(page, 'Sign-in blocks'));
    expect(await page.getByRole('button', { name: /^Lift/ }).count()).toBe(0);

    await page.goto('/audit');
    await visible(page.getByText("You don't have access to this page"));
  });
});

/** The total from "Showing 50 of 123 events". */
async function countOf(events: Locator): Promise<number> {
  const text = await events.getByText(/^Showing \d+ of \d+ events?/).innerText();
  return Number(/of (\d+)/.exec(text)?.[1]);
}
