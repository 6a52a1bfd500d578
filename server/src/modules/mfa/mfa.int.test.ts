import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

describe('two-step sign-in with an authenticator app (TOTP)', () => {
  let server: TestServer;
  let secret = '';
  let recoveryCodes: string[] = [];
  /** The code that completed a sign-in; reused verbatim (a new 30 s step may begin meanwhile). */
  let usedCode = '';
  const email = 'employee@acme.example';

  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'acme');
  });
  afterAll(() => server.close());

  async function signedIn() {
    const client = new GraphQLClient(server.url);
    await client.login('acme', email, TEST_PASSWORD);
    return client;
  }

  it('enrols with a QR code and a confirmation code, and shows ten recovery codes once', async () => {
    const me = await signedIn();
    // A wrong current password, when sent, is refused; none is needed right after signing in.
    const wrongPassword = await me.request(
      `mutation { mfaEnrollStart(currentPassword: "nope-not-it-at-all") { enrollment { secret } errors { code field } } }`,
    );
    expect(errorCodes(wrongPassword)).toEqual(['REAUTHENTICATION_REQUIRED']);
    expect(wrongPassword.errors?.[0]?.extensions?.reason).toBe('WRONG_PASSWORD');
    const start = await me.request(
      `mutation { mfaEnrollStart { enrollment { secret otpauthUri qrCodeSvg } errors { code } } }`,
    );
    const enrollment = start.data.mfaEnrollStart.enrollment;
    expect(enrollment.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/.*employee%40acme\.example\?.*secret=/,
    );
    expect(enrollment.qrCodeSvg).toMatch(/^<svg/);
    secret = enrollment.secret;
    const wrong = await me.request(
      `mutation { mfaEnrollConfirm(code: "000000") { recoveryCodes errors { code } } }`,
    );
    expect(wrong.data.mfaEnrollConfirm).toEqual({
      recoveryCodes: [],
      errors: [{ code: 'WRONG_CODE' }],
    });
    const ok = await me.request(
      `mutation($c: String!) { mfaEnrollConfirm(code: $c) { recoveryCodes errors { code } } }`,
      { c: codeAt(secret) },
    );
    recoveryCodes = ok.data.mfaEnrollConfirm.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await me.request('{ viewer { mfaEnabled } }')).data.viewer.mfaEnabled).toBe(true);
    const stored = await server.sql<{ secret_encrypted: Buffer }>(
      'select secret_encrypted from mfa_factor',
    );
    expect(stored[0]!.secret_encrypted.toString('latin1')).not.toContain(secret);
    const hashes = await server.sql<{ code_hash: Buffer }>('select code_hash from recovery_code');
    expect(hashes.map(h => h.code_hash.toString('latin1')).join()).not.toContain(recoveryCodes[0]);
  });

  it('asks for the code after the password; the password alone authorises nothing', async () => {
    const client = new GraphQLClient(server.url);
    const step1 = await client.request(
      `mutation($i: LoginInput!) { login(input: $i) { mfaRequired viewer { user { email } } errors { code } } }`,
      { i: { site: 'acme', email, password: TEST_PASSWORD } },
    );
    expect(step1.data.login).toEqual({ mfaRequired: true, viewer: null, errors: [] });
    expect(errorCodes(await client.request('{ viewer { user { email } } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const bad = await client.request(
      `mutation { loginMfa(code: "123456") { viewer { user { email } } errors { code message } } }`,
    );
    expect(bad.data.loginMfa.errors[0]).toMatchObject({
      code: 'WRONG_CODE',
      message: expect.stringMatching(/recovery code/),
    });
    const pendingCookie = client.cookie;
    const good = await client.request(
      `mutation($c: String!) { loginMfa(code: $c) { viewer { user { email } } errors { code } } }`,
      { c: (usedCode = codeAt(secret, 1)) },
    );
    expect(good.data.loginMfa).toEqual({ viewer: { user: { email } }, errors: [] });
    expect(client.cookie).not.toBe(pendingCookie);
    expect((await client.request('{ viewer { user { email } } }')).data.viewer.user.email).toBe(
      email,
    );
    // A page request sent with the waiting cookie and answered after the second step is refused,
    // without telling the browser to drop its cookie: that would end the new session.
    const late = new GraphQLClient(server.url);
    late.cookie = pendingCookie;
    const lateAnswer = await late.request('{ viewer { user { email } } }');
    expect(errorCodes(lateAnswer)).toEqual(['UNAUTHENTICATED']);
    expect(lateAnswer.headers.get('set-cookie')).toBeNull();
  });

  it('accepts each code only once', async () => {
    const client = new GraphQLClient(server.url);
    await client.login('acme', email, TEST_PASSWORD);
    const reused = await client.request(
      `mutation($c: String!) { loginMfa(code: $c) { errors { code } } }`,
      { c: usedCode },
    );
    expect(reused.data.loginMfa.errors).toEqual([{ code: 'WRONG_CODE' }]);
  });

  it('signs in with a recovery code, once', async () => {
    const first = new GraphQLClient(server.url);
    await first.login('acme', email, TEST_PASSWORD);
    const ok = await first.request(
      `mutation($c: String!) { loginMfa(code: $c) { viewer { user { email } } errors { code } } }`,
      { c: recoveryCodes[0] },
    );
    expect(ok.data.loginMfa.errors).toEqual([]);
    const again = new GraphQLClient(server.url);
    await again.login('acme', email, TEST_PASSWORD);
    const reused = await again.request(
      `mutation($c: String!) { loginMfa(code: $c) { errors { code } } }`,
      { c: recoveryCodes[0] },
    );
    expect(reused.data.loginMfa.errors).toEqual([{ code: 'WRONG_CODE' }]);
  });

  it('turns off right after signing in, after which the password is enough again', async () => {
    const client = new GraphQLClient(server.url);
    await client.login('acme', email, TEST_PASSWORD);
    await client.request(`mutation($c: String!) { loginMfa(code: $c) { errors { code } } }`, {
      c: recoveryCodes[1],
    });
    const off = await client.request(`mutation { mfaDisable { disabled errors { code } } }`);
    expect(off.data.mfaDisable).toEqual({ disabled: true, errors: [] });
    const plain = await new GraphQLClient(server.url).request(
      `mutation($i: LoginInput!) { login(input: $i) { mfaRequired viewer { user { email } } } }`,
      { i: { site: 'acme', email, password: TEST_PASSWORD } },
    );
    expect(plain.data.login).toEqual({ mfaRequired: false, viewer: { user: { email } } });
    const events = await server.sql<{ action: string }>(
      `select action from audit_event where action like 'auth.mfa%' or action = 'auth.recovery_code_used' order by seq`,
    );
    expect(events.map(e => e.action)).toEqual([
      'auth.mfa_enabled',
      'auth.mfa_failed',
      'auth.mfa_failed',
      'auth.recovery_code_used',
      'auth.mfa_failed',
      'auth.recovery_code_used',
      'auth.mfa_disabled',
    ]);
  });
});

describe('a site that requires two-step sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'strict');
    await server.sql(`update site set mfa_required = 'admins' where slug = 'strict'`);
  });
  afterAll(() => server.close());

  it('lets an administrator without it only set it up, then everything works', async () => {
    const admin = new GraphQLClient(server.url);
    await admin.login('strict', 'admin@strict.example', TEST_PASSWORD);
    expect(
      (await admin.request('{ viewer { mfaEnrollmentRequired } }')).data.viewer
        .mfaEnrollmentRequired,
    ).toBe(true);
    const refused = await admin.request('{ users { totalCount } }');
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('MFA_ENROLLMENT_REQUIRED');
    expect(refused.errors?.[0]?.message).toMatch(/requires two-step sign-in/);

    const manager = new GraphQLClient(server.url);
    await manager.login('strict', 'manager@strict.example', TEST_PASSWORD);
    expect((await manager.request('{ users { totalCount } }')).data.users.totalCount).toBe(3);

    const start = await admin.request(`mutation { mfaEnrollStart { enrollment { secret } } }`);
    const secret = start.data.mfaEnrollStart.enrollment.secret;
    await admin.request(
      `mutation($c: String!) { mfaEnrollConfirm(code: $c) { errors { code } } }`,
      { c: codeAt(secret) },
    );
    expect((await admin.request('{ users { totalCount } }')).data.users.totalCount).toBe(3);
  });
});

describe('TOTP codes around the current 30-second step', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'acme');
  });
  afterAll(() => server.close());

  /** Waits out the last seconds of a step, so that "now" stays in one step during a request. */
  async function awayFromStepEdge() {
    const left = 30_000 - (Date.now() % 30_000);
    if (left < 3_000) await new Promise(resolve => setTimeout(resolve, left + 100));
  }

  it('TOTP (RFC 6238): 30 s steps, +/-1 step — the previous step is accepted, two steps away is refused', async () => {
    const email = 'manager@acme.example';
    const me = new GraphQLClient(server.url);
    await me.login('acme', email, TEST_PASSWORD);
    const start = await me.request(`mutation { mfaEnrollStart { enrollment { secret } } }`);
    const secret: string = start.data.mfaEnrollStart.enrollment.secret;
    await awayFromStepEdge();
    for (const offset of [-2, 2]) {
      const far = await me.request(
        `mutation($c: String!) { mfaEnrollConfirm(code: $c) { recoveryCodes errors { code } } }`,
        { c: codeAt(secret, offset) },
      );
      expect(far.data.mfaEnrollConfirm.errors, `${offset} steps`).toEqual([{ code: 'WRONG_CODE' }]);
    }
    const confirmed = await me.request(
      `mutation($c: String!) { mfaEnrollConfirm(code: $c) { recoveryCodes errors { code } } }`,
      { c: codeAt(secret, -1) },
    );
    expect(confirmed.data.mfaEnrollConfirm.errors).toEqual([]);

    // The same window at sign-in: two steps away either side is refused, the next step (a phone
    // running 30 s fast) is accepted. (The previous step was used by the enrolment just now.)
    const signInWith = async (offset: number) => {
      const client = new GraphQLClient(server.url);
      await client.login('acme', email, TEST_PASSWORD);
      const res = await client.request(
        `mutation($c: String!) { loginMfa(code: $c) { viewer { user { email } } errors { code } } }`,
        { c: codeAt(secret, offset) },
      );
      return res.data.loginMfa;
    };
    await awayFromStepEdge();
    expect(await signInWith(-2)).toEqual({ viewer: null, errors: [{ code: 'WRONG_CODE' }] });
    expect(await signInWith(2)).toEqual({ viewer: null, errors: [{ code: 'WRONG_CODE' }] });
    expect(await signInWith(1)).toEqual({ viewer: { user: { email } }, errors: [] });
  });
});

describe('a site that requires two-step sign-in for everyone', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'strict');
    await server.sql(`update site set mfa_required = 'all' where slug = 'strict'`);
  });
  afterAll(() => server.close());

  it('Sites can require MFA for all users: an employee without it signs in but reaches only their own account and enrolment', async () => {
    const employee = new GraphQLClient(server.url);
    const login = await employee.request(
      `mutation($i: LoginInput!) { login(input: $i) { mfaRequired viewer { user { id email } mfaEnrollmentRequired } errors { code } } }`,
      { i: { site: 'strict', email: 'employee@strict.example', password: TEST_PASSWORD } },
    );
    expect(login.data.login).toMatchObject({
      mfaRequired: false,
      viewer: { user: { email: 'employee@strict.example' }, mfaEnrollmentRequired: true },
      errors: [],
    });
    // Their own account: profile and sessions.
    const own = await employee.request(
      '{ viewer { user { email } mfaEnabled } mySessions { current } }',
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.viewer).toEqual({
      user: { email: 'employee@strict.example' },
      mfaEnabled: false,
    });
    // Nothing else, through GraphQL or the CSV exports.
    for (const query of [
      '{ timeEntries(first: 1) { totalCount } }',
      '{ projects(first: 1) { totalCount } }',
      '{ customers(first: 1) { totalCount } }',
    ]) {
      const refused = await employee.request(query);
      expect(errorCodes(refused), query).toEqual(['FORBIDDEN']);
      expect(refused.errors?.[0]?.extensions?.reason, query).toBe('MFA_ENROLLMENT_REQUIRED');
    }
    const exportCsv = (path: string) =>
      fetch(`${server.url}${path}`, {
        headers: { cookie: employee.cookie ?? '', 'x-forwarded-for': employee.ip },
      });
    for (const path of [
      '/export/time-entries.csv',
      '/export/projects.csv',
      '/export/report.csv?from=2026-01-01&to=2026-12-31&groupBy=PROJECT',
    ]) {
      const res = await exportCsv(path);
      expect(res.status, path).toBe(403);
      const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions, path).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MFA_ENROLLMENT_REQUIRED',
      });
    }

    // Their own personal data stays theirs to download.
    const ownData = await exportCsv('/export/personal-data.zip');
    expect(ownData.status).toBe(200);

    // Managers and administrators are held back the same way, also from other people's data.
    const manager = new GraphQLClient(server.url);
    await manager.login('strict', 'manager@strict.example', TEST_PASSWORD);
    expect(errorCodes(await manager.request('{ users { totalCount } }'))).toEqual(['FORBIDDEN']);
    const admin = new GraphQLClient(server.url);
    await admin.login('strict', 'admin@strict.example', TEST_PASSWORD);
    const employeeId = login.data.login.viewer.user.id as string;
    expect(
      errorCodes(
        await admin.request('query($id: ID!) { personalData(userId: $id) }', { id: employeeId }),
      ),
    ).toEqual(['FORBIDDEN']);
    const othersData = await fetch(`${server.url}/export/personal-data.zip?userId=${employeeId}`, {
      headers: { cookie: admin.cookie ?? '', 'x-forwarded-for': admin.ip },
    });
    expect(othersData.status).toBe(403);

    const start = await employee.request(`mutation { mfaEnrollStart { enrollment { secret } } }`);
    const secret = start.data.mfaEnrollStart.enrollment.secret;
    const confirmed = await employee.request(
      `mutation($c: String!) { mfaEnrollConfirm(code: $c) { errors { code } } }`,
      { c: codeAt(secret) },
    );
    expect(confirmed.data.mfaEnrollConfirm.errors).toEqual([]);
    expect(
      (await employee.request('{ timeEntries(first: 1) { totalCount } }')).errors,
    ).toBeUndefined();
    expect((await exportCsv('/export/time-entries.csv')).status).toBe(200);
  });
});
