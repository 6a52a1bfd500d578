import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const CHANGE = `mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { changed otherSessionsEnded errors { field code message } } }`;

describe('changing your password', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'acme');
  });
  afterAll(() => server.close());

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
});
