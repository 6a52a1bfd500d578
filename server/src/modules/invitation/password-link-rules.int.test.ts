import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { startSmtpServer } from '../../../test/smtp.js';

const RULES = `query($token: String!, $purpose: PasswordLinkPurpose!) {
  passwordLinkRules(token: $token, purpose: $purpose) { minPasswordScore minPasswordLength userInputs }
}`;
const RESET_REQUEST = `mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) { ok } }`;
const RESET = `mutation($i: PasswordLinkInput!) { passwordReset(input: $i) { ok errors { code } } }`;
const STRONG = 'marble-lantern-quietly-47-orchid';

function tokenIn(mail: string | undefined, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail ?? '');
  if (!match) throw new Error(`no ${path} link in mail: ${mail}`);
  return match[1]!;
}

describe('the rules a password from an emailed link must pass, asked before sending it', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let acme: GivenSite;
  let admin: GraphQLClient;
  const anonymous = () => new GraphQLClient(server.url);

  async function resetTokenFor(email: string): Promise<string> {
    await anonymous().request(RESET_REQUEST, { i: { site: 'acme', email } });
    return tokenIn(smtp.lastTo(email), '/reset-password');
  }

  async function rulesFor(token: string, purpose = 'PASSWORD_RESET') {
    const res = await anonymous().request(RULES, { token, purpose });
    return { status: res.status, data: res.data, errors: res.errors };
  }

  /** What every unusable link answers: nothing to tell one reason from another. */
  const VAGUE = { status: 200, data: { passwordLinkRules: null }, errors: undefined };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://horae.example' });
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      employee: 'employees',
      leaver: 'employees',
      manager: 'managers',
    });
    await server.sql(`update site set min_password_score = 4 where slug = 'acme'`);
    admin = new GraphQLClient(server.url);
    await admin.login('acme', acme.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('gives a valid reset link the site minimum and the words of the person and the site', async () => {
    const token = await resetTokenFor(acme.users.employee!.email);
    expect(await rulesFor(token)).toEqual({
      status: 200,
      data: {
        passwordLinkRules: {
          minPasswordScore: 4,
          minPasswordLength: 15,
          userInputs: ['Employee of acme', 'employee@acme.example', 'Site acme', 'acme'],
        },
      },
      errors: undefined,
    });
    // Asking uses nothing up: the link still sets the password afterwards.
    expect(await rulesFor(token)).toEqual(await rulesFor(token));
    const reset = await anonymous().request(RESET, { i: { token, password: STRONG } });
    expect(reset.data.passwordReset).toEqual({ ok: true, errors: [] });
  });

  it('asks 8 characters of someone with two-step sign-in, as the reset itself does', async () => {
    await server.sql(
      `insert into mfa_factor (site_id, user_id, secret_encrypted, confirmed_at)
       values ($1, $2, '\\x00', now())`,
      [acme.id, acme.users.manager!.id],
    );
    const token = await resetTokenFor(acme.users.manager!.email);
    expect((await rulesFor(token)).data?.passwordLinkRules).toMatchObject({
      minPasswordLength: 8,
    });
    await server.sql(`delete from mfa_factor where user_id = $1`, [acme.users.manager!.id]);
  });

  it('answers the same null for used, expired, replaced, bogus and other-purpose links', async () => {
    const used = await resetTokenFor(acme.users.manager!.email);
    await anonymous().request(RESET, { i: { token: used, password: STRONG } });
    const replaced = await resetTokenFor(acme.users.employee!.email);
    const current = await resetTokenFor(acme.users.employee!.email);
    const leaving = await resetTokenFor(acme.users.leaver!.email);
    await admin.request(`mutation($id: ID!) { userDeactivate(id: $id) { errors { code } } }`, {
      id: acme.users.leaver!.id,
    });

    const unusable = [
      await rulesFor(used),
      await rulesFor(replaced),
      await rulesFor(leaving),
      await rulesFor(current, 'INVITATION'),
      await rulesFor('not-a-token-at-all'),
      await rulesFor(''),
      await rulesFor('x'.repeat(5000)),
    ];
    for (const answer of unusable) expect(answer).toEqual(VAGUE);

    expect((await rulesFor(current)).data?.passwordLinkRules).not.toBeNull();
    await server.sql(`update user_token set expires_at = now() - interval '1 second'`);
    expect(await rulesFor(current)).toEqual(VAGUE);
  });

  it('gives an invitation link the rules for the invited person, on the invitation page only', async () => {
    const created = await admin.request(
      `mutation { userCreate(input: { email: "nina@acme.example", displayName: "Nina Nieuw" }) { user { id } } }`,
    );
    await admin.request(`mutation($u: ID!) { userInvite(userId: $u) { ok } }`, {
      u: created.data.userCreate.user.id,
    });
    const token = tokenIn(smtp.lastTo('nina@acme.example'), '/accept-invitation');
    expect((await rulesFor(token, 'INVITATION')).data).toEqual({
      passwordLinkRules: {
        minPasswordScore: 4,
        minPasswordLength: 15,
        userInputs: ['Nina Nieuw', 'nina@acme.example', 'Site acme', 'acme'],
      },
    });
    expect(await rulesFor(token, 'PASSWORD_RESET')).toEqual(VAGUE);
  });
});
