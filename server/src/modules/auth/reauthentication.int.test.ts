import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient, type GraphQLResponse } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const CHANGE = `mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { changed errors { field code } } }`;
const REAUTH = `mutation($p: String!, $c: String) { reauthenticate(password: $p, code: $c) { validUntil errors { field code message } } }`;
const NEW_PASSWORD = 'tangerine-orbit-cellar-97-quiet';

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

function reauthError(res: GraphQLResponse) {
  expect(errorCodes(res)).toEqual(['REAUTHENTICATION_REQUIRED']);
  return res.errors![0]!;
}

describe('re-authentication for sensitive changes', () => {
  let server: TestServer;
  let acme: GivenSite;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      employee: 'employees',
      mfa: 'employees',
      inline: 'employees',
      victim: 'employees',
      bystander: 'employees',
    });
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

  it('lets a fresh sign-in change the password, then refuses once 10 minutes have passed', async () => {
    const me = await signedIn('employee');
    const fresh = await me.request(CHANGE, { i: { newPassword: NEW_PASSWORD } });
    expect(fresh.data.passwordChange).toEqual({ changed: true, errors: [] });

    await elevenMinutesLater('employee');
    const stale = await me.request(CHANGE, { i: { newPassword: 'violet-harbour-lamps-88-drift' } });
    expect(stale.data).toBeNull();
    const error = reauthError(stale);
    expect(error.message).toMatch(/Confirm it's you.*password.*10 minutes/);
    expect(error.extensions).toMatchObject({ secondFactor: false });
    // Nothing changed: the password from the first change still signs in.
    const check = await new GraphQLClient(server.url).login(
      'acme',
      'employee@acme.example',
      NEW_PASSWORD,
    );
    expect(check.data.login.errors).toEqual([]);
  });

  it('reauthenticate refuses a wrong password and with the right one allows the change', async () => {
    const me = await signedIn('victim');
    await elevenMinutesLater('victim');
    const wrong = await me.request(REAUTH, { p: 'not-my-password-at-all' });
    expect(wrong.data.reauthenticate).toEqual({
      validUntil: null,
      errors: [{ field: 'password', code: 'WRONG_PASSWORD', message: expect.any(String) }],
    });
    reauthError(await me.request(CHANGE, { i: { newPassword: NEW_PASSWORD } }));

    const right = await me.request(REAUTH, { p: TEST_PASSWORD });
    expect(right.data.reauthenticate.errors).toEqual([]);
    const validUntil = new Date(right.data.reauthenticate.validUntil).getTime();
    expect(validUntil - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(validUntil - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const changed = await me.request(CHANGE, { i: { newPassword: NEW_PASSWORD } });
    expect(changed.data.passwordChange).toEqual({ changed: true, errors: [] });

    const events = await server.sql<{ action: string }>(
      `select action from audit_event where action like 'auth.reauth%' and actor_id = $1 order by seq`,
      [acme.users.victim!.id],
    );
    expect(events.map(e => e.action)).toEqual([
      'auth.reauthentication_failed',
      'auth.reauthenticated',
    ]);
  });

  it('with two-step sign-in on, needs a code from the app or a recovery code', async () => {
    const me = await signedIn('mfa');
    const start = await me.request(`mutation { mfaEnrollStart { enrollment { secret } } }`);
    const secret: string = start.data.mfaEnrollStart.enrollment.secret;
    const confirm = await me.request(
      `mutation($c: String!) { mfaEnrollConfirm(code: $c) { recoveryCodes errors { code } } }`,
      { c: codeAt(secret) },
    );
    const recoveryCodes: string[] = confirm.data.mfaEnrollConfirm.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);

    await elevenMinutesLater('mfa');
    const refused = reauthError(
      await me.request(`mutation { mfaRecoveryCodesRegenerate { recoveryCodes } }`),
    );
    expect(refused.extensions).toMatchObject({ secondFactor: true });
    expect(refused.message).toMatch(/authenticator app/);

    const passwordOnly = await me.request(REAUTH, { p: TEST_PASSWORD });
    expect(passwordOnly.data.reauthenticate.errors).toMatchObject([
      { field: 'code', code: 'CODE_REQUIRED' },
    ]);
    const wrongCode = await me.request(REAUTH, { p: TEST_PASSWORD, c: '000000' });
    expect(wrongCode.data.reauthenticate.errors).toMatchObject([
      { field: 'code', code: 'WRONG_CODE' },
    ]);
    const wrongPassword = await me.request(REAUTH, {
      p: 'not-it-at-all-123',
      c: codeAt(secret, 1),
    });
    expect(wrongPassword.data.reauthenticate.errors).toMatchObject([{ code: 'WRONG_PASSWORD' }]);
    // An inline password alone is not enough with two-step sign-in on.
    const inline = await me.request(
      `mutation($p: String) { mfaDisable(currentPassword: $p) { disabled } }`,
      { p: TEST_PASSWORD },
    );
    expect(reauthError(inline).extensions).toMatchObject({ reason: 'CODE_REQUIRED' });

    const withCode = await me.request(REAUTH, { p: TEST_PASSWORD, c: codeAt(secret, 1) });
    expect(withCode.data.reauthenticate.errors).toEqual([]);
    const regenerated = await me.request(
      `mutation { mfaRecoveryCodesRegenerate { recoveryCodes errors { code } } }`,
    );
    const newCodes: string[] = regenerated.data.mfaRecoveryCodesRegenerate.recoveryCodes;
    expect(newCodes).toHaveLength(10);
    expect(newCodes).not.toContain(recoveryCodes[0]);

    await elevenMinutesLater('mfa');
    const oldRecovery = await me.request(REAUTH, { p: TEST_PASSWORD, c: recoveryCodes[0] });
    expect(oldRecovery.data.reauthenticate.errors).toMatchObject([{ code: 'WRONG_CODE' }]);
    const recovery = await me.request(REAUTH, { p: TEST_PASSWORD, c: newCodes[0] });
    expect(recovery.data.reauthenticate.errors).toEqual([]);
    const off = await me.request(`mutation { mfaDisable { disabled } }`);
    expect(off.data.mfaDisable).toEqual({ disabled: true });
  });

  it('accepts the current password inline (without two-step sign-in), but not a wrong one', async () => {
    const me = await signedIn('inline');
    await elevenMinutesLater('inline');
    const wrong = await me.request(CHANGE, {
      i: { currentPassword: 'not-my-password-at-all', newPassword: NEW_PASSWORD },
    });
    expect(reauthError(wrong)).toMatchObject({
      message: 'Your current password is not right.',
      extensions: { reason: 'WRONG_PASSWORD' },
    });
    const right = await me.request(CHANGE, {
      i: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(right.data.passwordChange).toEqual({ changed: true, errors: [] });
  });

  it('refuses every sensitive change when the proof is stale, changing nothing', async () => {
    const admin = await signedIn('admin');
    const other = await signedIn('admin');
    // Freshly signed in: a group and a service to try the changes on.
    const created = await admin.request(
      `mutation {
        groupCreate(input: { name: "Reviewers", permissions: ["customer.read"] }) { group { id } }
        serviceCreate(input: { name: "Payroll" }) { service { id } }
      }`,
    );
    const groupId: string = created.data.groupCreate.group.id;
    const serviceId: string = created.data.serviceCreate.service.id;
    const inlineId = acme.users.inline!.id;
    /** What an administrator sees of groups, services, tokens, field exposure and a person. */
    const adminView = async () => {
      const res = await admin.request(
        `query($u: ID!) {
          groups(first: 100) { nodes { id name permissions members { user { id } } } }
          services(first: 100) { nodes { id name permissions tokens { id } } }
          fieldExposure { groups { id exposed } services { id exposed } }
          user(id: $u) { displayName groups { id } }
        }`,
        { u: inlineId },
      );
      expect(res.errors).toBeUndefined();
      return res.data;
    };
    /** Every token, previews included (the admin view lists a service's own tokens only). */
    const tokenCount = async () =>
      (await server.sql<{ n: number }>(`select count(*)::int as n from service_token`))[0]!.n;
    const before = await adminView();
    const tokensBefore = await tokenCount();
    await elevenMinutesLater('admin');
    const exposure = (kind: string, id: string) => ({
      i: { subjectKind: kind, subjectId: id, field: 'User.email', exposed: true },
    });
    const cases: [string, string, Record<string, unknown>?][] = [
      ['passwordChange', CHANGE, { i: { newPassword: NEW_PASSWORD } }],
      ['mfaEnrollStart', `mutation { mfaEnrollStart { errors { code } } }`],
      ['mfaEnrollConfirm', `mutation { mfaEnrollConfirm(code: "123456") { errors { code } } }`],
      ['mfaDisable', `mutation { mfaDisable { disabled } }`],
      ['mfaRecoveryCodesRegenerate', `mutation { mfaRecoveryCodesRegenerate { recoveryCodes } }`],
      ['sessionRevokeOthers', `mutation { sessionRevokeOthers { revokedCount } }`],
      [
        'siteSettingsUpdate',
        `mutation($i: SiteSettingsInput!) { siteSettingsUpdate(input: $i) { errors { code } } }`,
        { i: { sessionIdleMinutes: 15 } },
      ],
      [
        'userDeactivate',
        `mutation($id: ID!) { userDeactivate(id: $id) { errors { code } } }`,
        { id: acme.users.inline!.id },
      ],
      ['serviceCreate', `mutation { serviceCreate(input: { name: "Stale" }) { errors { code } } }`],
      [
        'serviceUpdate',
        `mutation($id: ID!) { serviceUpdate(id: $id, input: { name: "Renamed", permissions: ["user.read"] }) { errors { code } } }`,
        { id: serviceId },
      ],
      [
        'serviceDelete',
        `mutation($id: ID!) { serviceDelete(id: $id) { deletedId } }`,
        { id: serviceId },
      ],
      [
        'serviceTokenCreate',
        `mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "stale" }) { secret } }`,
        { id: serviceId },
      ],
      [
        'servicePreviewStart',
        `mutation($id: ID!) { servicePreviewStart(serviceId: $id) { secret } }`,
        { id: serviceId },
      ],
      ['groupCreate', `mutation { groupCreate(input: { name: "Stale" }) { errors { code } } }`],
      [
        'groupUpdate',
        `mutation($id: ID!) { groupUpdate(id: $id, input: { permissions: ["user.erase"] }) { errors { code } } }`,
        { id: groupId },
      ],
      ['groupDelete', `mutation($id: ID!) { groupDelete(id: $id) { deletedId } }`, { id: groupId }],
      [
        'groupMemberSet',
        `mutation($g: ID!, $u: ID!) { groupMemberSet(input: { groupId: $g, userId: $u, member: true }) { errors { code } } }`,
        { g: groupId, u: inlineId },
      ],
      [
        'fieldExposureSet (group)',
        `mutation($i: FieldExposureSetInput!) { fieldExposureSet(input: $i) { errors { code } } }`,
        exposure('GROUP', groupId),
      ],
      [
        'fieldExposureSet (service)',
        `mutation($i: FieldExposureSetInput!) { fieldExposureSet(input: $i) { errors { code } } }`,
        exposure('SERVICE', serviceId),
      ],
      [
        'userUpdate (groups)',
        `mutation($i: UserUpdateInput!) { userUpdate(input: $i) { errors { code } } }`,
        { i: { id: inlineId, displayName: 'Renamed Inline', groupIds: [groupId] } },
      ],
    ];
    for (const [field, query, variables] of cases) {
      const res = await admin.request(query, variables);
      expect({ field, codes: errorCodes(res) }).toEqual({
        field,
        codes: ['REAUTHENTICATION_REQUIRED'],
      });
      expect(res.data).toBeNull();
    }
    const [site] = await server.sql<{ session_idle_minutes: number }>(
      `select session_idle_minutes from site where slug = 'acme'`,
    );
    expect(site!.session_idle_minutes).toBe(30);
    const [inline] = await server.sql<{ status: string }>(
      `select status from app_user where id = $1`,
      [acme.users.inline!.id],
    );
    expect(inline!.status).toBe('active');
    expect(await adminView()).toEqual(before);
    expect(await tokenCount()).toBe(tokensBefore);
    expect((await other.request('{ viewer { user { email } } }')).data.viewer.user.email).toBe(
      'admin@acme.example',
    );

    // Renaming someone changes no permission: no proof needed for that.
    const renamed = await admin.request(
      `mutation($i: UserUpdateInput!) { userUpdate(input: $i) { user { displayName } errors { code } } }`,
      { i: { id: inlineId, displayName: 'Renamed Inline' } },
    );
    expect(renamed.data.userUpdate).toEqual({
      user: { displayName: 'Renamed Inline' },
      errors: [],
    });

    // After reauthenticate the same changes go through.
    await admin.request(REAUTH, { p: TEST_PASSWORD });
    const token = await admin.request(
      `mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "fresh" }) { secret errors { code } } }`,
      { id: serviceId },
    );
    expect(token.data.serviceTokenCreate).toEqual({ secret: expect.any(String), errors: [] });
    const member = await admin.request(
      `mutation($i: UserUpdateInput!) { userUpdate(input: $i) { user { groups { id } } errors { code } } }`,
      {
        i: {
          id: inlineId,
          groupIds: [...before.user.groups.map((g: { id: string }) => g.id), groupId],
        },
      },
    );
    expect(member.data.userUpdate.errors).toEqual([]);
    expect(member.data.userUpdate.user.groups).toContainEqual({ id: groupId });
    const revoked = await admin.request(`mutation { sessionRevokeOthers { revokedCount } }`);
    expect(revoked.data.sessionRevokeOthers.revokedCount).toBeGreaterThanOrEqual(1);
    expect(errorCodes(await other.request('{ viewer { user { email } } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('says FORBIDDEN, not REAUTHENTICATION_REQUIRED, to someone without the permission', async () => {
    const employee = await signedIn('bystander');
    await elevenMinutesLater('bystander');
    const someId = acme.users.victim!.id;
    const attempts: [string, Record<string, unknown>?][] = [
      [`mutation($id: ID!) { userDeactivate(id: $id) { errors { code } } }`, { id: someId }],
      [`mutation { serviceCreate(input: { name: "Mine" }) { errors { code } } }`],
      [
        `mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "x" }) { secret } }`,
        { id: someId },
      ],
      [`mutation($id: ID!) { servicePreviewStart(serviceId: $id) { secret } }`, { id: someId }],
      [`mutation { groupCreate(input: { name: "Mine" }) { errors { code } } }`],
      [
        `mutation($i: FieldExposureSetInput!) { fieldExposureSet(input: $i) { errors { code } } }`,
        { i: { subjectKind: 'GROUP', subjectId: someId, field: 'User.email', exposed: true } },
      ],
      [
        `mutation($i: UserUpdateInput!) { userUpdate(input: $i) { errors { code } } }`,
        { i: { id: someId, groupIds: [] } },
      ],
    ];
    for (const [query, variables] of attempts) {
      const res = await employee.request(query, variables);
      expect({ query, codes: errorCodes(res) }).toEqual({ query, codes: ['FORBIDDEN'] });
    }
  });

  it('is throttled like sign-in and takes one password per request', async () => {
    const me = await signedIn('admin');
    const aliased = await me.request(
      `mutation { a: reauthenticate(password: "guess-one-0000") { validUntil } b: reauthenticate(password: "guess-two-0000") { validUntil } }`,
    );
    expect(errorCodes(aliased)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const codes: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await me.request(REAUTH, { p: `wrong-guess-number-${i}` });
      codes.push(res.data?.reauthenticate.errors[0]?.code ?? errorCodes(res)[0]);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('WRONG_PASSWORD'));
    expect(codes[5]).toBe('RATE_LIMITED');
    // Even the right password waits now.
    expect(errorCodes(await me.request(REAUTH, { p: TEST_PASSWORD }))).toEqual(['RATE_LIMITED']);
  });
});
