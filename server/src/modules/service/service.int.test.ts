import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { startSecondServer } from '../../../test/second-server.js';

const CREATE = `mutation($input: ServiceCreateInput!) {
  serviceCreate(input: $input) {
    service { id name permissions allowedIps requestsPerMinute }
    errors { field code message }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: ServiceUpdateInput!) {
  serviceUpdate(id: $id, input: $input) { service { id permissions } errors { field code message } }
}`;
const TOKEN = `mutation($input: ServiceTokenCreateInput!) {
  serviceTokenCreate(input: $input) {
    secret
    token { id name prefix active expiresAt lastUsedAt lastUsedIp }
    errors { field code message }
  }
}`;
const TOKENS = `query($id: ID!) {
  service(id: $id) { tokens { id name prefix active preview lastUsedAt lastUsedIp revokedAt } }
}`;
const ACCESS = '{ access { kind serviceName preview permissions exposure { field exposed } } }';

describe('services and their API tokens', () => {
  let server: TestServer;
  let acme: GivenSite;
  let globex: GivenSite;
  let admin: GraphQLClient;

  async function signIn(site: GivenSite, who: string) {
    const client = new GraphQLClient(server.url);
    const res = await client.login(site.slug, site.users[who]!.email, TEST_PASSWORD);
    expect(res.data.login.errors).toEqual([]);
    return client;
  }

  async function createService(as: GraphQLClient, input: Record<string, unknown>) {
    const res = await as.request(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceCreate.errors).toEqual([]);
    return res.data.serviceCreate.service as { id: string; permissions: string[] };
  }

  async function issueToken(as: GraphQLClient, serviceId: string, extra = {}) {
    const res = await as.request(TOKEN, { input: { serviceId, name: 'Payroll sync', ...extra } });
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceTokenCreate.errors).toEqual([]);
    return res.data.serviceTokenCreate as {
      secret: string;
      token: { id: string; prefix: string };
    };
  }

  function partner(secret: string, ip?: string) {
    const client = new GraphQLClient(server.url);
    client.bearer = secret;
    if (ip) client.ip = ip;
    return client;
  }

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      manager: 'managers',
      employee: 'employees',
      leaver: 'administrators',
    });
    globex = await givenSite(server, 'globex');
    admin = await signIn(acme, 'admin');
    await server.sql(
      `insert into customer (site_id, name, currency, vat_number) values ($1, 'Acme Customer', 'EUR', 'NL001'), ($2, 'Globex Customer', 'EUR', 'DE002')`,
      [acme.id, globex.id],
    );
  });
  afterAll(() => server.close());

  it('creates a read-only service and shows its token secret once, recognisable by its prefix', async () => {
    const service = await createService(admin, { name: 'Payroll', contact: 'it@payroll.example' });
    expect(service.permissions).toEqual(['customer.read', 'project.read', 'timeEntry.read']);
    const { secret, token } = await issueToken(admin, service.id);
    expect(secret).toMatch(/^horae_pat_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token.prefix.length).toBeLessThan(20);

    const listed = await admin.request(TOKENS, { id: service.id });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    expect(listed.data.service.tokens).toEqual([
      expect.objectContaining({ name: 'Payroll sync', prefix: token.prefix, active: true }),
    ]);
    const stored = await server.sql<{ token_hash: Buffer }>(
      'select token_hash from service_token where id = $1',
      [token.id],
    );
    expect(stored[0]!.token_hash.toString('utf8')).not.toContain(secret.slice(10));
    const audit = await server.sql<{ data: unknown }>(
      `select data from audit_event where action = 'service.token_created' and site_id = $1`,
      [acme.id],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.data)).not.toContain(secret.slice(10));
  });

  it('authenticates a bearer token as the service: its permissions, its site, its last use', async () => {
    const service = await createService(admin, { name: 'Reporting' });
    const { secret } = await issueToken(admin, service.id);
    const client = partner(secret, '203.0.113.9');

    const access = await client.request(ACCESS);
    expect(access.data.access).toMatchObject({
      kind: 'SERVICE',
      serviceName: 'Reporting',
      preview: false,
      permissions: ['customer.read', 'project.read', 'timeEntry.read'],
    });
    const own = (await client.request('{ access { schema } }')).data.access.schema as string;
    expect(own).toContain('customers(');
    expect(own).not.toContain('users(');
    expect(own).not.toMatch(/\bvatNumber\b/);
    const customers = await client.request('{ customers { nodes { name } } }');
    expect(customers.data.customers.nodes).toEqual([{ name: 'Acme Customer' }]);
    // Not granted: people, and things only a person signs.
    expect(errorCodes(await client.request('{ users { nodes { id } } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await client.request('{ viewer { user { id } } }'))).toEqual(['FORBIDDEN']);

    const listed = await admin.request(TOKENS, { id: service.id });
    expect(listed.data.service.tokens[0]).toMatchObject({ lastUsedIp: '203.0.113.9' });
    expect(Date.parse(listed.data.service.tokens[0].lastUsedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );
  });

  it('refuses expired, revoked, malformed, unknown and deleted-service tokens alike, without saying which', async () => {
    const service = await createService(admin, { name: 'Leaky' });
    const expired = await issueToken(admin, service.id, { name: 'old' });
    await server.sql(
      `update service_token set expires_at = now() - interval '1 second' where id = $1`,
      [expired.token.id],
    );
    const revoked = await issueToken(admin, service.id, { name: 'revoked' });
    const revoke = await admin.request(
      'mutation($id: ID!) { serviceTokenRevoke(id: $id) { token { active revokedAt } errors { code } } }',
      { id: revoked.token.id },
    );
    expect(revoke.data.serviceTokenRevoke.token.active).toBe(false);
    const doomed = await createService(admin, { name: 'Doomed' });
    const ofDeleted = await issueToken(admin, doomed.id);
    expect((await partner(ofDeleted.secret).request(ACCESS)).data.access.serviceName).toBe(
      'Doomed',
    );
    const del = await admin.request(
      'mutation($id: ID!) { serviceDelete(id: $id) { deletedId errors { code } } }',
      { id: doomed.id },
    );
    expect(del.data.serviceDelete.deletedId).toBe(doomed.id);

    const answers = [];
    for (const secret of [
      expired.secret,
      revoked.secret,
      ofDeleted.secret,
      'horae_pat_not-a-token',
      `horae_pat_${'A'.repeat(43)}`,
      'Zm9vOmJhcg==',
    ]) {
      const res = await partner(secret).request('{ customers { nodes { name } } }');
      expect(res.data?.customers ?? null).toBeNull();
      answers.push(res.errors);
    }
    expect(answers[0]).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
    for (const a of answers) expect(a).toEqual(answers[0]);
  });

  it("keeps a token inside its own site: another site's token reads only that site", async () => {
    const globexAdmin = await signIn(globex, 'admin');
    const theirs = await createService(globexAdmin, { name: 'Payroll' });
    const { secret } = await issueToken(globexAdmin, theirs.id);
    const res = await partner(secret).request('{ customers { nodes { name } } }');
    expect(res.data.customers.nodes).toEqual([{ name: 'Globex Customer' }]);
    // The acme admin cannot see or revoke globex's service or token.
    expect(
      (await admin.request('query($id: ID!) { service(id: $id) { id } }', { id: theirs.id })).data
        .service,
    ).toBeNull();
  });

  it('applies a changed permission set at the next request and never grants site administration', async () => {
    const service = await createService(admin, { name: 'CRM sync' });
    const { secret } = await issueToken(admin, service.id);
    const client = partner(secret);
    const create = `mutation { customerCreate(input: { name: "From CRM", currency: "EUR" }) { customer { name } errors { code } } }`;
    expect(errorCodes(await client.request(create))).toEqual(['FORBIDDEN']);
    const granted = await admin.request(UPDATE, {
      id: service.id,
      input: { permissions: ['customer.read', 'customer.create'] },
    });
    expect(granted.data.serviceUpdate.errors).toEqual([]);
    expect((await client.request(create)).data.customerCreate.customer).toEqual({
      name: 'From CRM',
    });
    const event = await server.sql<{ actor_type: string; actor_id: string }>(
      `select actor_type, actor_id from audit_event where action = 'customer.created' and site_id = $1 order by seq desc limit 1`,
      [acme.id],
    );
    expect(event[0]).toEqual({ actor_type: 'service', actor_id: service.id });

    const refused = await admin.request(UPDATE, {
      id: service.id,
      input: { permissions: ['site.update'] },
    });
    expect(refused.data.serviceUpdate.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOR_SERVICES', field: 'permissions' }),
    ]);
  });

  it('works only from the allowed addresses when the service has a list', async () => {
    const service = await createService(admin, {
      name: 'Office only',
      allowedIps: ['203.0.113.0/24', '2001:db8::/48'],
    });
    const { secret } = await issueToken(admin, service.id);
    expect((await partner(secret, '203.0.113.50').request(ACCESS)).data.access.kind).toBe(
      'SERVICE',
    );
    expect(errorCodes(await partner(secret, '198.51.100.1').request(ACCESS))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const bad = await admin.request(CREATE, {
      input: { name: 'Bad', allowedIps: ['10.0.0.0/33'] },
    });
    expect(bad.data.serviceCreate.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_ADDRESS', field: 'allowedIps' }),
    ]);
  });

  it('mints an audited, short-lived preview token that sees what the service sees', async () => {
    const service = await createService(admin, { name: 'Previewed' });
    const res = await admin.request(
      'mutation($id: ID!) { servicePreviewStart(serviceId: $id) { secret token { preview expiresAt } errors { code } } }',
      { id: service.id },
    );
    const { secret, token } = res.data.servicePreviewStart;
    expect(token.preview).toBe(true);
    expect(Date.parse(token.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const access = await partner(secret).request(ACCESS);
    expect(access.data.access).toMatchObject({
      kind: 'SERVICE',
      preview: true,
      serviceName: 'Previewed',
    });
    const listed = await admin.request(TOKENS, { id: service.id });
    expect(listed.data.service.tokens).toEqual([]);
    const audit = await server.sql(
      `select 1 from audit_event where action = 'service.preview_started' and target_id = $1`,
      [service.id],
    );
    expect(audit).toHaveLength(1);
  });

  it("ends the preview tokens of someone deactivated, with their sessions; the service's own tokens stay", async () => {
    const service = await createService(admin, { name: 'Left behind' });
    const leaver = await signIn(acme, 'leaver');
    const started = await leaver.request(
      'mutation($id: ID!) { servicePreviewStart(serviceId: $id) { secret errors { code } } }',
      { id: service.id },
    );
    expect(started.data.servicePreviewStart.errors).toEqual([]);
    const preview = partner(started.data.servicePreviewStart.secret as string);
    // A token issued for the integration belongs to it, not to whoever issued it.
    const issued = partner((await issueToken(leaver, service.id)).secret);
    expect((await preview.request(ACCESS)).data.access).toMatchObject({ preview: true });

    const deactivated = await admin.request(
      'mutation($id: ID!) { userDeactivate(id: $id) { user { status } errors { code } } }',
      { id: acme.users.leaver!.id },
    );
    expect(deactivated.data.userDeactivate).toEqual({
      user: { status: 'DEACTIVATED' },
      errors: [],
    });

    const refused = await preview.request(ACCESS);
    expect(refused.data?.access ?? null).toBeNull();
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await leaver.request('{ viewer { user { id } } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect((await issued.request(ACCESS)).data.access).toMatchObject({
      kind: 'SERVICE',
      preview: false,
      serviceName: 'Left behind',
    });
  });

  it('lets only holders of service.manage create services and tokens', async () => {
    const manager = await signIn(acme, 'manager');
    expect(errorCodes(await manager.request(CREATE, { input: { name: 'Sneaky' } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await manager.request('{ services { nodes { id } } }'))).toEqual([
      'FORBIDDEN',
    ]);
  });

  describe('per-service quota', () => {
    let second: { url: string; stop: () => void };
    beforeAll(async () => {
      second = await startSecondServer(server.appUrl);
    }, 60_000);
    afterAll(() => second.stop());

    it('answers RATE_LIMITED with Retry-After once the quota is used, counted across server processes', async () => {
      const service = await createService(admin, { name: 'Chatty', requestsPerMinute: 4 });
      const { secret } = await issueToken(admin, service.id);
      const first = partner(secret);
      const other = new GraphQLClient(second.url);
      other.bearer = secret;
      // Stay inside one clock minute so the four requests share a window.
      const secondsLeft = 60 - new Date().getSeconds();
      if (secondsLeft < 5) await new Promise(r => setTimeout(r, secondsLeft * 1000 + 200));
      for (const client of [first, other, first, other]) {
        expect((await client.request(ACCESS)).status).toBe(200);
      }
      const limited = await other.request(ACCESS);
      expect(limited.status).toBe(429);
      expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.errors![0]!.message).toContain('4 requests per minute');
      expect((await first.request(ACCESS)).status).toBe(429);
    });
  });
});
