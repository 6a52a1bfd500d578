import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

describe('request limits and the HTTP surface', () => {
  let server: TestServer;
  let admin: GraphQLClient;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'acme');
    admin = new GraphQLClient(server.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
  });
  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('applies alias, token, document size and batching limits', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { can }`).join(' ');
    const manyAliases = await admin.request(`{ ${aliases} }`);
    expect(errorCodes(manyAliases)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(manyAliases.errors)).not.toContain('15');

    const huge = await post(
      JSON.stringify({ query: `{ viewer { can } } # ${'x'.repeat(15_001)}` }),
    );
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /too large/,
    );

    const tokens = await admin.request(
      `{ ${Array.from({ length: 1200 }, () => '__typename').join(' ')} }`,
    );
    expect(errorCodes(tokens)[0]).toBeDefined();

    const batch = await post(
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(batch.status).toBe(400);
  });

  it('allows one sign-in attempt per request', async () => {
    const res = await new GraphQLClient(server.url).request(
      `mutation { a: login(input: { site: "acme", email: "admin@acme.example", password: "guess-one-guess-one" }) { errors { code } }
                  b: login(input: { site: "acme", email: "admin@acme.example", password: "guess-two-guess-two" }) { errors { code } } }`,
    );
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0]?.message).toMatch(/one sign-in attempt/);
  });

  it('refuses page sizes above 100 with a clear message', async () => {
    const res = await admin.request('{ users(first: 101) { totalCount } }');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toMatch(/between 0 and 100/);
    const badCursor = await admin.request('{ users(after: "garbage") { totalCount } }');
    expect(badCursor.errors?.[0]?.message).toMatch(/not a valid cursor/);
  });

  it('paginates forwards and backwards without gaps or repeats', async () => {
    await server.operator(async em => {
      const { User } = await import('../modules/user/user.entity.js');
      const [site] = await em
        .getConnection()
        .execute<{ id: string }[]>(`select id from site where slug = 'acme'`);
      em.setFilterParams('site', { siteId: site!.id });
      for (let i = 0; i < 27; i++) {
        em.create(User, {
          site: site!.id,
          email: `person${String(i).padStart(2, '0')}@acme.example`,
          displayName: `Person ${i}`,
        });
      }
      await em.flush();
    });
    const seen: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = {
        users: {
          nodes: { email: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const res: { data: Page } = (await admin.request<Page>(
        `query($a: String) { users(first: 7, after: $a) { nodes { email } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      )) as { data: Page };
      seen.push(...res.data.users.nodes.map(n => n.email));
      cursors.push(res.data.users.pageInfo.endCursor);
      if (!res.data.users.pageInfo.hasNextPage) break;
      after = res.data.users.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect([...seen].sort()).toEqual(seen);
    const back = await admin.request(
      `query($b: String) { users(last: 3, before: $b) { nodes { email } } }`,
      { b: cursors[1] },
    );
    // The end of page two is item 14; the three before it are items 11 to 13.
    expect(back.data.users.nodes.map((n: { email: string }) => n.email)).toEqual(
      seen.slice(10, 13),
    );
    const search = await admin.request('{ users(search: "PERSON 1") { totalCount } }');
    expect(search.data.users.totalCount).toBe(11);
  });

  it('needs a JSON body or a preflight header (CSRF) and an allowed origin', async () => {
    const simple = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout { ok } }' }),
    });
    expect(simple.status).toBe(400);
    const foreign = await post(JSON.stringify({ query: '{ __typename }' }), {
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    const own = await post(JSON.stringify({ query: '{ __typename }' }), {
      origin: new URL(server.config.publicUrl).origin,
    });
    expect(own.status).toBe(200);
    // The SPA served by this very server, whatever host name reached it, is same-origin.
    const sameOrigin = await post(JSON.stringify({ query: '{ __typename }' }), {
      origin: server.url,
    });
    expect(sameOrigin.status).toBe(200);
    // Static files are never refused for their Origin (module scripts always send one).
    const asset = await fetch(`${server.url}/healthz`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(asset.status).toBe(200);
  });

  it('does not suggest field names to callers', async () => {
    const typo = await admin.request('{ viewr { can } }');
    expect(errorCodes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('sends security headers and serves health, readiness and security.txt', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
    const txt = await (await fetch(`${server.url}/.well-known/security.txt`)).text();
    expect(txt).toMatch(/^Contact: /m);
    expect(txt).toMatch(/^Expires: \d{4}-/m);
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.close());

  it('turns introspection off', async () => {
    const res = await new GraphQLClient(server.url).request('{ __schema { types { name } } }');
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
