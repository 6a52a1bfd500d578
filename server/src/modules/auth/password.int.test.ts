import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { startSmtpServer } from '../../../test/smtp.js';

const CHANGE = `mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { changed otherSessionsEnded errors { field code message } } }`;
/** Ten characters, strong enough for the site, in no breached list: only the length differs. */
const TEN_CHARACTERS = 'Vq7#mZ2!pL';

describe('changing your password', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url });
    await givenSite(server, 'acme', {
      admin: 'administrators',
      manager: 'managers',
      employee: 'employees',
      twostep: 'employees',
      resetter: 'employees',
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  /** Turns two-step sign-in on for the signed-in person. */
  async function enrollMfa(client: GraphQLClient) {
    const start = await client.request(`mutation { mfaEnrollStart { enrollment { secret } } }`);
    const secret: string = start.data.mfaEnrollStart.enrollment.secret;
    const code = new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate();
    const confirm = await client.request(
      `mutation($c: String!) { mfaEnrollConfirm(code: $c) { errors { code } } }`,
      { c: code },
    );
    expect(confirm.data.mfaEnrollConfirm.errors).toEqual([]);
    const viewer = await client.request(`{ viewer { mfaEnabled } }`);
    expect(viewer.data.viewer.mfaEnabled).toBe(true);
  }

  /** Whether this password is the person's now: right (a second step may follow) or not. */
  async function signsIn(email: string, password: string): Promise<boolean> {
    const res = await new GraphQLClient(server.url).request(
      `mutation($i: LoginInput!) { login(input: $i) { mfaRequired errors { code } } }`,
      { i: { site: 'acme', email, password } },
    );
    return res.data.login.errors.length === 0;
  }

  async function signedIn() {
    const client = new GraphQLClient(server.url);
    await client.login('acme', 'employee@acme.example', TEST_PASSWORD);
    return client;
  }

  it('says why a new password is refused: too short, too guessable, breached, own name', async () => {
    const me = await signedIn();
    const cases = [
      ['short-one', 'TOO_SHORT', /at least 15 characters/],
      ['passwordpassword1', 'TOO_GUESSABLE', /too easy to guess/],
      ['correcthorsebatterystaple', 'BREACHED', /appeared in data breaches/],
      ['employee@acme.example', 'TOO_GUESSABLE', /too easy to guess/],
    ] as const;
    for (const [newPassword, code, message] of cases) {
      const res = await me.request(CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword } });
      expect(res.data.passwordChange.changed).toBe(false);
      expect(res.data.passwordChange.errors).toContainEqual({
        field: 'newPassword',
        code,
        message: expect.stringMatching(message),
      });
    }
    const check = await me.request(
      `mutation { passwordCheck(password: "correcthorsebatterystaple") { score problems { code } } }`,
    );
    expect(check.data.passwordCheck.problems).toEqual([{ code: 'BREACHED' }]);
    // Nothing changed: the old password still works.
    expect(
      (await new GraphQLClient(server.url).login('acme', 'employee@acme.example', TEST_PASSWORD))
        .data.login.errors,
    ).toEqual([]);
  });

  it('refuses a wrong current password when one is sent', async () => {
    const me = await signedIn();
    const res = await me.request(CHANGE, {
      i: {
        currentPassword: 'not-my-password-at-all',
        newPassword: 'tangerine-orbit-cellar-97-quiet',
      },
    });
    // The current password is optional (a recent sign-in is enough); a wrong one is refused.
    expect(errorCodes(res)).toEqual(['REAUTHENTICATION_REQUIRED']);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Your current password is not right.',
      extensions: { reason: 'WRONG_PASSWORD' },
    });
  });

  it('changes it, ends the other sessions and keeps this one with a new id', async () => {
    const phone = await signedIn();
    const laptop = await signedIn();
    const before = laptop.cookie;
    const res = await laptop.request(CHANGE, {
      i: { currentPassword: TEST_PASSWORD, newPassword: 'tangerine-orbit-cellar-97-quiet' },
    });
    expect(res.data.passwordChange).toEqual({
      changed: true,
      otherSessionsEnded: expect.any(Number),
      errors: [],
    });
    expect(res.data.passwordChange.otherSessionsEnded).toBeGreaterThanOrEqual(1);
    expect(laptop.cookie).not.toBe(before);
    expect((await laptop.request('{ viewer { user { email } } }')).data.viewer.user.email).toBe(
      'employee@acme.example',
    );
    expect(errorCodes(await phone.request('{ viewer { user { email } } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const old = await new GraphQLClient(server.url).login(
      'acme',
      'employee@acme.example',
      TEST_PASSWORD,
    );
    expect(old.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    const fresh = await new GraphQLClient(server.url).login(
      'acme',
      'employee@acme.example',
      'tangerine-orbit-cellar-97-quiet',
    );
    expect(fresh.data.login.errors).toEqual([]);
    const [event] = await server.sql(
      `select action from audit_event where action = 'auth.password_changed'`,
    );
    expect(event).toBeDefined();
  });

  it('asks 8 characters of someone with two-step sign-in on, and 15 of everyone else', async () => {
    const withMfa = new GraphQLClient(server.url);
    await withMfa.login('acme', 'twostep@acme.example', TEST_PASSWORD);
    await enrollMfa(withMfa);
    const without = new GraphQLClient(server.url);
    await without.login('acme', 'admin@acme.example', TEST_PASSWORD);
    const check = `mutation($p: String!) { passwordCheck(password: $p) { problems { code } } }`;

    const refused = await without.request(CHANGE, { i: { newPassword: TEN_CHARACTERS } });
    expect(refused.data.passwordChange).toEqual({
      changed: false,
      otherSessionsEnded: 0,
      errors: [
        {
          field: 'newPassword',
          code: 'TOO_SHORT',
          message: 'The password is too short: use at least 15 characters (it has 10).',
        },
      ],
    });
    expect((await without.request(check, { p: TEN_CHARACTERS })).data.passwordCheck).toEqual({
      problems: [{ code: 'TOO_SHORT' }],
    });
    expect(await signsIn('admin@acme.example', TEN_CHARACTERS)).toBe(false);

    expect((await withMfa.request(check, { p: TEN_CHARACTERS })).data.passwordCheck).toEqual({
      problems: [],
    });
    const short = await withMfa.request(CHANGE, { i: { newPassword: 'Vq7#mZ2' } });
    expect(short.data.passwordChange.errors).toContainEqual({
      field: 'newPassword',
      code: 'TOO_SHORT',
      message: expect.stringMatching(/at least 8 characters/),
    });
    const changed = await withMfa.request(CHANGE, { i: { newPassword: TEN_CHARACTERS } });
    expect(changed.data.passwordChange).toMatchObject({ changed: true, errors: [] });
    expect(await signsIn('twostep@acme.example', TEN_CHARACTERS)).toBe(true);
    expect(await signsIn('twostep@acme.example', TEST_PASSWORD)).toBe(false);
  });

  it('applies the same minimum to a reset from the mailed link', async () => {
    const withMfa = new GraphQLClient(server.url);
    await withMfa.login('acme', 'resetter@acme.example', TEST_PASSWORD);
    await enrollMfa(withMfa);
    const reset = async (email: string) => {
      await new GraphQLClient(server.url).request(
        `mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) { ok } }`,
        { i: { site: 'acme', email } },
      );
      const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(smtp.lastTo(email) ?? '')?.[1];
      expect(token, `no reset link mailed to ${email}`).toBeDefined();
      const res = await new GraphQLClient(server.url).request(
        `mutation($i: PasswordLinkInput!) { passwordReset(input: $i) { ok errors { field code message } } }`,
        { i: { token, password: TEN_CHARACTERS } },
      );
      return res.data.passwordReset;
    };

    expect(await reset('manager@acme.example')).toEqual({
      ok: false,
      errors: [
        {
          field: 'password',
          code: 'TOO_SHORT',
          message: 'The password is too short: use at least 15 characters (it has 10).',
        },
      ],
    });
    expect(await signsIn('manager@acme.example', TEST_PASSWORD)).toBe(true);

    expect(await reset('resetter@acme.example')).toEqual({ ok: true, errors: [] });
    expect(await signsIn('resetter@acme.example', TEN_CHARACTERS)).toBe(true);
  });
});
