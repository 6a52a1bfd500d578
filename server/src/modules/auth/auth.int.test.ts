import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const VIEWER = '{ viewer { user { email displayName } site { slug name } groups { name } can } }';

describe('sign-in, sessions and sign-out', () => {
  let server: TestServer;
  let acme: GivenSite;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    await givenSite(server, 'globex');
  });
  afterAll(() => server.close());

  async function signedIn(person: 'admin' | 'manager' | 'employee' = 'admin') {
    const client = new GraphQLClient(server.url);
    const res = await client.login('acme', acme.users[person]!.email, TEST_PASSWORD);
    expect(res.data?.login.errors).toEqual([]);
    return client;
  }

  it('signs in, sets an HttpOnly SameSite=Lax session cookie and answers viewer', async () => {
    const client = new GraphQLClient(server.url);
    const res = await client.login('acme', 'ADMIN@acme.example ', TEST_PASSWORD);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^horae_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const viewer = await client.request(VIEWER);
    expect(viewer.data.viewer).toMatchObject({
      user: { email: 'admin@acme.example', displayName: 'Admin of acme' },
      site: { slug: 'acme', name: 'Site acme' },
      groups: [{ name: 'Administrators' }],
    });
    expect(viewer.data.viewer.can).toContain('user.read');
  });

  it('gives the same answer for a wrong site, a wrong email and a wrong password', async () => {
    const attempts = [
      ['nosuchsite', 'admin@acme.example', TEST_PASSWORD],
      ['acme', 'nobody@acme.example', TEST_PASSWORD],
      ['acme', 'admin@acme.example', 'not-the-right-password'],
      ['globex', 'admin@acme.example', TEST_PASSWORD],
    ] as const;
    const answers = [];
    for (const [site, email, password] of attempts) {
      const client = new GraphQLClient(server.url);
      const res = await client.login(site, email, password);
      expect(res.headers.get('set-cookie')).toBeNull();
      answers.push(JSON.stringify({ status: res.status, body: res.data, errors: res.errors }));
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain('INVALID_CREDENTIALS');
  });

  it('stores only a SHA-256 of the session id, and hashes passwords with Argon2id (m=19456, t=2, p=1)', async () => {
    const client = await signedIn();
    const cookieValue = client.cookie!.split('=')[1]!;
    const rows = await server.sql<{ token_hash: Buffer }>('select token_hash from session');
    const hashes = rows.map(r => r.token_hash.toString('hex'));
    expect(hashes).toContain(createHash('sha256').update(cookieValue).digest('hex'));
    expect(hashes.join()).not.toContain(Buffer.from(cookieValue).toString('hex'));
    const [user] = await server.sql<{ password_hash: string }>(
      'select password_hash from app_user where email = $1',
      ['admin@acme.example'],
    );
    expect(user!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('revokes the session on the server at logout: the old cookie no longer works', async () => {
    const client = await signedIn();
    const stolen = client.cookie;
    const out = await client.request('mutation { logout { ok } }');
    expect(out.data).toEqual({ logout: { ok: true } });
    expect(out.headers.get('set-cookie')).toMatch(/horae_session=;.*Max-Age=0/);
    const replay = new GraphQLClient(server.url);
    replay.cookie = stolen;
    const res = await replay.request(VIEWER);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.extensions?.reason).toBe('SESSION_REVOKED');
  });

  it('issues a new session id at every sign-in and ends the previous one', async () => {
    const client = await signedIn();
    const first = client.cookie;
    await client.login('acme', acme.users.admin!.email, TEST_PASSWORD);
    expect(client.cookie).not.toEqual(first);
    const old = new GraphQLClient(server.url);
    old.cookie = first;
    expect(errorCodes(await old.request(VIEWER))).toEqual(['UNAUTHENTICATED']);
    expect((await client.request(VIEWER)).data.viewer.user.email).toBe('admin@acme.example');
  });

  it('expires an idle session after the site idle timeout and says so', async () => {
    const client = await signedIn('manager');
    await server.sql(
      `update session set last_seen_at = now() - interval '31 minutes'
       where user_id = $1 and revoked_at is null`,
      [acme.users.manager!.id],
    );
    const res = await client.request(VIEWER);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
    expect(res.errors?.[0]?.message).toMatch(/session has expired/i);
    // The next requests with that cookie (a page fires several) hear the same reason.
    const again = await client.request(VIEWER);
    expect(again.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('honours a site idle timeout of 60 minutes and the absolute lifetime', async () => {
    await server.sql(`update site set session_idle_minutes = 60 where slug = 'acme'`);
    try {
      const client = await signedIn('manager');
      await server.sql(
        `update session set last_seen_at = now() - interval '45 minutes'
         where user_id = $1 and revoked_at is null`,
        [acme.users.manager!.id],
      );
      expect((await client.request(VIEWER)).data?.viewer.user.email).toBe('manager@acme.example');
      await server.sql(
        `update session set expires_at = now() - interval '1 second'
         where user_id = $1 and revoked_at is null`,
        [acme.users.manager!.id],
      );
      const res = await client.request(VIEWER);
      expect(res.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
    } finally {
      await server.sql(`update site set session_idle_minutes = 30 where slug = 'acme'`);
    }
  });

  it('sets the absolute lifetime from the site setting (12 h by default)', async () => {
    const client = await signedIn('employee');
    const cookie = (
      await client.login('acme', acme.users.employee!.email, TEST_PASSWORD)
    ).headers.get('set-cookie');
    expect(cookie).toMatch(/Max-Age=43200/);
    const [row] = await server.sql<{ hours: number }>(
      `select round(extract(epoch from expires_at - created_at) / 3600) as hours
       from session where user_id = $1 order by created_at desc limit 1`,
      [acme.users.employee!.id],
    );
    expect(Number(row!.hours)).toBe(12);
  });

  it('deactivating a user ends all their sessions at once and blocks sign-in', async () => {
    const laptop = await signedIn('employee');
    const phone = await signedIn('employee');
    const admin = await signedIn('admin');
    const res = await admin.request(
      `mutation { userDeactivate(id: "${acme.users.employee!.id}") { user { status } errors { code } } }`,
    );
    expect(res.data.userDeactivate).toEqual({ user: { status: 'DEACTIVATED' }, errors: [] });
    for (const device of [laptop, phone]) {
      const viewer = await device.request(VIEWER);
      expect(errorCodes(viewer)).toEqual(['UNAUTHENTICATED']);
      expect(viewer.errors?.[0]?.extensions?.reason).toBe('SESSION_REVOKED');
    }
    const again = await new GraphQLClient(server.url).login(
      'acme',
      acme.users.employee!.email,
      TEST_PASSWORD,
    );
    expect(again.data.login.errors[0].code).toBe('ACCOUNT_DEACTIVATED');
    const list = await admin.request('{ users(status: DEACTIVATED) { nodes { email status } } }');
    expect(list.data.users.nodes).toEqual([
      { email: 'employee@acme.example', status: 'DEACTIVATED' },
    ]);
    await admin.request(
      `mutation { userReactivate(id: "${acme.users.employee!.id}") { user { status } } }`,
    );
    const back = await new GraphQLClient(server.url).login(
      'acme',
      acme.users.employee!.email,
      TEST_PASSWORD,
    );
    expect(back.data.login.errors).toEqual([]);
  });

  it('refuses an unknown bearer token with UNAUTHENTICATED', async () => {
    const partner = new GraphQLClient(server.url);
    partner.bearer = 'horae_pat_not-a-real-token';
    expect(errorCodes(await partner.request(VIEWER))).toEqual(['UNAUTHENTICATED']);
  });

  it('records sign-ins, failures and sign-outs in the audit log', async () => {
    const client = await signedIn('manager');
    await new GraphQLClient(server.url).login(
      'acme',
      'manager@acme.example',
      'wrong-password-here',
    );
    await client.request('mutation { logout { ok } }');
    const rows = await server.sql<{ action: string; data: Record<string, unknown> }>(
      `select action, data from audit_event a join site s on s.id = a.site_id
       where s.slug = 'acme' and a.action like 'auth.%' order by seq desc limit 3`,
    );
    expect(rows.map(r => r.action)).toEqual([
      'auth.logout',
      'auth.login_failed',
      'auth.login_succeeded',
    ]);
    expect(rows[1]!.data).toMatchObject({
      email: 'manager@acme.example',
      reason: 'wrong_password',
    });
    expect(JSON.stringify(rows)).not.toContain('wrong-password-here');
  });
});

describe('cookies over HTTPS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://horae.example' });
    await givenSite(server, 'acme');
  });
  afterAll(() => server.close());

  it('uses the __Host- prefixed, Secure cookie when served over HTTPS', async () => {
    const client = new GraphQLClient(server.url, { origin: 'https://horae.example' });
    const res = await client.login('acme', 'admin@acme.example', TEST_PASSWORD);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-horae_session=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });
});

describe('users imported with PBKDF2-SHA256 hashes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'legacy');
  });
  afterAll(() => server.close());

  it('sign in with their old password, which is then rehashed to Argon2id', async () => {
    const { pbkdf2Sync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const hash = pbkdf2Sync('my-old-system-passphrase', salt, 600_000, 32, 'sha256');
    const phc = `$pbkdf2-sha256$i=600000,l=32$${salt.toString('base64')}$${hash.toString('base64')}`;
    await server.sql(
      `update app_user set password_hash = $1 where email = 'employee@legacy.example'`,
      [phc],
    );

    const wrong = await new GraphQLClient(server.url).login(
      'legacy',
      'employee@legacy.example',
      'not-my-old-passphrase',
    );
    expect(wrong.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    const [still] = await server.sql<{ password_hash: string }>(
      `select password_hash from app_user where email = 'employee@legacy.example'`,
    );
    expect(still!.password_hash).toBe(phc);

    const ok = await new GraphQLClient(server.url).login(
      'legacy',
      'employee@legacy.example',
      'my-old-system-passphrase',
    );
    expect(ok.data.login.errors).toEqual([]);
    const [after] = await server.sql<{ password_hash: string }>(
      `select password_hash from app_user where email = 'employee@legacy.example'`,
    );
    expect(after!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const again = await new GraphQLClient(server.url).login(
      'legacy',
      'employee@legacy.example',
      'my-old-system-passphrase',
    );
    expect(again.data.login.errors).toEqual([]);
  });

  it('refuses legacy hashes weaker than 600,000 iterations', async () => {
    const { pbkdf2Sync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const weak = `$pbkdf2-sha256$i=1000,l=32$${salt.toString('base64')}$${pbkdf2Sync('weakly-hashed-passphrase', salt, 1000, 32, 'sha256').toString('base64')}`;
    await server.sql(
      `update app_user set password_hash = $1 where email = 'manager@legacy.example'`,
      [weak],
    );
    const res = await new GraphQLClient(server.url).login(
      'legacy',
      'manager@legacy.example',
      'weakly-hashed-passphrase',
    );
    expect(res.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
  });
});

describe('seeing and ending your own sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'acme');
  });
  afterAll(() => server.close());

  it('lists the viewer’s devices and signs one out everywhere', async () => {
    const laptop = new GraphQLClient(server.url, { 'user-agent': 'Laptop browser' });
    await laptop.login('acme', 'employee@acme.example', TEST_PASSWORD);
    const phone = new GraphQLClient(server.url, { 'user-agent': 'Phone browser' });
    await phone.login('acme', 'employee@acme.example', TEST_PASSWORD);
    const someoneElse = new GraphQLClient(server.url);
    await someoneElse.login('acme', 'manager@acme.example', TEST_PASSWORD);

    const list = await laptop.request('{ mySessions { id userAgent current ip } }');
    expect(list.data.mySessions).toHaveLength(2);
    expect(list.data.mySessions.find((s: { current: boolean }) => s.current).userAgent).toBe(
      'Laptop browser',
    );
    const phoneSession = list.data.mySessions.find(
      (s: { userAgent: string }) => s.userAgent === 'Phone browser',
    );

    const managerSessions = await someoneElse.request('{ mySessions { id } }');
    const notMine = await laptop.request(
      `mutation { sessionRevoke(id: "${managerSessions.data.mySessions[0].id}") { revokedId errors { code } } }`,
    );
    expect(notMine.data.sessionRevoke).toEqual({
      revokedId: null,
      errors: [{ code: 'NOT_FOUND' }],
    });

    const revoked = await laptop.request(
      `mutation { sessionRevoke(id: "${phoneSession.id}") { revokedId errors { code } } }`,
    );
    expect(revoked.data.sessionRevoke).toEqual({ revokedId: phoneSession.id, errors: [] });
    const phoneNow = await phone.request('{ viewer { user { email } } }');
    expect(phoneNow.errors?.[0]?.extensions?.reason).toBe('SESSION_REVOKED');
    expect((await laptop.request('{ mySessions { id } }')).data.mySessions).toHaveLength(1);
    expect(
      (await someoneElse.request('{ viewer { user { email } } }')).data.viewer.user.email,
    ).toBe('manager@acme.example');
  });
});
