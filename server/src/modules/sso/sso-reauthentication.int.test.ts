import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../../../test/browser.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { errorCodes, GraphQLClient, type GraphQLResponse } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { freePort, startTestIdp, throughTestIdp, type TestIdp } from '../../../test/oidc-idp.js';

const UPDATE = `mutation($i: SiteSettingsInput!) { siteSettingsUpdate(input: $i) { errors { message } } }`;
/** A sensitive change that needs a proof within the last 10 minutes. */
const SIGN_OUT_OTHERS = `mutation { sessionRevokeOthers { revokedCount errors { code } } }`;

describe('single sign-on: where it returns to, and re-authentication', () => {
  let server: TestServer;
  let publicUrl: string;
  let idp: TestIdp;
  let acme: GivenSite;

  const isCallback = (url: URL) => url.href.startsWith(`${publicUrl}/auth/sso/callback`);
  const startUrl = (query: Record<string, string>) =>
    `${publicUrl}/auth/sso/start?${new URLSearchParams({ site: 'acme', ...query }).toString()}`;

  /** Through the provider and Horae's callback: where Horae sends the browser, what it set. */
  async function roundTrip(browser: Browser, from: string, login: string) {
    const prompts: string[] = [];
    const callback = await throughTestIdp(browser, from, login, isCallback, { prompts });
    const res = await browser.request(callback);
    expect(res.status).toBe(302);
    const setsSession = res.headers.getSetCookie().some(c => c.startsWith('horae_session='));
    return { location: res.headers.get('location')!, setsSession, prompts };
  }

  /** Signs in through the provider; the API client shares the browser's session. */
  async function ssoSignIn(login: string, returnTo?: string) {
    const browser = new Browser();
    const trip = await roundTrip(browser, startUrl(returnTo ? { returnTo } : {}), login);
    const client = new GraphQLClient(server.url);
    const session = browser.cookie(publicUrl, 'horae_session');
    if (session) client.cookie = `horae_session=${session}`;
    return { ...trip, browser, client, session };
  }

  const proofTooOld = (userId: string) =>
    server.sql(
      `update session set authenticated_at = now() - interval '11 minutes'
        where user_id = $1 and revoked_at is null`,
      [userId],
    );
  const liveSessionsOf = async (userId: string) =>
    (
      await server.sql<{ id: string }>(
        'select id from session where user_id = $1 and revoked_at is null',
        [userId],
      )
    ).map(row => row.id);
  const reauthError = (res: GraphQLResponse) => {
    expect(errorCodes(res)).toEqual(['REAUTHENTICATION_REQUIRED']);
    return res.errors![0]!;
  };

  beforeAll(async () => {
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    idp = await startTestIdp({
      claimsInIdToken: true,
      clients: [
        {
          clientId: 'horae-acme',
          clientSecret: 'acme-client-secret',
          redirectUri: `${publicUrl}/auth/sso/callback`,
        },
      ],
    });
    server = await startTestServer({ PORT: String(port), PUBLIC_URL: publicUrl });
    acme = await givenSite(server, 'acme');
    for (const name of ['employee', 'manager', 'newcomer', 'admin']) {
      idp.accounts.set(name, { email: `${name}@acme.example`, email_verified: true });
    }
    const admin = new GraphQLClient(server.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
    const configured = await admin.request(UPDATE, {
      i: {
        ssoMode: 'OPTIONAL',
        ssoIssuer: idp.issuer,
        ssoClientId: 'horae-acme',
        ssoClientSecret: 'acme-client-secret',
        ssoAutoCreate: true,
      },
    });
    expect(configured.data.siteSettingsUpdate.errors).toEqual([]);
  });
  afterAll(async () => {
    await server.close();
    await idp.close();
  });

  describe('returning where the person was', () => {
    it('goes back to the page the sign-in started from', async () => {
      const { location, client } = await ssoSignIn('employee', '/time?week=2026-W10#today');
      expect(location).toBe('/time?week=2026-W10#today');
      const me = await client.request('{ viewer { user { email } } }');
      expect(me.data.viewer.user.email).toBe('employee@acme.example');
    });

    it('ignores a returnTo that would leave Horae, and goes home', async () => {
      for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
        const { location, session } = await ssoSignIn('employee', returnTo);
        expect(location).toBe('/');
        expect(session).toBeTruthy();
      }
    });
  });

  describe('re-authentication through the provider', () => {
    it('asks an SSO session to confirm with single sign-on, and accepts the fresh proof', async () => {
      const userId = acme.users.employee!.id;
      const { browser, client, session } = await ssoSignIn('employee');
      await proofTooOld(userId);
      const refused = reauthError(await client.request(SIGN_OUT_OTHERS));
      expect(refused.extensions).toMatchObject({
        singleSignOn: true,
        hasPassword: true,
        secondFactor: false,
      });
      expect(refused.message).toContain('single sign-on or your password');
      const sessionsBefore = await liveSessionsOf(userId);

      // The provider is asked for a new authentication, not its existing session.
      const start = await browser.request(startUrl({ reauth: '1', returnTo: '/account' }));
      const authorize = new URL(start.headers.get('location')!);
      expect(authorize.searchParams.get('prompt')).toBe('login');
      expect(authorize.searchParams.get('max_age')).toBe('0');
      const trip = await roundTrip(browser, authorize.href, 'employee');
      expect(trip.prompts).toContain('login');
      expect(trip).toMatchObject({ location: '/account', setsSession: false });

      // Same session, now freshly proved: the sensitive change goes through.
      expect(browser.cookie(publicUrl, 'horae_session')).toBe(session);
      expect(await liveSessionsOf(userId)).toEqual(sessionsBefore);
      const allowed = await client.request(SIGN_OUT_OTHERS);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data.sessionRevokeOthers.errors).toEqual([]);
      const [event] = await server.sql<{ actor_id: string; target_id: string; data: unknown }>(
        `select actor_id, target_id, data from audit_event
          where site_id = $1 and action = 'auth.reauthenticated' order by seq desc limit 1`,
        [acme.id],
      );
      expect(event).toMatchObject({
        actor_id: userId,
        data: { method: 'sso', issuer: idp.issuer },
      });
      expect(sessionsBefore).toContain(event!.target_id);
    });

    it('offers only single sign-on to someone without a password', async () => {
      const { client } = await ssoSignIn('newcomer');
      const [newcomer] = await server.sql<{ id: string }>(
        `select id from app_user where email = 'newcomer@acme.example'`,
      );
      await proofTooOld(newcomer!.id);
      const refused = reauthError(await client.request(SIGN_OUT_OTHERS));
      expect(refused.extensions).toMatchObject({ singleSignOn: true, hasPassword: false });
      expect(refused.message).toContain('need single sign-on again');
    });

    it('does not offer single sign-on to a session that began with a password', async () => {
      const client = new GraphQLClient(server.url);
      await client.login('acme', 'manager@acme.example', TEST_PASSWORD);
      await proofTooOld(acme.users.manager!.id);
      const refused = reauthError(await client.request(SIGN_OUT_OTHERS));
      expect(refused.extensions).toMatchObject({ singleSignOn: false, hasPassword: true });
    });

    it('refuses to confirm a different person and leaves the session as it was', async () => {
      const userId = acme.users.employee!.id;
      const { browser, client, session } = await ssoSignIn('employee');
      await proofTooOld(userId);
      const sessionsBefore = await liveSessionsOf(userId);
      const managerSessionsBefore = await liveSessionsOf(acme.users.manager!.id);

      const trip = await roundTrip(
        browser,
        startUrl({ reauth: '1', returnTo: '/account' }),
        'manager',
      );
      expect(trip).toMatchObject({
        location: '/sign-in?site=acme&sso_error=SSO_REAUTH_OTHER_PERSON',
        setsSession: false,
      });
      expect(browser.cookie(publicUrl, 'horae_session')).toBe(session);
      expect(await liveSessionsOf(userId)).toEqual(sessionsBefore);
      expect(await liveSessionsOf(acme.users.manager!.id)).toEqual(managerSessionsBefore);
      const me = await client.request('{ viewer { user { email } } }');
      expect(me.data.viewer.user.email).toBe('employee@acme.example');
      reauthError(await client.request(SIGN_OUT_OTHERS));
      const [event] = await server.sql<{ actor_id: string; data: unknown }>(
        `select actor_id, data from audit_event
          where site_id = $1 and action = 'auth.reauthentication_failed' order by seq desc limit 1`,
        [acme.id],
      );
      expect(event).toMatchObject({
        actor_id: userId,
        data: { method: 'sso', reason: 'other_person', email: 'manager@acme.example' },
      });
    });

    it('signs in anew when the session ended before the provider answered', async () => {
      const { browser, session } = await ssoSignIn('employee');
      await server.sql(
        `update session set revoked_at = now(), revoked_reason = 'expired'
          where user_id = $1 and revoked_at is null`,
        [acme.users.employee!.id],
      );
      const trip = await roundTrip(
        browser,
        startUrl({ reauth: '1', returnTo: '/account' }),
        'employee',
      );
      expect(trip).toMatchObject({ location: '/account', setsSession: true });
      expect(browser.cookie(publicUrl, 'horae_session')).not.toBe(session);
    });
  });
});
