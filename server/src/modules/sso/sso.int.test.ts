import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../../../test/browser.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { freePort, startTestIdp, throughTestIdp, type TestIdp } from '../../../test/oidc-idp.js';
import { encrypt } from '../../core/secrets.js';

const SETTINGS = `ssoMode ssoIssuer ssoClientId ssoClientSecretSet ssoAutoCreate ssoCallbackUrl`;
const UPDATE = `mutation($i: SiteSettingsInput!) { siteSettingsUpdate(input: $i) {
  settings { ${SETTINGS} } errors { field code message } } }`;
const OPTIONS = `query($s: String!) { siteSignInOptions(slug: $s) { sso ssoRequired } }`;

describe('single sign-on through an OpenID Connect provider', () => {
  let server: TestServer;
  let publicUrl: string;
  let callbackUrl: string;
  /** Acme's and Initech's provider (email in the ID token, like Microsoft Entra ID). */
  let idpA: TestIdp;
  /** Globex's provider (email only from the UserInfo endpoint). */
  let idpB: TestIdp;
  let acme: GivenSite;
  let globex: GivenSite;
  let initech: GivenSite;
  let acmeAdmin: GraphQLClient;

  const isCallback = (url: URL) => url.href.startsWith(callbackUrl);
  const startUrl = (slug: string) => `${publicUrl}/auth/sso/start?site=${slug}`;
  const signedInAs = async (slug: string, email: string) => {
    const client = new GraphQLClient(server.url);
    const res = await client.login(slug, email, TEST_PASSWORD);
    expect(res.data.login.errors).toEqual([]);
    return client;
  };

  /** Arrives at Horae's callback; returns where Horae sends the browser next. */
  async function arrive(browser: Browser, callback: URL): Promise<string> {
    const res = await browser.request(callback);
    expect(res.status).toBe(302);
    return res.headers.get('location')!;
  }

  async function ssoSignIn(slug: string, login: string, browser = new Browser()) {
    const callback = await throughTestIdp(browser, startUrl(slug), login, isCallback);
    const location = await arrive(browser, callback);
    const session = browser.cookie(publicUrl, 'horae_session');
    const client = new GraphQLClient(server.url);
    if (session) client.cookie = `horae_session=${session}`;
    return { browser, callback, location, session, client };
  }

  const viewerEmail = async (client: GraphQLClient) =>
    (await client.request('{ viewer { user { email } } }')).data?.viewer?.user.email ?? null;

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    callbackUrl = `${publicUrl}/auth/sso/callback`;
    idpA = await startTestIdp({
      claimsInIdToken: true,
      clients: [
        { clientId: 'horae-acme', clientSecret: 'acme-client-secret', redirectUri: callbackUrl },
        {
          clientId: 'horae-initech',
          clientSecret: 'initech-client-secret',
          redirectUri: callbackUrl,
        },
        { clientId: 'another-app', clientSecret: 'another-secret', redirectUri: callbackUrl },
      ],
    });
    idpB = await startTestIdp({
      clients: [
        {
          clientId: 'horae-globex',
          clientSecret: 'globex-client-secret',
          redirectUri: callbackUrl,
        },
      ],
    });
    server = await startTestServer({ PORT: String(port), PUBLIC_URL: publicUrl });
    acme = await givenSite(server, 'acme');
    globex = await givenSite(server, 'globex');
    initech = await givenSite(server, 'initech', {
      admin: 'administrators',
      deputy: 'administrators',
      employee: 'employees',
    });
    await givenSite(server, 'plain');
    idpA.accounts.set('employee', { email: 'employee@acme.example', email_verified: true });
    idpA.accounts.set('newcomer', {
      email: 'newcomer@acme.example',
      email_verified: true,
      name: 'Nora Newcomer',
    });
    idpA.accounts.set('unverified', { email: 'admin@acme.example', email_verified: false });
    idpA.accounts.set('initech-employee', {
      email: 'employee@initech.example',
      email_verified: true,
    });
    idpB.accounts.set('employee', { email: 'employee@globex.example', email_verified: true });

    acmeAdmin = await signedInAs('acme', 'admin@acme.example');
    const configured = await acmeAdmin.request(UPDATE, {
      i: {
        ssoMode: 'OPTIONAL',
        ssoIssuer: idpA.issuer,
        ssoClientId: 'horae-acme',
        ssoClientSecret: 'acme-client-secret',
      },
    });
    expect(configured.data.siteSettingsUpdate.errors).toEqual([]);
    const globexAdmin = await signedInAs('globex', 'admin@globex.example');
    const globexConfigured = await globexAdmin.request(UPDATE, {
      i: {
        ssoMode: 'OPTIONAL',
        ssoIssuer: idpB.issuer,
        ssoClientId: 'horae-globex',
        ssoClientSecret: 'globex-client-secret',
      },
    });
    expect(globexConfigured.data.siteSettingsUpdate.errors).toEqual([]);
  });
  afterAll(async () => {
    await server.close();
    await idpA.close();
    await idpB.close();
  });

  describe('settings', () => {
    it('shows the configuration and the callback URL, but never the client secret', async () => {
      const res = await acmeAdmin.request(`{ siteSettings { ${SETTINGS} } }`);
      expect(res.data.siteSettings).toEqual({
        ssoMode: 'OPTIONAL',
        ssoIssuer: idpA.issuer,
        ssoClientId: 'horae-acme',
        ssoClientSecretSet: true,
        ssoAutoCreate: false,
        ssoCallbackUrl: callbackUrl,
      });
      const asking = await acmeAdmin.request('{ siteSettings { ssoClientSecret } }');
      expect(asking.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const [stored] = await server.sql<{ sso_client_secret: Buffer }>(
        `select sso_client_secret from site where slug = 'acme'`,
      );
      expect(stored!.sso_client_secret.toString('latin1')).not.toContain('acme-client-secret');
      const events = await server.sql<{ data: unknown }>(
        `select data from audit_event where site_id = $1 and action like 'site.%'`,
        [acme.id],
      );
      expect(JSON.stringify(events)).not.toContain('acme-client-secret');
      expect(events.length).toBeGreaterThanOrEqual(2);
    });

    it('refuses incomplete settings and an issuer without a discovery document', async () => {
      const admin = await signedInAs('plain', 'admin@plain.example');
      const incomplete = await admin.request(UPDATE, {
        i: { ssoMode: 'OPTIONAL', ssoIssuer: idpA.issuer },
      });
      expect(incomplete.data.siteSettingsUpdate).toEqual({
        settings: null,
        errors: [
          {
            field: 'ssoMode',
            code: 'SSO_INCOMPLETE',
            message: expect.stringContaining('the client ID and the client secret'),
          },
        ],
      });
      const nowhere = await admin.request(UPDATE, {
        i: { ssoIssuer: 'http://127.0.0.1:9/tenant/v2.0' },
      });
      expect(nowhere.data.siteSettingsUpdate.errors).toEqual([
        {
          field: 'ssoIssuer',
          code: 'INVALID_ISSUER',
          message: expect.stringContaining('could not read the OpenID configuration'),
        },
      ]);
      const notHttps = await admin.request(UPDATE, {
        i: { ssoIssuer: 'http://idp.example.com' },
      });
      expect(notHttps.data.siteSettingsUpdate.errors[0].message).toBe(
        'The issuer must use https://.',
      );
    });

    it('tells the sign-in page which sites offer single sign-on, the same for unknown sites', async () => {
      const anonymous = new GraphQLClient(server.url);
      const of = async (slug: string) =>
        (await anonymous.request(OPTIONS, { s: slug })).data.siteSignInOptions;
      expect(await of('acme')).toEqual({ sso: true, ssoRequired: false });
      expect(await of('plain')).toEqual({ sso: false, ssoRequired: false });
      expect(await of('no-such-site')).toEqual({ sso: false, ssoRequired: false });
    });
  });

  describe('signing in', () => {
    it('signs in a person whose verified email matches, with a normal session, audited', async () => {
      const { location, session, client, browser } = await ssoSignIn('acme', 'employee');
      expect(location).toBe('/');
      expect(session).toBeTruthy();
      expect(browser.cookie(publicUrl, 'horae_sso')).toBeUndefined();
      expect(await viewerEmail(client)).toBe('employee@acme.example');
      const [event] = await server.sql<{ actor_id: string; data: Record<string, unknown> }>(
        `select actor_id, data from audit_event
          where site_id = $1 and action = 'auth.login_succeeded' order by seq desc limit 1`,
        [acme.id],
      );
      expect(event!.actor_id).toBe(acme.users.employee!.id);
      expect(event!.data).toMatchObject({ method: 'sso', issuer: idpA.issuer });
      // Signing out works as for any session.
      await client.request('mutation { logout { ok } }');
      expect(await viewerEmail(client)).toBeNull();
    });

    it('reads the email from UserInfo when the ID token has none', async () => {
      const { location, client } = await ssoSignIn('globex', 'employee');
      expect(location).toBe('/');
      expect(await viewerEmail(client)).toBe('employee@globex.example');
    });

    it('counts as two-step sign-in: a site requiring it does not ask SSO users to enrol', async () => {
      await server.sql(`update site set mfa_required = 'all' where id = $1`, [globex.id]);
      try {
        const { client } = await ssoSignIn('globex', 'employee');
        const viaSso = await client.request('{ viewer { mfaEnrollmentRequired } }');
        expect(viaSso.errors).toBeUndefined();
        expect(viaSso.data.viewer.mfaEnrollmentRequired).toBe(false);
        const viaPassword = await signedInAs('globex', 'employee@globex.example');
        const res = await viaPassword.request('{ viewer { mfaEnrollmentRequired } }');
        expect(res.data.viewer.mfaEnrollmentRequired).toBe(true);
      } finally {
        await server.sql(`update site set mfa_required = 'none' where id = $1`, [globex.id]);
      }
    });

    it('refuses an email address the provider has not verified', async () => {
      const { location, session } = await ssoSignIn('acme', 'unverified');
      expect(location).toBe('/sign-in?site=acme&sso_error=SSO_EMAIL_UNVERIFIED');
      expect(session).toBeUndefined();
    });

    it('refuses someone the site does not know, unless it creates them in Employees', async () => {
      const refused = await ssoSignIn('acme', 'newcomer');
      expect(refused.location).toBe('/sign-in?site=acme&sso_error=SSO_UNKNOWN_USER');
      expect(refused.session).toBeUndefined();

      const on = await acmeAdmin.request(UPDATE, { i: { ssoAutoCreate: true } });
      expect(on.data.siteSettingsUpdate.settings.ssoAutoCreate).toBe(true);
      const created = await ssoSignIn('acme', 'newcomer');
      expect(created.location).toBe('/');
      const me = await created.client.request(
        '{ viewer { user { email displayName } groups { name } } }',
      );
      expect(me.data.viewer).toEqual({
        user: { email: 'newcomer@acme.example', displayName: 'Nora Newcomer' },
        groups: [{ name: 'Employees' }],
      });
      await acmeAdmin.request(UPDATE, { i: { ssoAutoCreate: false } });
    });

    it('refuses a deactivated person', async () => {
      await server.sql(`update app_user set status = 'deactivated' where id = $1`, [
        acme.users.employee!.id,
      ]);
      try {
        const { location, session } = await ssoSignIn('acme', 'employee');
        expect(location).toBe('/sign-in?site=acme&sso_error=SSO_DEACTIVATED');
        expect(session).toBeUndefined();
      } finally {
        await server.sql(`update app_user set status = 'active' where id = $1`, [
          acme.users.employee!.id,
        ]);
      }
    });

    it('says so when the person cancels at the provider', async () => {
      const browser = new Browser();
      const callback = await throughTestIdp(browser, startUrl('acme'), 'employee', isCallback, {
        cancel: true,
      });
      expect(await arrive(browser, callback)).toBe('/sign-in?site=acme&sso_error=SSO_CANCELLED');
    });

    it('explains that a site does not offer single sign-on', async () => {
      const res = await new Browser().request(startUrl('plain'));
      expect(res.headers.get('location')).toBe('/sign-in?site=plain&sso_error=SSO_NOT_AVAILABLE');
    });
  });

  describe('attacks on the flow', () => {
    it('refuses a tampered state, a callback in another browser, and a replayed callback', async () => {
      const browser = new Browser();
      const callback = await throughTestIdp(browser, startUrl('acme'), 'employee', isCallback);
      const attemptCookie = browser.cookie(publicUrl, 'horae_sso')!;

      const tampered = new URL(callback);
      const state = tampered.searchParams.get('state')!;
      // Another first character (a fixed 'x' would change nothing when the state starts with x).
      tampered.searchParams.set('state', (state.startsWith('x') ? 'y' : 'x') + state.slice(1));
      expect(await arrive(browser, tampered)).toBe(
        '/sign-in?site=acme&sso_error=SSO_STATE_INVALID',
      );

      // Login CSRF: someone else's browser (no attempt cookie, or a forged one) gets nowhere.
      const victim = new Browser();
      expect(await arrive(victim, callback)).toBe('/sign-in?sso_error=SSO_STATE_INVALID');
      victim.setCookie(
        publicUrl,
        'horae_sso',
        attemptCookie.slice(0, -2) + (attemptCookie.endsWith('AA') ? 'BB' : 'AA'),
      );
      expect(await arrive(victim, callback)).toBe('/sign-in?sso_error=SSO_STATE_INVALID');
      expect(victim.cookie(publicUrl, 'horae_session')).toBeUndefined();

      // The genuine callback works once; the same callback again, cookie and all, does not.
      browser.setCookie(publicUrl, 'horae_sso', attemptCookie);
      expect(await arrive(browser, callback)).toBe('/');
      const replay = new Browser();
      replay.setCookie(publicUrl, 'horae_sso', attemptCookie);
      expect(await arrive(replay, callback)).toBe('/sign-in?site=acme&sso_error=SSO_STATE_INVALID');
      expect(replay.cookie(publicUrl, 'horae_session')).toBeUndefined();
    });

    it('refuses an ID token with another nonce and a code issued to another client', async () => {
      for (const [param, value] of [
        ['nonce', 'a-nonce-horae-did-not-choose'],
        ['client_id', 'another-app'],
      ] as const) {
        const browser = new Browser();
        const start = await browser.request(startUrl('acme'));
        const authorize = new URL(start.headers.get('location')!);
        authorize.searchParams.set(param, value);
        const callback = await throughTestIdp(browser, authorize, 'employee', isCallback);
        expect(callback.searchParams.get('code')).toBeTruthy();
        expect(await arrive(browser, callback)).toBe('/sign-in?site=acme&sso_error=SSO_FAILED');
        expect(browser.cookie(publicUrl, 'horae_session')).toBeUndefined();
      }
    });

    it("does not let a person of site A's provider land in site B", async () => {
      // The same address is known on both sites; only Acme trusts provider A.
      await server.sql(`update app_user set email = 'employee@acme.example' where id = $1`, [
        globex.users.employee!.id,
      ]);
      try {
        const browser = new Browser();
        const callbackA = await throughTestIdp(browser, startUrl('acme'), 'employee', isCallback);
        // The browser then starts at Globex: its attempt cookie is now Globex's.
        await browser.request(startUrl('globex'));
        expect(await arrive(browser, callbackA)).toBe(
          '/sign-in?site=globex&sso_error=SSO_STATE_INVALID',
        );
        // Provider A's code and issuer, dressed up with the state of a fresh Globex attempt.
        const startB = await browser.request(startUrl('globex'));
        const forged = new URL(callbackA);
        forged.searchParams.set(
          'state',
          new URL(startB.headers.get('location')!).searchParams.get('state')!,
        );
        expect(await arrive(browser, forged)).toBe('/sign-in?site=globex&sso_error=SSO_FAILED');
        expect(browser.cookie(publicUrl, 'horae_session')).toBeUndefined();
      } finally {
        await server.sql(`update app_user set email = 'employee@globex.example' where id = $1`, [
          globex.users.employee!.id,
        ]);
      }
    });
  });

  describe('single sign-on required', () => {
    const totpSecret = new Secret({ size: 20 }).base32;

    it('needs an administrator with two-step sign-in before it can be required', async () => {
      const admin = await signedInAs('initech', 'admin@initech.example');
      const settings = {
        ssoIssuer: idpA.issuer,
        ssoClientId: 'horae-initech',
        ssoClientSecret: 'initech-client-secret',
      };
      const refused = await admin.request(UPDATE, { i: { ...settings, ssoMode: 'REQUIRED' } });
      expect(refused.data.siteSettingsUpdate.errors).toEqual([
        {
          field: 'ssoMode',
          code: 'NO_BREAK_GLASS_ADMINISTRATOR',
          message: expect.stringContaining(
            'turn on two-step sign-in for at least one administrator',
          ),
        },
      ]);
      await server.sql(
        `insert into mfa_factor (site_id, user_id, secret_encrypted, confirmed_at)
         values ($1, $2, $3, now())`,
        [
          initech.id,
          initech.users.admin!.id,
          encrypt(totpSecret, Buffer.from(server.config.secretKey!, 'base64')),
        ],
      );
      const required = await admin.request(UPDATE, { i: { ...settings, ssoMode: 'REQUIRED' } });
      expect(required.data.siteSettingsUpdate.errors).toEqual([]);
      const options = await new GraphQLClient(server.url).request(OPTIONS, { s: 'initech' });
      expect(options.data.siteSignInOptions).toEqual({ sso: true, ssoRequired: true });
    });

    it('refuses password sign-in with a message to use single sign-on, right password or not', async () => {
      for (const [email, password] of [
        ['employee@initech.example', TEST_PASSWORD],
        ['employee@initech.example', 'not-the-password-at-all'],
        // An administrator without two-step sign-in is no break-glass account.
        ['deputy@initech.example', TEST_PASSWORD],
        ['nobody@initech.example', TEST_PASSWORD],
      ]) {
        const res = await new GraphQLClient(server.url).login('initech', email!, password!);
        expect(res.data.login).toEqual({
          viewer: null,
          errors: [
            {
              code: 'SSO_REQUIRED',
              message: expect.stringContaining('This site requires single sign-on'),
            },
          ],
        });
      }
    });

    it('still lets an administrator with two-step sign-in in with password and code (break-glass)', async () => {
      const client = new GraphQLClient(server.url);
      const step1 = await client.request(
        `mutation($i: LoginInput!) { login(input: $i) { mfaRequired errors { code } } }`,
        { i: { site: 'initech', email: 'admin@initech.example', password: TEST_PASSWORD } },
      );
      expect(step1.data.login).toEqual({ mfaRequired: true, errors: [] });
      const code = new TOTP({ secret: Secret.fromBase32(totpSecret), period: 30, digits: 6 });
      const step2 = await client.request(
        `mutation($c: String!) { loginMfa(code: $c) { viewer { user { email } } errors { code } } }`,
        { c: code.generate() },
      );
      expect(step2.data.loginMfa).toEqual({
        viewer: { user: { email: 'admin@initech.example' } },
        errors: [],
      });
    });

    it('signs people in through the provider as before', async () => {
      const { location, client } = await ssoSignIn('initech', 'initech-employee');
      expect(location).toBe('/');
      expect(await viewerEmail(client)).toBe('employee@initech.example');
    });
  });
});
