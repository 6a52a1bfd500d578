import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { startSmtpServer } from '../../../test/smtp.js';

const RESET_REQUEST = `mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) { ok errors { code } } }`;
const RESET = `mutation($i: PasswordLinkInput!) { passwordReset(input: $i) { ok errors { field code message } } }`;
const ACCEPT = `mutation($i: PasswordLinkInput!) { invitationAccept(input: $i) { ok errors { field code message } } }`;

function tokenIn(mail: string | undefined, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail ?? '');
  if (!match) throw new Error(`no ${path} link in mail: ${mail}`);
  return match[1]!;
}

describe('password reset and invitations by email (real SMTP)', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://horae.example' });
    await givenSite(server, 'acme');
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('gives the same answer for known and unknown emails, and mails only the known one', async () => {
    const anonymous = new GraphQLClient(server.url);
    const known = await anonymous.request(RESET_REQUEST, {
      i: { site: 'acme', email: 'employee@acme.example' },
    });
    const unknown = await anonymous.request(RESET_REQUEST, {
      i: { site: 'acme', email: 'nobody@acme.example' },
    });
    const noSite = await anonymous.request(RESET_REQUEST, {
      i: { site: 'nowhere', email: 'employee@acme.example' },
    });
    expect(known.data).toEqual(unknown.data);
    expect(known.data).toEqual(noSite.data);
    expect(smtp.inbox.filter(m => m.to.includes('nobody@acme.example'))).toEqual([]);
    const mail = smtp.lastTo('employee@acme.example');
    expect(mail).toMatch(/Subject: Reset your Horae password for Site acme/);
    expect(mail).toContain('https://horae.example/reset-password?token=');
  });

  it('resets the password from the mailed link once, ending every session', async () => {
    const laptop = new GraphQLClient(server.url);
    await laptop.login('acme', 'employee@acme.example', TEST_PASSWORD);
    await new GraphQLClient(server.url).request(RESET_REQUEST, {
      i: { site: 'acme', email: 'employee@acme.example' },
    });
    const token = tokenIn(smtp.lastTo('employee@acme.example'), '/reset-password');

    const weak = await new GraphQLClient(server.url).request(RESET, {
      i: { token, password: 'password1234567' },
    });
    expect(weak.data.passwordReset.ok).toBe(false);
    expect(weak.data.passwordReset.errors[0]).toMatchObject({
      field: 'password',
      code: expect.stringMatching(/TOO_GUESSABLE|BREACHED/),
    });

    const done = await new GraphQLClient(server.url).request(RESET, {
      i: { token, password: 'marble-lantern-quietly-47-orchid' },
    });
    expect(done.data.passwordReset).toEqual({ ok: true, errors: [] });
    expect(errorCodes(await laptop.request('{ viewer { user { email } } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const again = await new GraphQLClient(server.url).request(RESET, {
      i: { token, password: 'another-fine-passphrase-2031' },
    });
    expect(again.data.passwordReset.errors[0]).toMatchObject({
      code: 'INVALID_LINK',
      message: expect.stringMatching(/used already, has expired/),
    });
    const login = await new GraphQLClient(server.url).login(
      'acme',
      'employee@acme.example',
      'marble-lantern-quietly-47-orchid',
    );
    expect(login.data.login.errors).toEqual([]);
  });

  it('refuses an expired link', async () => {
    await new GraphQLClient(server.url).request(RESET_REQUEST, {
      i: { site: 'acme', email: 'manager@acme.example' },
    });
    const token = tokenIn(smtp.lastTo('manager@acme.example'), '/reset-password');
    await server.sql(`update user_token set expires_at = now() - interval '1 second'`);
    const res = await new GraphQLClient(server.url).request(RESET, {
      i: { token, password: 'marble-lantern-quietly-47-orchid' },
    });
    expect(res.data.passwordReset.errors[0].code).toBe('INVALID_LINK');
  });

  it('invites a new person, who chooses a password from the mail and signs in', async () => {
    const admin = new GraphQLClient(server.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
    const created = await admin.request(
      `mutation { userCreate(input: { email: "nina@acme.example", displayName: "Nina Nieuw" }) { user { id } } }`,
    );
    const userId = created.data.userCreate.user.id;
    const invite = await admin.request(
      `mutation($u: ID!) { userInvite(userId: $u) { ok errors { code } } }`,
      { u: userId },
    );
    expect(invite.data.userInvite).toEqual({ ok: true, errors: [] });
    const mail = smtp.lastTo('nina@acme.example');
    expect(mail).toMatch(/Subject: You are invited to Site acme on Horae/);
    const token = tokenIn(mail, '/accept-invitation');
    // A reset token is not an invitation and the other way round.
    const wrongKind = await new GraphQLClient(server.url).request(RESET, {
      i: { token, password: 'marble-lantern-quietly-47-orchid' },
    });
    expect(wrongKind.data.passwordReset.errors[0].code).toBe('INVALID_LINK');
    const accepted = await new GraphQLClient(server.url).request(ACCEPT, {
      i: { token, password: 'copper-meadow-sings-at-dawn-12' },
    });
    expect(accepted.data.invitationAccept).toEqual({ ok: true, errors: [] });
    const login = await new GraphQLClient(server.url).login(
      'acme',
      'nina@acme.example',
      'copper-meadow-sings-at-dawn-12',
    );
    expect(login.data.login.errors).toEqual([]);
    const twice = await admin.request(
      `mutation($u: ID!) { userInvite(userId: $u) { ok errors { code } } }`,
      { u: userId },
    );
    expect(twice.data.userInvite.errors).toEqual([{ code: 'ALREADY_ACTIVE' }]);
    const employee = new GraphQLClient(server.url);
    await employee.login('acme', 'manager@acme.example', TEST_PASSWORD);
    expect(
      errorCodes(
        await employee.request(`mutation($u: ID!) { userInvite(userId: $u) { ok } }`, {
          u: userId,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('invitation links (real SMTP)', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let admin: GraphQLClient;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://horae.example' });
    await givenSite(server, 'acme');
    admin = new GraphQLClient(server.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  /** Creates a person, invites them and returns the token of the link in their mail. */
  async function invite(name: string): Promise<string> {
    const email = `${name}@acme.example`;
    const created = await admin.request(
      `mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } errors { code } } }`,
      { i: { email, displayName: `${name[0]!.toUpperCase()}${name.slice(1)} Nieuw` } },
    );
    expect(created.data.userCreate.errors).toEqual([]);
    const invited = await admin.request(
      `mutation($u: ID!) { userInvite(userId: $u) { ok errors { code } } }`,
      { u: created.data.userCreate.user.id },
    );
    expect(invited.data.userInvite).toEqual({ ok: true, errors: [] });
    return tokenIn(smtp.lastTo(email), '/accept-invitation');
  }

  const accept = (token: string, password = 'copper-meadow-sings-at-dawn-12') =>
    new GraphQLClient(server.url).request(ACCEPT, { i: { token, password } });

  /** Moves an invitation back in time, as if it had been mailed `interval` ago. */
  const sentAgo = (token: string, interval: string) =>
    server.sql(
      `update user_token set created_at = created_at - $2::interval, expires_at = expires_at - $2::interval where token_hash = $1`,
      [createHash('sha256').update(token).digest(), interval],
    );

  it('an invitation token is stored hashed: the link from the mail is nowhere in the database', async () => {
    const token = await invite('olga');
    const tables = await server.sql<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.map(t => t.name)).toContain('user_token');
    for (const { name } of tables) {
      const found = await server.sql<{ n: number }>(
        `select count(*)::int as n from "${name}" t where strpos(t::text, $1) > 0`,
        [token],
      );
      expect(found[0]!.n, `the token in ${name}`).toBe(0);
    }
    // What is stored is its SHA-256, which is enough to find the invitation.
    const stored = await server.sql(
      `select 1 from user_token where purpose = 'invitation' and token_hash = $1`,
      [createHash('sha256').update(token).digest()],
    );
    expect(stored).toHaveLength(1);
  });

  it('an invitation link works once', async () => {
    const token = await invite('pim');
    expect((await accept(token)).data.invitationAccept).toEqual({ ok: true, errors: [] });
    const again = await accept(token, 'another-fine-passphrase-2031');
    expect(again.data.invitationAccept.ok).toBe(false);
    expect(again.data.invitationAccept.errors[0]).toMatchObject({
      field: 'token',
      code: 'INVALID_LINK',
    });
    // The first password stays; the second attempt changed nothing.
    const login = await new GraphQLClient(server.url).login(
      'acme',
      'pim@acme.example',
      'copper-meadow-sings-at-dawn-12',
    );
    expect(login.data.login.errors).toEqual([]);
  });

  it('an invitation link expires after 7 days', async () => {
    const fresh = await invite('quinn');
    await sentAgo(fresh, '6 days 23 hours 59 minutes');
    expect((await accept(fresh)).data.invitationAccept).toEqual({ ok: true, errors: [] });

    const stale = await invite('rosa');
    await sentAgo(stale, '7 days 1 second');
    const late = await accept(stale);
    expect(late.data.invitationAccept.ok).toBe(false);
    expect(late.data.invitationAccept.errors[0]).toMatchObject({
      field: 'token',
      code: 'INVALID_LINK',
      message: expect.stringMatching(/has expired/),
    });
    expect(
      (
        await new GraphQLClient(server.url).login(
          'acme',
          'rosa@acme.example',
          'copper-meadow-sings-at-dawn-12',
        )
      ).data.login.errors[0].code,
    ).toBe('INVALID_CREDENTIALS');
  });
});

describe('reset mails are limited per address and per client (real SMTP)', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://horae.example' });
    await givenSite(server, 'acme');
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('sends at most 3 reset mails an hour to one address, answering every request the same', async () => {
    const responses = [];
    for (let i = 0; i < 5; i++) {
      // A different client each time: the per-address limit holds whoever asks.
      const res = await new GraphQLClient(server.url).request(RESET_REQUEST, {
        i: { site: 'acme', email: 'employee@acme.example' },
      });
      responses.push({ status: res.status, data: res.data, errors: res.errors });
    }
    for (const res of responses) expect(res).toEqual(responses[0]);
    expect(responses[0]).toEqual({
      status: 200,
      data: { passwordResetRequest: { ok: true, errors: [] } },
      errors: undefined,
    });
    expect(smtp.inbox.filter(m => m.to.includes('employee@acme.example'))).toHaveLength(3);
    const events = await server.sql<{ action: string; data: unknown }>(
      `select action, data from audit_event where action like 'auth.password_reset%' order by seq`,
    );
    expect(events.map(e => e.action)).toEqual([
      ...Array<string>(3).fill('auth.password_reset_requested'),
      ...Array<string>(2).fill('auth.password_reset_throttled'),
    ]);
    expect(events[4]!.data).toEqual({ limit: 'address' });

    // An hour later the address may get mail again.
    await server.sql(`update account_mail_request set occurred_at = now() - interval '61 minutes'`);
    await new GraphQLClient(server.url).request(RESET_REQUEST, {
      i: { site: 'acme', email: 'employee@acme.example' },
    });
    expect(smtp.inbox.filter(m => m.to.includes('employee@acme.example'))).toHaveLength(4);
  });

  it('limits one client to 10 requests an hour, known addresses or not', async () => {
    const client = new GraphQLClient(server.url);
    for (let i = 0; i < 10; i++) {
      await client.request(RESET_REQUEST, {
        i: { site: 'acme', email: `nobody${i}@acme.example` },
      });
    }
    const res = await client.request(RESET_REQUEST, {
      i: { site: 'acme', email: 'manager@acme.example' },
    });
    expect(res.data).toEqual({ passwordResetRequest: { ok: true, errors: [] } });
    expect(smtp.inbox.filter(m => m.to.includes('manager@acme.example'))).toEqual([]);
    const fromElsewhere = await new GraphQLClient(server.url).request(RESET_REQUEST, {
      i: { site: 'acme', email: 'manager@acme.example' },
    });
    expect(fromElsewhere.data).toEqual(res.data);
    expect(smtp.inbox.filter(m => m.to.includes('manager@acme.example'))).toHaveLength(1);
  });

  it('stops a fourth invitation to the same person within the hour', async () => {
    const admin = new GraphQLClient(server.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
    const created = await admin.request(
      `mutation { userCreate(input: { email: "nina@acme.example", displayName: "Nina Nieuw" }) { user { id } } }`,
    );
    const invite = () =>
      admin.request(`mutation($u: ID!) { userInvite(userId: $u) { ok errors { code } } }`, {
        u: created.data.userCreate.user.id,
      });
    for (let i = 0; i < 3; i++) expect((await invite()).data.userInvite.ok).toBe(true);
    expect((await invite()).data.userInvite.errors).toEqual([{ code: 'TOO_MANY_MAILS' }]);
    expect(smtp.inbox.filter(m => m.to.includes('nina@acme.example'))).toHaveLength(3);
  });
});
