import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenSite, TEST_PASSWORD } from '../../server/test/factories.js';
import { GraphQLClient } from '../../server/test/graphql-client.js';
import { freePort, startTestIdp, type TestIdp } from '../../server/test/oidc-idp.js';
import { RESULTS_DIR, signIn, useDemoSite, visible } from './support.js';

let publicUrl = '';
let idp: TestIdp | undefined;

// Registered before the site's hooks: the provider starts before the server (which needs its
// public address for the callback registered there) and closes after it.
beforeAll(async () => {
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  idp = await startTestIdp({
    claimsInIdToken: true,
    clients: [
      {
        clientId: 'horae',
        clientSecret: 'e2e-client-secret',
        redirectUri: `${publicUrl}/auth/sso/callback`,
      },
    ],
  });
  idp.accounts.set('emil', { email: 'employee@acme.example', email_verified: true });
  idp.accounts.set('stranger', { email: 'stranger@acme.example', email_verified: true });
});

afterAll(async () => {
  await idp?.close();
});

const { server, openSignInPage } = useDemoSite({
  env: () => ({ PORT: new URL(publicUrl).port, PUBLIC_URL: publicUrl }),
  // Not the demo: Acme, whose sign-in may go through the provider.
  seed: async started => {
    await givenSite(started, 'acme');
    const admin = new GraphQLClient(started.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
    await admin.request(
      `mutation($i: SiteSettingsInput!) { siteSettingsUpdate(input: $i) { errors { message } } }`,
      {
        i: {
          ssoMode: 'OPTIONAL',
          ssoIssuer: idp!.issuer,
          ssoClientId: 'horae',
          ssoClientSecret: 'e2e-client-secret',
        },
      },
    );
  },
});

/** On the provider's own (development) pages: sign in, then allow Horae. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('single sign-on in the browser', () => {
  it('offers single sign-on once the site is typed, and comes back signed in', async () => {
    const page = await openSignInPage();
    await page.getByLabel('Site').fill('acme');
    await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
    await signInAtProvider(page, 'emil');
    await visible(page.getByRole('heading', { level: 1, name: 'Home' }));
  });

  it('explains on the sign-in page why the provider’s answer was refused', async () => {
    const page = await openSignInPage();
    await page.getByLabel('Site').fill('acme');
    await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
    await signInAtProvider(page, 'stranger');
    await visible(page.getByRole('alert').getByText(/There is no account on this site/));
    await visible(page.getByLabel('Site'));
    await visible(page.getByRole('link', { name: 'Sign in with single sign-on' }));
    await page.screenshot({ path: `${RESULTS_DIR}/sso-sign-in.png`, fullPage: true });
  });

  it('confirms it’s you through single sign-on and comes back to the same page', async () => {
    const page = await openSignInPage();
    await page.getByLabel('Site').fill('acme');
    await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
    await signInAtProvider(page, 'emil');
    await visible(page.getByRole('heading', { level: 1, name: 'Home' }));
    // Another session to sign out, and eleven minutes since Emil last proved who he is.
    await new GraphQLClient(server().url).login('acme', 'employee@acme.example', TEST_PASSWORD);
    await server().sql(
      `update session set authenticated_at = now() - interval '11 minutes'
        where user_id = (select id from app_user where email = 'employee@acme.example')`,
    );
    await page.goto('/account');
    const signOutOthers = page.getByRole('button', { name: 'Sign out all other sessions' });
    await signOutOthers.click();

    const dialog = page.getByRole('dialog', { name: "Confirm it's you" });
    await visible(dialog.getByRole('link', { name: 'Confirm with single sign-on' }));
    // Emil also has a password: that way stays open.
    await visible(dialog.getByLabel('Password'));
    await page.screenshot({ path: `${RESULTS_DIR}/sso-reauthenticate.png`, fullPage: true });
    await dialog.getByRole('link', { name: 'Confirm with single sign-on' }).click();

    // The provider asks to sign in again (prompt=login), then sends Emil back to his account.
    await page.locator('input[name="login"]').fill('emil');
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Account' }));
    expect(new URL(page.url()).pathname).toBe('/account');
    await signOutOthers.click();
    await visible(page.getByText(/other sessions? ha(s|ve) been signed out/));
    expect(await dialog.count()).toBe(0);
  });

  it('lets an administrator see the callback URL and replace the secret, which is never shown', async () => {
    const page = await openSignInPage();
    await signIn(page, 'admin@acme.example', TEST_PASSWORD, 'acme');
    await visible(page.getByRole('heading', { level: 1, name: 'Home' }));
    await page.goto('/security');
    const section = page.getByRole('region', { name: 'Single sign-on' });
    await visible(section.getByText(`${server().config.publicUrl}/auth/sso/callback`));
    await visible(section.getByText('A secret is stored (it is never shown).'));
    expect(await section.getByLabel('Issuer URL').inputValue()).toBe(idp!.issuer);
    await section.getByRole('button', { name: 'Replace the secret' }).click();
    await section.getByLabel('New client secret').fill('e2e-client-secret');
    await section.getByLabel('Single sign-on required').check();
    await visible(section.getByText(/Two-step sign-in is off for your own account/));
    await section.getByRole('button', { name: 'Save single sign-on' }).click();
    await visible(section.getByText(/turn on two-step sign-in for at least one administrator/));
    await page.screenshot({ path: `${RESULTS_DIR}/sso-settings.png`, fullPage: true });
  });
});
