import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const REAUTH = `mutation($p: String!) { reauthenticate(password: $p) { validUntil errors { code } } }`;

/** SECURITY.md, "Sessions and tokens": a new session id at every privilege change. */
describe('a new session id when re-authenticating', () => {
  let server: TestServer;
  let acme: GivenSite;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme', { renewed: 'employees' });
  });
  afterAll(() => server.close());

  async function signedIn(name: string) {
    const client = new GraphQLClient(server.url);
    const res = await client.login('acme', `${name}@acme.example`, TEST_PASSWORD);
    expect(res.data.login.errors).toEqual([]);
    return client;
  }

  /** Eleven minutes pass since the person last proved who they are (in every session of theirs). */
  async function elevenMinutesLater(name: string) {
    await server.sql(
      `update session set authenticated_at = now() - interval '11 minutes' where user_id = $1`,
      [acme.users[name]!.id],
    );
  }

  it('gives the session a new id on reauthenticate: the old cookie stops working', async () => {
    const me = await signedIn('renewed');
    await elevenMinutesLater('renewed');
    // Signed in with single sign-on an hour before the absolute limit: both carry over.
    await server.sql(
      `update session set auth_method = 'sso', expires_at = now() + interval '1 hour'
        where user_id = $1 and revoked_at is null`,
      [acme.users.renewed!.id],
    );
    const oldCookie = me.cookie;
    const res = await me.request(REAUTH, { p: TEST_PASSWORD });
    expect(res.data.reauthenticate.errors).toEqual([]);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/horae_session=[^;]+;/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
    expect(maxAge).toBeGreaterThan(3500);
    expect(maxAge).toBeLessThanOrEqual(3600);
    expect(me.cookie).not.toBe(oldCookie);

    const old = new GraphQLClient(server.url);
    old.cookie = oldCookie;
    const refused = await old.request('{ viewer { user { email } } }');
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'SESSION_REVOKED' });
    expect(
      errorCodes(await old.request(`mutation { sessionRevokeOthers { revokedCount } }`)),
    ).toEqual(['UNAUTHENTICATED']);

    // The new cookie is signed in, with the fresh proof, as the only session of the person.
    const sessions = await me.request(`{ viewer { user { email } } mySessions { current } }`);
    expect(sessions.data.viewer.user.email).toBe('renewed@acme.example');
    expect(sessions.data.mySessions).toEqual([{ current: true }]);
    const [renewed] = await server.sql<{ auth_method: string; left: number }>(
      `select auth_method, extract(epoch from expires_at - now())::int as left
         from session where user_id = $1 and revoked_at is null`,
      [acme.users.renewed!.id],
    );
    expect(renewed!.auth_method).toBe('sso');
    expect(renewed!.left).toBeLessThanOrEqual(3600);
    const fresh = await me.request(`mutation { sessionRevokeOthers { revokedCount } }`);
    expect(fresh.data.sessionRevokeOthers).toEqual({ revokedCount: 0 });
  });
});
