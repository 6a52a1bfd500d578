import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { fixture, importApply, importPreview, uploadFile } from '../../../test/import-client.js';
import { verifyAuditChain, type AuditRow } from '../audit/audit.service.js';

const CUSTOMERS = 'customers-windows-1252.csv';

describe('CSV import: dry run, all-or-nothing apply, idempotency', () => {
  let server: TestServer;
  let site: GivenSite;
  let other: GivenSite;
  let admin: GraphQLClient;
  let employee: GraphQLClient;
  let otherAdmin: GraphQLClient;

  async function signIn(s: GivenSite, who: string) {
    const client = new GraphQLClient(server.url);
    await client.login(s.slug, s.users[who]!.email, TEST_PASSWORD);
    return client;
  }

  async function upload(client: GraphQLClient, name: string, content: Buffer | string) {
    const res = await uploadFile(client, name, content);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.upload.id as string;
  }

  const customersOf = (s: GivenSite) =>
    server.sql<{ number: string; name: string; contact: string | null; currency: string }>(
      'select number, name, contact, currency from customer where site_id = $1 order by number',
      [s.id],
    );
  const auditActions = (s: GivenSite) =>
    server.sql<{ action: string; data: any }>(
      'select action, data from audit_event where site_id = $1 order by seq',
      [s.id],
    );

  beforeAll(async () => {
    server = await startTestServer();
    site = await givenSite(server, 'importer');
    other = await givenSite(server, 'bystander');
    admin = await signIn(site, 'admin');
    employee = await signIn(site, 'employee');
    otherAdmin = await signIn(other, 'admin');
    await otherAdmin.request(
      'mutation { customerCreate(input: { name: "Not yours", number: "C-2001" }) { errors { code } } }',
    );
  });
  afterAll(() => server.close());

  it('detects Windows-1252 and semicolons and reports what a dry run would create, changing nothing', async () => {
    const uploadId = await upload(admin, CUSTOMERS, fixture(CUSTOMERS));
    const res = await importPreview(admin, { uploadId, resource: 'CUSTOMER' });
    expect(res.errors).toBeUndefined();
    const preview = res.data.importPreview;
    expect(preview.errors).toEqual([]);
    expect(preview.file).toMatchObject({
      fileName: CUSTOMERS,
      encoding: 'windows-1252',
      delimiter: ';',
      headers: ['Number', 'Name', 'Contact', 'VAT number', 'Currency'],
      rows: 4,
    });
    expect(preview.fields.map((f: any) => [f.key, f.column])).toEqual([
      ['number', 'Number'],
      ['name', 'Name'],
      ['contact', 'Contact'],
      ['vatNumber', 'VAT number'],
      ['currency', 'Currency'],
    ]);
    expect(preview.report).toMatchObject({ create: 4, update: 0, unchanged: 0, refused: 0 });
    expect(preview.report.rows.map((r: any) => [r.row, r.outcome, r.summary])).toEqual([
      [2, 'CREATE', 'C-2000 · Horae Consultancy (internal)'],
      [3, 'CREATE', 'C-2001 · Nordwind Logistics'],
      [4, 'CREATE', 'C-2002 · Helix Pharma'],
      [5, 'CREATE', 'C-2003 · Café Zürich'],
    ]);
    expect(await customersOf(site)).toEqual([]);
  });

  it('refuses rows with their row number, column and reason', async () => {
    const file = [
      'Number,Name,Currency',
      'C-1,Good one,EUR',
      'C-2,,EUR',
      'C-3,Bad money,EURO',
      '',
      '"C-4","Line',
      'break",USD',
      'C-1,Same number again,EUR',
    ].join('\n');
    const uploadId = await upload(admin, 'mixed.csv', file);
    const res = await importPreview(admin, { uploadId, resource: 'CUSTOMER' });
    const report = res.data.importPreview.report;
    expect(report).toMatchObject({ create: 2, refused: 3 });
    const refused = report.rows.filter((r: any) => r.outcome === 'REFUSED');
    expect(
      refused.map((r: any) => [r.row, r.problems.map((p: any) => [p.column, p.code])]),
    ).toEqual([
      [3, [['Name', 'INVALID_NAME']]],
      [4, [['Currency', 'INVALID_CURRENCY']]],
      [8, [['Number', 'DUPLICATE_ROW']]],
    ]);
    expect(refused[0].problems[0].message).toBe('A customer name is required.');
    expect(refused[2].problems[0].message).toBe('Row 2 already has customer number C-1.');
    expect(report.rows.find((r: any) => r.key === 'C-4').row).toBe(6);
    expect(await customersOf(site)).toEqual([]);
  });

  it('applies nothing when one row is refused', async () => {
    const file = 'Number,Name,Currency\nC-1,Fine,EUR\nC-2,Broken,XXX\n';
    const uploadId = await upload(admin, 'one-bad.csv', file);
    const res = await importApply(admin, { uploadId, resource: 'CUSTOMER' });
    const payload = res.data.importApply;
    expect(payload.applied).toBe(false);
    expect(payload.errors.map((e: any) => e.code)).toEqual(['ROWS_REFUSED']);
    expect(payload.report).toMatchObject({ create: 1, refused: 1 });
    expect(await customersOf(site)).toEqual([]);
    expect((await auditActions(site)).filter(a => a.action.startsWith('customer.'))).toEqual([]);
  });

  it('applies a good file, audited, and changes nothing when the same file comes again', async () => {
    const uploadId = await upload(admin, CUSTOMERS, fixture(CUSTOMERS));
    const first = await importApply(admin, { uploadId, resource: 'CUSTOMER' });
    expect(first.data.importApply).toMatchObject({ applied: true, errors: [] });
    expect(first.data.importApply.report).toMatchObject({ create: 4, unchanged: 0 });
    // An applied upload is gone: the file is not kept once imported.
    expect(await server.sql('select id from import_upload where id = $1', [uploadId])).toEqual([]);
    expect(await customersOf(site)).toEqual([
      { number: 'C-2000', name: 'Horae Consultancy (internal)', contact: null, currency: 'EUR' },
      {
        number: 'C-2001',
        name: 'Nordwind Logistics',
        contact: 'Havenweg 1, Rotterdam',
        currency: 'EUR',
      },
      { number: 'C-2002', name: 'Helix Pharma', contact: 'Dr. Jürgen Weiß', currency: 'EUR' },
      {
        number: 'C-2003',
        name: 'Café Zürich',
        contact: 'Zoë Müller, Bahnhofstraße 3',
        currency: 'CHF',
      },
    ]);
    const audit = await auditActions(site);
    const created = audit.filter(a => a.action === 'customer.created');
    expect(created).toHaveLength(4);
    const summary = audit.find(a => a.action === 'import.applied')!;
    expect(summary.data).toMatchObject({ resource: 'customer', fileName: CUSTOMERS, create: 4 });
    expect(created.every(a => a.data.import === created[0]!.data.import)).toBe(true);
    const verdict = await verifyAuditChain(
      (sql, params) => server.sql<AuditRow>(sql, params),
      site.id,
    );
    expect(verdict.ok).toBe(true);

    const again = await importApply(admin, {
      uploadId: await upload(admin, 'again.csv', fixture(CUSTOMERS)),
      resource: 'CUSTOMER',
    });
    expect(again.data.importApply.applied).toBe(true);
    expect(again.data.importApply.report).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect((await auditActions(site)).filter(a => a.action === 'customer.created')).toHaveLength(4);
  });

  it('updates the mapped columns of known records and leaves the other site alone', async () => {
    const file = 'Number,Name\nC-2001,Nordwind Logistics B.V.\nC-2002,Helix Pharma\n';
    const uploadId = await upload(admin, 'rename.csv', file);
    const preview = (await importPreview(admin, { uploadId, resource: 'CUSTOMER' })).data
      .importPreview.report;
    expect(preview).toMatchObject({ update: 1, unchanged: 1 });
    expect(preview.rows[0].summary).toBe(
      'C-2001 · name: Nordwind Logistics → Nordwind Logistics B.V.',
    );
    await importApply(admin, { uploadId, resource: 'CUSTOMER' });
    const mine = await customersOf(site);
    expect(mine.find(c => c.number === 'C-2001')).toMatchObject({
      name: 'Nordwind Logistics B.V.',
      contact: 'Havenweg 1, Rotterdam',
    });
    expect(await customersOf(other)).toEqual([
      { number: 'C-2001', name: 'Not yours', contact: null, currency: 'EUR' },
    ]);
  });

  it('lets the mapping be chosen and says which required column is missing', async () => {
    const file = 'Klantnummer;Bedrijf;Valuta\nC-9;Zuidhaven;EUR\n';
    const uploadId = await upload(admin, 'dutch.csv', file);
    const auto = (await importPreview(admin, { uploadId, resource: 'CUSTOMER' })).data
      .importPreview;
    expect(auto.report).toBeNull();
    expect(auto.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['mapping.number', 'MISSING_COLUMN'],
      ['mapping.name', 'MISSING_COLUMN'],
    ]);
    expect(auto.file.headers).toEqual(['Klantnummer', 'Bedrijf', 'Valuta']);
    const mapped = (
      await importPreview(admin, {
        uploadId,
        resource: 'CUSTOMER',
        mapping: [
          { field: 'number', column: 'Klantnummer' },
          { field: 'name', column: 'Bedrijf' },
          { field: 'currency', column: 'Valuta' },
        ],
      })
    ).data.importPreview;
    expect(mapped.errors).toEqual([]);
    expect(mapped.report.rows[0].summary).toBe('C-9 · Zuidhaven');
  });

  it('enforces the size and row limits with clear errors', async () => {
    const big = await uploadFile(admin, 'big.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ reason: 'FILE_TOO_LARGE' });
    expect(big.body.errors[0].message).toMatch(/larger than 5 MB/);

    const rows = ['Number,Name', ...Array.from({ length: 20_001 }, (_, i) => `N-${i},Name ${i}`)];
    const uploadId = await upload(admin, 'long.csv', rows.join('\n'));
    const res = (await importPreview(admin, { uploadId, resource: 'CUSTOMER' })).data.importPreview;
    expect(res.errors).toEqual([
      {
        field: 'file',
        code: 'TOO_MANY_ROWS',
        message:
          'The file has more than 20,000 rows. Split it into smaller files and import them one after the other.',
      },
    ]);

    const wrongType = await uploadFile(admin, 'x.csv', 'a,b', 'text/plain');
    expect(wrongType.status).toBe(415);
  });

  it('needs the create permission of what is imported, and the file of the uploader', async () => {
    const uploadId = await upload(employee, 'mine.csv', fixture(CUSTOMERS));
    const res = await importPreview(employee, { uploadId, resource: 'CUSTOMER' });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toMatch(/customer\.create/);
    const apply = await importApply(employee, { uploadId, resource: 'CUSTOMER' });
    expect(errorCodes(apply)).toEqual(['FORBIDDEN']);

    const anonymous = await uploadFile(new GraphQLClient(server.url), 'a.csv', 'a,b');
    expect(anonymous.status).toBe(401);

    // Another site's administrator cannot read (or apply) this site's upload.
    const adminsUpload = await upload(admin, CUSTOMERS, fixture(CUSTOMERS));
    const foreign = await importApply(otherAdmin, { uploadId: adminsUpload, resource: 'CUSTOMER' });
    expect(foreign.data.importApply.errors.map((e: any) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
    expect(await customersOf(other)).toHaveLength(1);
  });
});
