import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const PEOPLE = `query($n: Int) {
  users(first: $n) { nodes { email status activeSessionCount invitation { sentAt expiresAt } } }
}`;
const PERSON = `query($id: ID!) {
  user(id: $id) { status activeSessionCount invitation { sentAt expiresAt } }
}`;
const DEACTIVATE = `mutation($id: ID!) { userDeactivate(id: $id) { user { status } errors { code } } }`;
const REACTIVATE = `mutation($id: ID!) { userReactivate(id: $id) { user { status } errors { code } } }`;

describe('what an administrator sees of people: sessions, deactivation, invitations', () => {
  let server: TestServer;
  let acme: GivenSite;
  let admin: GraphQLClient;
  let statements = 0;

  beforeAll(async () => {
    server = await startTestServer({}, { onQuery: () => statements++ });
    acme = await givenSite(server, 'acme');
    admin = new GraphQLClient(server.url);
    await admin.login('acme', acme.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it('counts the active sessions a deactivation ends, and the person cannot come back', async () => {
    const employee = acme.users.employee!;
    const laptop = new GraphQLClient(server.url);
    const phone = new GraphQLClient(server.url);
    await laptop.login('acme', employee.email, TEST_PASSWORD);
    await phone.login('acme', employee.email, TEST_PASSWORD);
    // One that ended already does not count.
    const gone = new GraphQLClient(server.url);
    await gone.login('acme', employee.email, TEST_PASSWORD);
    await gone.request('mutation { logout { ok } }');

    const before = await admin.request(PERSON, { id: employee.id });
    expect(before.data.user).toEqual({ status: 'ACTIVE', activeSessionCount: 2, invitation: null });

    const deactivated = await admin.request(DEACTIVATE, { id: employee.id });
    expect(deactivated.data.userDeactivate).toEqual({
      user: { status: 'DEACTIVATED' },
      errors: [],
    });
    expect((await admin.request(PERSON, { id: employee.id })).data.user).toMatchObject({
      status: 'DEACTIVATED',
      activeSessionCount: 0,
    });
    for (const device of [laptop, phone]) {
      const res = await device.request('{ viewer { user { email } } }');
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors?.[0]?.message).toMatch(/signed out by an administrator/);
    }
    const again = await new GraphQLClient(server.url).login('acme', employee.email, TEST_PASSWORD);
    expect(again.data.login.errors).toEqual([
      { code: 'ACCOUNT_DEACTIVATED', message: expect.stringMatching(/has been deactivated/) },
    ]);

    const reactivated = await admin.request(REACTIVATE, { id: employee.id });
    expect(reactivated.data.userReactivate).toEqual({ user: { status: 'ACTIVE' }, errors: [] });
    const back = await new GraphQLClient(server.url).login('acme', employee.email, TEST_PASSWORD);
    expect(back.data.login.errors).toEqual([]);
  });

  it('shows an invitation until the person has chosen a password, expired ones too', async () => {
    const created = await admin.request(
      `mutation { userCreate(input: { email: "nina@acme.example", displayName: "Nina Nieuw" }) { user { id invitation { sentAt } } } }`,
    );
    const nina = created.data.userCreate.user;
    expect(nina.invitation).toBeNull();
    await admin.request(`mutation($u: ID!) { userInvite(userId: $u) { ok } }`, { u: nina.id });
    const first = (await admin.request(PERSON, { id: nina.id })).data.user.invitation;
    const week = Date.parse(first.expiresAt) - Date.parse(first.sentAt);
    expect(week).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(week).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);

    // Sending another replaces the first: still one invitation, the newer one.
    await admin.request(`mutation($u: ID!) { userInvite(userId: $u) { ok } }`, { u: nina.id });
    const second = (await admin.request(PERSON, { id: nina.id })).data.user.invitation;
    expect(Date.parse(second.sentAt)).toBeGreaterThanOrEqual(Date.parse(first.sentAt));

    await server.sql(`update user_token set expires_at = now() - interval '1 minute'`);
    const expired = (await admin.request(PERSON, { id: nina.id })).data.user.invitation;
    expect(Date.parse(expired.expiresAt)).toBeLessThan(Date.now());

    // A password chosen another way (here: set directly) ends the invitation.
    await server.sql(`update app_user set password_hash = 'x' where id = $1`, [nina.id]);
    expect((await admin.request(PERSON, { id: nina.id })).data.user.invitation).toBeNull();
  });

  it('shows session counts only to those who may deactivate, invitations not to services', async () => {
    const manager = new GraphQLClient(server.url);
    await manager.login('acme', acme.users.manager!.email, TEST_PASSWORD);
    const res = await manager.request(PERSON, { id: acme.users.employee!.id });
    expect(res.data?.user).toMatchObject({ status: 'ACTIVE', activeSessionCount: null });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.path).toEqual(['user', 'activeSessionCount']);

    const service = await admin.request(
      `mutation { serviceCreate(input: { name: "Payroll", permissions: ["user.read"] }) { service { id } } }`,
    );
    const token = await admin.request(
      `mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "t" }) { secret } }`,
      { id: service.data.serviceCreate.service.id },
    );
    const partner = new GraphQLClient(server.url);
    partner.bearer = token.data.serviceTokenCreate.secret;
    const seen = await partner.request(
      `query($id: ID!) { user(id: $id) { status invitation { sentAt } } }`,
      { id: acme.users.employee!.id },
    );
    expect(seen.data?.user).toEqual({ status: 'ACTIVE', invitation: null });
    expect(errorCodes(seen)).toEqual(['FORBIDDEN']);
  });

  it('uses the same number of SQL statements for a page of 12 people as for 2', async () => {
    for (let i = 0; i < 10; i++) {
      const created = await admin.request(
        `mutation($e: String!) { userCreate(input: { email: $e, displayName: "Person" }) { user { id } } }`,
        { e: `person${i}@acme.example` },
      );
      if (i % 2) {
        await admin.request(`mutation($u: ID!) { userInvite(userId: $u) { ok } }`, {
          u: created.data.userCreate.user.id,
        });
      }
    }
    const count = async (n: number) => {
      statements = 0;
      const res = await admin.request(PEOPLE, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data.users.nodes).toHaveLength(n);
      return statements;
    };
    const two = await count(2);
    expect(await count(12)).toBe(two);
  });
});
