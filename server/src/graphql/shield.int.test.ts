import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { buildBareSchema, mergedRules } from './schema.js';

describe('deny by default', () => {
  it('has an explicit shield rule for every Query and Mutation field', async () => {
    const schema = await buildBareSchema();
    const rules = mergedRules();
    const missing: string[] = [];
    const roots = { Query: schema.getQueryType(), Mutation: schema.getMutationType() };
    for (const [typeName, type] of Object.entries(roots)) {
      for (const field of Object.keys(type?.getFields() ?? {})) {
        if (!rules[typeName]?.[field]) missing.push(`${typeName}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('authorization through GraphQL', () => {
  let server: TestServer;
  let site: GivenSite;
  beforeAll(async () => {
    server = await startTestServer();
    site = await givenSite(server, 'acme');
  });
  afterAll(() => server.close());

  it('answers UNAUTHENTICATED to anonymous callers of protected fields', async () => {
    const anonymous = new GraphQLClient(server.url);
    for (const query of [
      '{ viewer { user { id } } }',
      '{ users { totalCount } }',
      '{ groups { totalCount } }',
    ]) {
      const res = await anonymous.request(query);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeNull();
    }
  });

  it('answers FORBIDDEN to a signed-in user without the permission, naming it', async () => {
    const employee = new GraphQLClient(server.url);
    await employee.login('acme', site.users.employee!.email, TEST_PASSWORD);
    const users = await employee.request('{ users { totalCount } }');
    expect(errorCodes(users)).toEqual(['FORBIDDEN']);
    expect(users.errors?.[0]?.message).toContain('user.read');
    const create = await employee.request(
      'mutation { userCreate(input: { email: "x@acme.example", displayName: "X" }) { user { id } } }',
    );
    expect(errorCodes(create)).toEqual(['FORBIDDEN']);
    const viewer = await employee.request('{ viewer { can } }');
    expect(viewer.data.viewer.can).not.toContain('user.read');
    expect(viewer.data.viewer.can).toContain('timeEntry.create');
  });

  it('lets a manager read people but not change them', async () => {
    const manager = new GraphQLClient(server.url);
    await manager.login('acme', site.users.manager!.email, TEST_PASSWORD);
    const users = await manager.request('{ users { totalCount } }');
    expect(users.data).toEqual({ users: { totalCount: 3 } });
    const deactivate = await manager.request(
      `mutation { userDeactivate(id: "${site.users.employee!.id}") { user { status } } }`,
    );
    expect(errorCodes(deactivate)).toEqual(['FORBIDDEN']);
  });
});
