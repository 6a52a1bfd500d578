import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { startSmtpServer } from '../../../test/smtp.js';
import { readZip } from '../../../test/zip.js';
import { seedDemo } from '../../demo/seed.js';

const PASSWORD = 'privacy-test-passphrase-7730';

const currentCode = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate();

describe('personal data: download and erase (GDPR)', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let admin: GraphQLClient;
  let employee: GraphQLClient;
  let employeeId: string;

  async function signIn(email: string) {
    const client = new GraphQLClient(server.url);
    const res = await client.login('demo', email, PASSWORD);
    expect(res.data.login.errors).toEqual([]);
    return client;
  }

  async function download(client: GraphQLClient, path: string) {
    return fetch(`${server.url}${path}`, {
      headers: { cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
    });
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://horae.example' });
    await server.operator(em => seedDemo(em, PASSWORD, { entries: 100 }));
    admin = await signIn('admin@demo.example');
    employee = await signIn('employee@demo.example');
    employeeId = (
      await server.sql<{ id: string }>(
        `select id from app_user where email = 'employee@demo.example'`,
      )
    )[0]!.id;
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('gives a person all their data as JSON and CSV in one archive, without secrets', async () => {
    const res = await download(employee, '/export/personal-data.zip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = readZip(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(
      [
        'README.txt',
        'audit-events.csv',
        'personal-data.json',
        'sessions.csv',
        'time-entries.csv',
        'timesheets.csv',
      ].sort(),
    );
    const json = JSON.parse(files.get('personal-data.json')!.toString('utf8'));
    expect(json.profile.email).toBe('employee@demo.example');
    const entries = await server.sql<{ n: number }>(
      'select count(*)::int as n from time_entry where user_id = $1',
      [employeeId],
    );
    expect(json.timeEntries).toHaveLength(entries[0]!.n);
    const csv = files.get('time-entries.csv')!.toString('utf8').trim().split('\n');
    expect(csv).toHaveLength(entries[0]!.n + 1);
    expect(csv[0]).toContain('projectCode');
    const hash = (
      await server.sql<{ password_hash: string }>(
        'select password_hash from app_user where id = $1',
        [employeeId],
      )
    )[0]!.password_hash;
    for (const content of files.values()) expect(content.toString('utf8')).not.toContain(hash);
    expect(JSON.stringify({ ...json, about: '' })).not.toMatch(/password_?hash|secret/i);
  });

  it('lets an administrator download anyone’s data, audited, and nobody else', async () => {
    const res = await download(admin, `/export/personal-data.zip?userId=${employeeId}`);
    expect(res.status).toBe(200);
    const json = await admin.request('query($id: ID!) { personalData(userId: $id) }', {
      id: employeeId,
    });
    expect(JSON.parse(json.data.personalData).profile.id).toBe(employeeId);
    const adminId = (
      await server.sql<{ id: string }>(`select id from app_user where email = 'admin@demo.example'`)
    )[0]!.id;
    const refused = await download(employee, `/export/personal-data.zip?userId=${adminId}`);
    expect(refused.status).toBe(403);
    expect(
      errorCodes(
        await employee.request('query($id: ID!) { personalData(userId: $id) }', { id: adminId }),
      ),
    ).toEqual(['FORBIDDEN']);
    const audited = await server.sql(
      `select 1 from audit_event where action = 'user.data_exported' and target_id = $1`,
      [employeeId],
    );
    expect(audited.length).toBeGreaterThanOrEqual(3);
  });

  it('erases a person: pseudonymised, signed out, unable to sign in, while their time and invoices stay', async () => {
    // Given a person with everything that can hang off an account: two-step sign-in with recovery
    // codes, sessions on two devices, a password-reset link in their mailbox and a preview token
    // of a service they look after.
    const integrations = await admin.request(
      'mutation { groupCreate(input: { name: "Integrations", permissions: ["service.manage"] }) { group { id } errors { code } } }',
    );
    expect(integrations.data.groupCreate.errors).toEqual([]);
    const joined = await admin.request(
      'mutation($i: GroupMemberInput!) { groupMemberSet(input: $i) { errors { code } } }',
      { i: { groupId: integrations.data.groupCreate.group.id, userId: employeeId, member: true } },
    );
    expect(joined.data.groupMemberSet.errors).toEqual([]);
    const service = await admin.request(
      'mutation { serviceCreate(input: { name: "Payroll link", permissions: ["timeEntry.read"] }) { service { id } errors { code } } }',
    );
    const laptop = await signIn('employee@demo.example');
    const preview = await laptop.request(
      'mutation($id: ID!) { servicePreviewStart(serviceId: $id) { secret errors { code } } }',
      { id: service.data.serviceCreate.service.id },
    );
    expect(preview.data.servicePreviewStart.errors).toEqual([]);
    const previewer = new GraphQLClient(server.url);
    previewer.bearer = preview.data.servicePreviewStart.secret;
    expect((await previewer.request('{ access { kind preview } }')).data.access).toEqual({
      kind: 'SERVICE',
      preview: true,
    });
    const enrollment = await laptop.request(
      'mutation { mfaEnrollStart { enrollment { secret } } }',
    );
    const enrolled = await laptop.request(
      'mutation($c: String!) { mfaEnrollConfirm(code: $c) { recoveryCodes errors { code } } }',
      { c: currentCode(enrollment.data.mfaEnrollStart.enrollment.secret) },
    );
    expect(enrolled.data.mfaEnrollConfirm.recoveryCodes).toHaveLength(10);
    const reset = await new GraphQLClient(server.url).request(
      'mutation($i: PasswordResetRequestInput!) { passwordResetRequest(input: $i) { ok } }',
      { i: { site: 'demo', email: 'employee@demo.example' } },
    );
    expect(reset.data.passwordResetRequest.ok).toBe(true);
    const resetToken = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(
      smtp.lastTo('employee@demo.example') ?? '',
    )?.[1];
    expect(resetToken).toBeDefined();
    const held = async () =>
      server.sql<{ what: string; n: number }>(
        `select 'mfa' as what, count(*)::int as n from mfa_factor where user_id = $1
         union all select 'recovery codes', count(*)::int from recovery_code where user_id = $1
         union all select 'unused links', count(*)::int from user_token where user_id = $1 and used_at is null
         union all select 'memberships', count(*)::int from group_membership where user_id = $1
         union all select 'live sessions', count(*)::int from session where user_id = $1 and revoked_at is null
         union all select 'live preview tokens', count(*)::int from service_token
                    where created_by_id = $1 and preview and revoked_at is null and expires_at > now()`,
        [employeeId],
      );
    expect(await held()).toEqual([
      { what: 'mfa', n: 1 },
      { what: 'recovery codes', n: 10 },
      { what: 'unused links', n: 1 },
      { what: 'memberships', n: 2 },
      { what: 'live sessions', n: 2 },
      { what: 'live preview tokens', n: 1 },
    ]);

    const before = await server.sql<{ minutes: number; amount: string }>(
      `select sum(minutes)::int as minutes, sum(coalesce(amount, 0))::text as amount from time_entry where user_id = $1`,
      [employeeId],
    );
    const invoicesBefore = await server.sql(`select id, total_amount from invoice order by id`);

    const res = await admin.request(
      'mutation($id: ID!) { userErase(id: $id) { erased errors { code message } } }',
      { id: employeeId },
    );
    expect(res.data.userErase).toEqual({ erased: true, errors: [] });

    const person = await admin.request(
      'query($id: ID!) { user(id: $id) { displayName email status } }',
      { id: employeeId },
    );
    expect(person.data.user.displayName).toMatch(/^Erased person /);
    expect(person.data.user.email).not.toContain('employee@demo.example');
    expect(person.data.user.status).toBe('DEACTIVATED');

    for (const device of [employee, laptop]) {
      expect(errorCodes(await device.request('{ viewer { user { id } } }'))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const again = new GraphQLClient(server.url);
    const login = await again.login('demo', 'employee@demo.example', PASSWORD);
    expect(login.data.login.viewer).toBeNull();
    // The mailed reset link and the preview token no longer open anything.
    const viaLink = await new GraphQLClient(server.url).request(
      'mutation($i: PasswordLinkInput!) { passwordReset(input: $i) { ok errors { code } } }',
      { i: { token: resetToken, password: 'marble-lantern-quietly-47-orchid' } },
    );
    expect(viaLink.data.passwordReset).toEqual({ ok: false, errors: [{ code: 'INVALID_LINK' }] });
    expect(errorCodes(await previewer.request('{ access { kind } }'))).toEqual(['UNAUTHENTICATED']);
    expect((await held()).filter(r => r.n > 0)).toEqual([]);
    const after = await server.sql(
      `select sum(minutes)::int as minutes, sum(coalesce(amount, 0))::text as amount from time_entry where user_id = $1`,
      [employeeId],
    );
    expect(after).toEqual(before);
    expect(await server.sql(`select id, total_amount from invoice order by id`)).toEqual(
      invoicesBefore,
    );
    const audited = await server.sql(
      `select 1 from audit_event where action = 'user.erased' and target_id = $1`,
      [employeeId],
    );
    expect(audited).toHaveLength(1);
  });

  it('refuses with a reason: erasing yourself, or a customer that issued invoices name', async () => {
    const adminId = (
      await server.sql<{ id: string }>(`select id from app_user where email = 'admin@demo.example'`)
    )[0]!.id;
    const self = await admin.request(
      'mutation($id: ID!) { userErase(id: $id) { erased errors { code message } } }',
      { id: adminId },
    );
    expect(self.data.userErase.errors[0].code).toBe('SELF_ERASE');

    const invoiced = (
      await server.sql<{ customer_id: string }>(
        `select customer_id from invoice where status = 'issued' limit 1`,
      )
    )[0]!.customer_id;
    const kept = await admin.request(
      'mutation($id: ID!) { customerErase(id: $id) { erased errors { code message } } }',
      { id: invoiced },
    );
    expect(kept.data.customerErase.erased).toBe(false);
    expect(kept.data.customerErase.errors[0].code).toBe('LEGAL_RETENTION');
    expect(kept.data.customerErase.errors[0].message).toContain('seven years');

    const created = await admin.request(
      'mutation { customerCreate(input: { name: "Short-lived Ltd", currency: "EUR", contact: "Jo Bloggs, jo@example.com", vatNumber: "NL123" }) { customer { id } } }',
    );
    const id = created.data.customerCreate.customer.id;
    const erased = await admin.request(
      'mutation($id: ID!) { customerErase(id: $id) { erased errors { code } } }',
      { id },
    );
    expect(erased.data.customerErase.erased).toBe(true);
    const row = (
      await server.sql<{ name: string; contact: string | null; vat_number: string | null }>(
        'select name, contact, vat_number from customer where id = $1',
        [id],
      )
    )[0]!;
    expect(row.contact).toBeNull();
    expect(row.vat_number).toBeNull();
    expect(row.name).toMatch(/^Erased customer/);
  });
});
