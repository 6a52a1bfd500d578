import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const FIELDS = 'id name number contact vatNumber currency archived';
const CREATE = `mutation($input: CustomerCreateInput!) {
  customerCreate(input: $input) { customer { ${FIELDS} } errors { field code message } }
}`;
const UPDATE = `mutation($input: CustomerUpdateInput!) {
  customerUpdate(input: $input) { customer { ${FIELDS} } errors { field code message } }
}`;
const LIST = `query($search: String, $includeArchived: Boolean, $first: Int, $after: String) {
  customers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount nodes { name } pageInfo { hasNextPage endCursor }
  }
}`;

type Audit = { action: string; actor_id: string; target_type: string; data: unknown };

describe('managing customers', () => {
  let server: TestServer;
  let acme: GivenSite;
  let globex: GivenSite;
  const as: Record<string, GraphQLClient> = {};

  async function signIn(site: GivenSite, who: string) {
    const client = new GraphQLClient(server.url);
    await client.login(site.slug, site.users[who]!.email, TEST_PASSWORD);
    return client;
  }

  async function create(input: Record<string, unknown>) {
    const res = await as.admin!.request(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.customerCreate.errors).toEqual([]);
    return res.data.customerCreate.customer as { id: string; name: string };
  }

  async function names(client: GraphQLClient, vars: Record<string, unknown> = {}) {
    const res = await client.request(LIST, vars);
    expect(res.errors).toBeUndefined();
    return res.data.customers.nodes.map((n: { name: string }) => n.name) as string[];
  }

  function auditOf(id: string) {
    return server.sql<Audit>(
      `select action, actor_id, target_type, data from audit_event where target_id = $1 order by seq`,
      [id],
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    globex = await givenSite(server, 'globex');
    for (const who of ['admin', 'manager', 'employee']) as[who] = await signIn(acme, who);
    as.globexAdmin = await signIn(globex, 'admin');
  });
  afterAll(() => server.close());

  it('creates a customer with tidied input and audits it', async () => {
    const customer = await create({
      name: '  Initech  ',
      number: ' C-100 ',
      contact: 'Bill Lumbergh\nInitech Way 1',
      vatNumber: 'NL001234567B01',
      currency: 'usd',
    });
    expect(customer).toEqual({
      id: expect.any(String),
      name: 'Initech',
      number: 'C-100',
      contact: 'Bill Lumbergh\nInitech Way 1',
      vatNumber: 'NL001234567B01',
      currency: 'USD',
      archived: false,
    });
    const minimal = await create({ name: 'Umbrella' });
    expect(minimal).toMatchObject({
      number: null,
      contact: null,
      vatNumber: null,
      currency: 'EUR',
    });
    expect(await auditOf(customer.id)).toEqual([
      {
        action: 'customer.created',
        actor_id: acme.users.admin!.id,
        target_type: 'customer',
        data: {
          after: {
            name: 'Initech',
            number: 'C-100',
            contact: 'Bill Lumbergh\nInitech Way 1',
            vatNumber: 'NL001234567B01',
            currency: 'USD',
            archived: false,
          },
        },
      },
    ]);
    const byId = await as.admin!.request(`query($id: ID!) { customer(id: $id) { name } }`, {
      id: customer.id,
    });
    expect(byId.data).toEqual({ customer: { name: 'Initech' } });
  });

  it('explains what is wrong with invalid input and creates nothing', async () => {
    await create({ name: 'Hooli', number: 'C-200' });
    const before = (await as.admin!.request(LIST, { includeArchived: true })).data.customers
      .totalCount;
    const cases = [
      [{ name: '   ' }, [['name', 'INVALID_NAME', /name is required/]]],
      [{ name: 'x'.repeat(201) }, [['name', 'INVALID_NAME', /at most 200 characters/]]],
      [{ name: 'Acme', currency: 'euro' }, [['currency', 'INVALID_CURRENCY', /three-letter ISO/]]],
      [{ name: 'Acme', currency: 'XYZ' }, [['currency', 'INVALID_CURRENCY', /"XYZ" is not/]]],
      [{ name: 'Acme', number: 'C-200' }, [['number', 'NUMBER_TAKEN', /already has number C-200/]]],
      [
        { name: '', currency: 'E1' },
        [
          ['name', 'INVALID_NAME', /required/],
          ['currency', 'INVALID_CURRENCY', /ISO 4217/],
        ],
      ],
    ] as const;
    for (const [input, problems] of cases) {
      const res = await as.admin!.request(CREATE, { input });
      expect(res.data.customerCreate.customer).toBeNull();
      expect(res.data.customerCreate.errors).toEqual(
        problems.map(([field, code, message]) => ({
          field,
          code,
          message: expect.stringMatching(message),
        })),
      );
    }
    const after = (await as.admin!.request(LIST, { includeArchived: true })).data.customers
      .totalCount;
    expect(after).toBe(before);
  });

  it('changes only what is given, audits before and after, and archives', async () => {
    const customer = await create({ name: 'Soylent', number: 'C-300', currency: 'EUR' });
    const res = await as.admin!.request(UPDATE, {
      input: { id: customer.id, name: 'Soylent Corp', number: null, currency: 'gbp' },
    });
    expect(res.data.customerUpdate).toEqual({
      customer: expect.objectContaining({
        name: 'Soylent Corp',
        number: null,
        currency: 'GBP',
        archived: false,
      }),
      errors: [],
    });
    // Nothing changes: no audit event.
    const same = await as.admin!.request(UPDATE, {
      input: { id: customer.id, name: 'Soylent Corp' },
    });
    expect(same.data.customerUpdate.errors).toEqual([]);

    expect(await names(as.employee!, { search: 'soylent' })).toEqual(['Soylent Corp']);
    const archived = await as.admin!.request(UPDATE, {
      input: { id: customer.id, archived: true },
    });
    expect(archived.data.customerUpdate.customer.archived).toBe(true);
    expect(await names(as.employee!, { search: 'soylent' })).toEqual([]);
    expect(await names(as.employee!, { search: 'soylent', includeArchived: true })).toEqual([
      'Soylent Corp',
    ]);
    const byId = await as.employee!.request(`query($id: ID!) { customer(id: $id) { archived } }`, {
      id: customer.id,
    });
    expect(byId.data.customer).toEqual({ archived: true });

    const events = await auditOf(customer.id);
    expect(events.map(e => e.action)).toEqual([
      'customer.created',
      'customer.updated',
      'customer.updated',
    ]);
    expect(events[1]!.data).toEqual({
      before: { name: 'Soylent', number: 'C-300', currency: 'EUR' },
      after: { name: 'Soylent Corp', number: null, currency: 'GBP' },
    });
    expect(events[2]!.data).toEqual({ before: { archived: false }, after: { archived: true } });
  });

  it('refuses invalid changes and keeps the customer as it was', async () => {
    const customer = await create({ name: 'Vandelay', number: 'C-400' });
    await create({ name: 'Kramerica', number: 'C-401' });
    const res = await as.admin!.request(UPDATE, {
      input: { id: customer.id, name: ' ', number: 'C-401', currency: 'US' },
    });
    expect(res.data.customerUpdate.customer).toBeNull();
    expect(res.data.customerUpdate.errors.map((e: { code: string }) => e.code)).toEqual([
      'INVALID_NAME',
      'INVALID_CURRENCY',
      'NUMBER_TAKEN',
    ]);
    const unknown = await as.admin!.request(UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', name: 'X' },
    });
    expect(unknown.data.customerUpdate.errors).toEqual([
      { field: 'id', code: 'NOT_FOUND', message: 'There is no such customer on this site.' },
    ]);
    const byId = await as.admin!.request(`query($id: ID!) { customer(id: $id) { name number } }`, {
      id: customer.id,
    });
    expect(byId.data.customer).toEqual({ name: 'Vandelay', number: 'C-400' });
    expect((await auditOf(customer.id)).map(e => e.action)).toEqual(['customer.created']);
  });

  it('searches name and number and pages through the customers by name', async () => {
    await create({ name: '100% Pure', number: 'P-1' });
    expect(await names(as.manager!, { search: '100%' })).toEqual(['100% Pure']);
    expect(await names(as.manager!, { search: '%' })).toEqual(['100% Pure']);
    expect(await names(as.manager!, { search: 'c-10' })).toEqual(['Initech']);
    const all = await names(as.manager!, { first: 100 });
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : 1)));
    const first = await as.manager!.request(LIST, { first: 2 });
    const next = await as.manager!.request(LIST, {
      first: 100,
      after: first.data.customers.pageInfo.endCursor,
    });
    expect([
      ...first.data.customers.nodes.map((n: { name: string }) => n.name),
      ...next.data.customers.nodes.map((n: { name: string }) => n.name),
    ]).toEqual(all);
  });

  it('lets employees and managers read customers but not change them', async () => {
    const customer = await create({ name: 'Wonka Industries' });
    for (const who of ['employee', 'manager']) {
      const client = as[who]!;
      expect(await names(client, { search: 'wonka' })).toEqual(['Wonka Industries']);
      const created = await client.request(CREATE, { input: { name: `By ${who}` } });
      expect(errorCodes(created)).toEqual(['FORBIDDEN']);
      expect(created.errors?.[0]?.message).toContain('customer.create');
      const updated = await client.request(UPDATE, { input: { id: customer.id, name: 'Hacked' } });
      expect(errorCodes(updated)).toEqual(['FORBIDDEN']);
      expect(updated.errors?.[0]?.message).toContain('customer.update');
    }
    expect(await names(as.admin!, { search: 'by ' })).toEqual([]);
    expect(await names(as.admin!, { search: 'wonka' })).toEqual(['Wonka Industries']);
    expect((await auditOf(customer.id)).map(e => e.action)).toEqual(['customer.created']);
  });

  it('keeps customers inside their site', async () => {
    const customer = await create({ name: 'Acme only', number: 'SHARED-1' });
    const res = await as.globexAdmin!.request(
      `query($id: ID!) { customer(id: $id) { name } customers(includeArchived: true) { totalCount nodes { name } } }`,
      { id: customer.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: null, customers: { totalCount: 0, nodes: [] } });
    const update = await as.globexAdmin!.request(UPDATE, {
      input: { id: customer.id, name: 'Taken over' },
    });
    expect(update.data.customerUpdate.errors[0].code).toBe('NOT_FOUND');
    // Numbers are unique per site, not across sites.
    const own = await as.globexAdmin!.request(CREATE, {
      input: { name: 'Globex own', number: 'SHARED-1' },
    });
    expect(own.data.customerCreate.errors).toEqual([]);
    expect(await names(as.admin!, { search: 'globex' })).toEqual([]);
    const bad = await as.admin!.request(`{ customer(id: "not-a-uuid") { name } }`);
    expect(bad.data).toEqual({ customer: null });
  });

  it('answers UNAUTHENTICATED to anonymous callers', async () => {
    const anonymous = new GraphQLClient(server.url);
    const res = await anonymous.request('{ customers { totalCount } }');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data).toBeNull();
  });
});
