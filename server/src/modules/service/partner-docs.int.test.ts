import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CSV_EXPORT_EXAMPLE,
  csvExportCurl,
  curlCommand,
  END_CURSOR_PLACEHOLDER,
  EXAMPLE_SETUP,
  MORE,
  PARTNER_EXAMPLES,
  partnerExample,
  requestBody,
  VARYING_KEYS,
  type PartnerExample,
} from '../../../../client/src/features/services/partner-examples.js';
import { givenSite, TEST_PASSWORD } from '../../../test/factories.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const README = new URL('../../../../README.md', import.meta.url);

/**
 * Where `actual` departs from the documented answer: exact values, except the keys that vary
 * from call to call (only their type is checked); an array ending in MORE may have more items.
 */
function differences(actual: unknown, documented: unknown, at = '$'): string[] {
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${JSON.stringify(actual)}`];
    const abridged = documented.at(-1) === MORE;
    const items = abridged ? documented.slice(0, -1) : documented;
    if (abridged ? actual.length <= items.length : actual.length !== items.length) {
      return [
        `${at}: ${actual.length} items, documented ${abridged ? 'more than ' : ''}${items.length}`,
      ];
    }
    return items.flatMap((item, i) => differences(actual[i], item, `${at}[${i}]`));
  }
  if (documented !== null && typeof documented === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    }
    const keys = new Set([...Object.keys(documented), ...Object.keys(actual)]);
    return [...keys].flatMap(key => {
      const doc = (documented as Record<string, unknown>)[key];
      const act = (actual as Record<string, unknown>)[key];
      if (!(key in documented)) return [`${at}.${key}: not documented (${JSON.stringify(act)})`];
      if (!(key in actual)) return [`${at}.${key}: documented but missing`];
      if (VARYING_KEYS.includes(key)) {
        return typeof act === typeof doc && (act === null) === (doc === null)
          ? []
          : [`${at}.${key}: expected a ${typeof doc}, got ${JSON.stringify(act)}`];
      }
      return differences(act, doc, `${at}.${key}`);
    });
  }
  return Object.is(actual, documented)
    ? []
    : [`${at}: expected ${JSON.stringify(documented)}, got ${JSON.stringify(actual)}`];
}

/** What a partner's HTTP client sees: status, headers and the JSON body as sent. */
type Answer = { status: number; headers: Headers; body: Record<string, any> };

describe('the partner documentation, run as a partner would', () => {
  let server: TestServer;
  let admin: GraphQLClient;
  let token: string;
  let serviceId: string;
  /** A service with a tiny quota, for the example of going over it. */
  let chattyToken: string;
  const QUOTA = 3;
  const answers = new Map<string, Answer>();

  async function serviceWithToken(
    input: Record<string, unknown>,
  ): Promise<{ id: string; secret: string }> {
    const created = await admin.request(
      `mutation($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id } errors { code message } } }`,
      { input },
    );
    expect(created.data.serviceCreate.errors).toEqual([]);
    const issued = await admin.request(
      `mutation($input: ServiceTokenCreateInput!) { serviceTokenCreate(input: $input) { secret errors { code } } }`,
      { input: { serviceId: created.data.serviceCreate.service.id, name: 'Docs' } },
    );
    expect(issued.data.serviceTokenCreate.errors).toEqual([]);
    return {
      id: created.data.serviceCreate.service.id as string,
      secret: issued.data.serviceTokenCreate.secret as string,
    };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const site = await givenSite(server, 'partner');
    admin = new GraphQLClient(server.url);
    expect(
      (await admin.login(site.slug, site.users.admin!.email, TEST_PASSWORD)).data.login.errors,
    ).toEqual([]);
    for (const c of EXAMPLE_SETUP.customers) {
      await server.sql(
        `insert into customer (site_id, name, number, vat_number, currency) values ($1, $2, $3, $4, 'EUR')`,
        [site.id, c.name, c.number, c.vatNumber],
      );
    }
    ({ id: serviceId, secret: token } = await serviceWithToken({
      name: EXAMPLE_SETUP.serviceName,
      permissions: EXAMPLE_SETUP.permissions,
    }));
    ({ secret: chattyToken } = await serviceWithToken({
      name: 'Chatty',
      requestsPerMinute: QUOTA,
    }));
  });
  afterAll(() => server.close());

  /** Sends the example exactly as its curl line does: the same body, the same headers. */
  async function send(example: PartnerExample, bearer: string): Promise<Answer> {
    let body = requestBody(example);
    if (example.variables?.after === END_CURSOR_PLACEHOLDER) {
      const previous = answers.get('first-page')!.body;
      body = body.replace(END_CURSOR_PLACEHOLDER, previous.data.customers.pageInfo.endCursor);
    }
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${example.bearer ?? bearer}`,
        'content-type': 'application/json',
      },
      body,
    });
    return {
      status: res.status,
      headers: res.headers,
      body: (await res.json()) as Record<string, any>,
    };
  }

  async function overQuota(example: PartnerExample): Promise<Answer> {
    // Stay inside one clock minute, so that all requests count against the same window.
    const secondsLeft = 60 - new Date().getSeconds();
    if (secondsLeft < 5) await new Promise(r => setTimeout(r, secondsLeft * 1000 + 200));
    for (let i = 0; i < QUOTA; i++) expect((await send(example, chattyToken)).status).toBe(200);
    return send(example, chattyToken);
  }

  for (const example of PARTNER_EXAMPLES) {
    it(`${example.id}: ${example.title}`, async () => {
      const res =
        example.situation === 'over-quota' ? await overQuota(example) : await send(example, token);
      answers.set(example.id, res);
      if (process.env.DEBUG_DOCS) console.log(example.id, res.status, JSON.stringify(res.body));
      expect(res.status).toBe(example.status);
      for (const header of example.headers ?? []) expect(res.headers.get(header)).toBeTruthy();
      expect(differences(res.body, example.response)).toEqual([]);
    });
  }

  it('answers the CSV export example with the documented file, without the hidden columns', async () => {
    const res = await fetch(`${server.url}${CSV_EXPORT_EXAMPLE.path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const file = (await res.text()).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '<id>',
    );
    expect(file.trimEnd()).toBe(CSV_EXPORT_EXAMPLE.answer);
  });

  it('hides a catalogued field as null with FORBIDDEN at its path until it is exposed', async () => {
    const hidden = answers.get('hidden-field')!.body;
    expect(hidden.data.customers.nodes.map((n: { vatNumber: unknown }) => n.vatNumber)).toEqual([
      null,
      null,
    ]);
    expect(hidden.errors.map((e: any) => [e.extensions.code, e.path])).toEqual([
      ['FORBIDDEN', ['customers', 'nodes', 0, 'vatNumber']],
      ['FORBIDDEN', ['customers', 'nodes', 1, 'vatNumber']],
    ]);

    const exposed = await admin.request(
      `mutation($input: FieldExposureSetInput!) { fieldExposureSet(input: $input) { errors { code } } }`,
      {
        input: {
          subjectKind: 'SERVICE',
          subjectId: serviceId,
          field: 'Customer.vatNumber',
          exposed: true,
        },
      },
    );
    expect(exposed.data.fieldExposureSet.errors).toEqual([]);
    const visible = (await send(partnerExample('hidden-field'), token)).body;
    expect(visible.errors).toBeUndefined();
    expect(visible.data.customers.nodes).toEqual(
      EXAMPLE_SETUP.customers.slice(0, 2).map(c => ({ name: c.name, vatNumber: c.vatNumber })),
    );
  });

  it('answers RATE_LIMITED with a Retry-After of at most a minute', () => {
    const limited = answers.get('rate-limited')!;
    const seconds = Number(limited.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(limited.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      limit: QUOTA,
    });
  });

  it('has the same curl lines in the README as on the For partners page', () => {
    const readme = readFileSync(README, 'utf8');
    const shown = PARTNER_EXAMPLES.filter(e => e.inReadme);
    expect(shown.length).toBeGreaterThan(0);
    for (const example of shown) {
      const curl = curlCommand(example);
      expect(readme.includes(curl), `README.md lacks:\n${curl}`).toBe(true);
    }
    expect(readme.includes(csvExportCurl()), `README.md lacks:\n${csvExportCurl()}`).toBe(true);
    expect(readme.includes(CSV_EXPORT_EXAMPLE.answer), 'README.md lacks the CSV answer').toBe(true);
  });
});
