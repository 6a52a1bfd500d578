import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { importApply, importPreview, uploadFile } from '../../../test/import-client.js';

/** A hash as the previous system stored it: `$pbkdf2-sha256$i=…,l=32$salt$hash`. */
function pbkdf2Hash(password: string, iterations = 600_000): string {
  const salt = randomBytes(16);
  const key = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  return `$pbkdf2-sha256$i=${iterations},l=32$${salt.toString('base64')}$${key.toString('base64')}`;
}

describe('CSV import of people with password hashes from a previous system', () => {
  let server: TestServer;
  let site: GivenSite;
  let admin: GraphQLClient;

  async function upload(content: string) {
    const res = await uploadFile(admin, 'people.csv', content);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.upload.id as string;
  }

  const people = () =>
    server.sql<{ email: string; status: string; password_hash: string | null }>(
      `select email, status, password_hash from app_user
        where site_id = $1 and email like '%@old-system.example' order by email`,
      [site.id],
    );

  beforeAll(async () => {
    server = await startTestServer();
    site = await givenSite(server, 'movers');
    admin = new GraphQLClient(server.url);
    await admin.login('movers', site.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it('adds a person who signs in with their old password, which then becomes Argon2id', async () => {
    const hash = pbkdf2Hash('my-old-system-passphrase');
    const file = [
      'Email,Name,Groups,Password hash',
      `willem@old-system.example,Willem Oud,Managers,"${hash}"`,
      'nina@old-system.example,Nina Nieuw,,',
    ].join('\n');
    const uploadId = await upload(file);

    const dry = await importPreview(admin, { uploadId, resource: 'USER', sendInvitations: true });
    expect(dry.errors).toBeUndefined();
    const preview = dry.data.importPreview;
    expect(preview.fields).toContainEqual(
      expect.objectContaining({ key: 'passwordHash', column: 'Password hash' }),
    );
    expect(preview.report).toMatchObject({ create: 2, refused: 0 });
    expect(preview.report.rows.map((r: any) => r.summary)).toEqual([
      'willem@old-system.example · Willem Oud (Managers) · signs in with their previous password',
      'nina@old-system.example · Nina Nieuw (Employees)',
    ]);
    expect(JSON.stringify(dry)).not.toContain(hash.split('$')[4]);
    expect(await people()).toEqual([]);

    const applied = await importApply(admin, { uploadId, resource: 'USER', sendInvitations: true });
    expect(applied.data.importApply).toMatchObject({ applied: true, errors: [] });
    expect(applied.data.importApply.report.notes).toEqual([
      '1 person signs in with the password of the previous system (no invitation).',
      'Mailed 1 invitation.',
    ]);
    expect(await people()).toEqual([
      { email: 'nina@old-system.example', status: 'active', password_hash: null },
      { email: 'willem@old-system.example', status: 'active', password_hash: hash },
    ]);
    const invitations = await server.sql<{ email: string }>(
      `select u.email from user_token t join app_user u on u.id = t.user_id
        where t.site_id = $1 and t.purpose = 'invitation' order by u.email`,
      [site.id],
    );
    expect(invitations).toEqual([{ email: 'nina@old-system.example' }]);
    const audit = await server.sql<{ action: string; data: string }>(
      `select action, data::text as data from audit_event where site_id = $1 order by seq`,
      [site.id],
    );
    expect(audit.some(a => a.data.includes(hash.split('$')[3]!))).toBe(false);
    expect(
      audit.find(a => a.action === 'user.created' && a.data.includes('willem'))!.data,
    ).toContain('imported (pbkdf2-sha256)');

    const willem = new GraphQLClient(server.url);
    const wrong = await willem.login('movers', 'willem@old-system.example', 'not-the-old-one');
    expect(wrong.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    const res = await willem.login(
      'movers',
      'willem@old-system.example',
      'my-old-system-passphrase',
    );
    expect(res.data.login.errors).toEqual([]);
    const me = await willem.request('{ viewer { user { email groups { name } } } }');
    expect(me.data.viewer.user).toEqual({
      email: 'willem@old-system.example',
      groups: [{ name: 'Managers' }],
    });
    const rehashed = (await people()).find(p => p.email === 'willem@old-system.example')!;
    expect(rehashed.password_hash).toMatch(/^\$argon2id\$v=19\$/);
  });

  it('refuses malformed and weak hashes naming row and column, and imports nothing', async () => {
    const good = pbkdf2Hash('another-old-passphrase');
    const malformed = '$pbkdf2-sha512$i=600000,l=64$c2FsdHNhbHQ$aGFzaA';
    const weak = pbkdf2Hash('weakly-hashed-passphrase', 1000);
    const file = [
      'Email,Name,Password hash',
      `ok@old-system.example,Okke Goed,"${good}"`,
      `bad@old-system.example,Bert Kapot,"${malformed}"`,
      `weak@old-system.example,Wim Zwak,"${weak}"`,
      'short@old-system.example,Sam Kort,"$pbkdf2-sha256$i=600000,l=32$c2FsdHNhbHQ$aGFzaA"',
      `unquoted@old-system.example,Udo Open,${good}`,
    ].join('\n');
    const before = await people();
    const res = await importApply(admin, { uploadId: await upload(file), resource: 'USER' });
    const payload = res.data.importApply;
    expect(payload.applied).toBe(false);
    expect(payload.errors.map((e: any) => e.code)).toEqual(['ROWS_REFUSED']);
    expect(payload.report).toMatchObject({ create: 1, refused: 4 });
    const refused = payload.report.rows.filter((r: any) => r.outcome === 'REFUSED');
    expect(
      refused.map((r: any) => [r.row, r.problems.map((p: any) => [p.column, p.field, p.code])]),
    ).toEqual([
      [3, [['Password hash', 'passwordHash', 'INVALID_PASSWORD_HASH']]],
      [4, [['Password hash', 'passwordHash', 'INVALID_PASSWORD_HASH']]],
      [5, [['Password hash', 'passwordHash', 'INVALID_PASSWORD_HASH']]],
      [6, [['Password hash', 'passwordHash', 'INVALID_PASSWORD_HASH']]],
    ]);
    expect(refused[0].problems[0].message).toMatch(/\$pbkdf2-sha256\$i=<iterations>,l=32\$/);
    expect(refused[1].problems[0].message).toMatch(/1,000 iterations; at least 600,000/);
    expect(refused[2].problems[0].message).toMatch(/wrong length/);
    expect(refused[3].problems[0].message).toMatch(/cut off at its comma.*double quotes/);
    // Neither the report nor its messages echo a hash.
    const text = JSON.stringify(res);
    for (const h of [good, malformed, weak]) expect(text).not.toContain(h.split('$').at(-1));
    expect(await people()).toEqual(before);
  });
});
