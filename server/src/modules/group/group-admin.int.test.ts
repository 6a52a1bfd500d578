import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const CREATE = `mutation($input: GroupCreateInput!) {
  groupCreate(input: $input) { group { id name permissions builtIn } errors { field code message } }
}`;
const UPDATE = `mutation($id: ID!, $input: GroupUpdateInput!) {
  groupUpdate(id: $id, input: $input) { group { id name permissions } errors { field code message } }
}`;
const MEMBER = `mutation($input: GroupMemberInput!) {
  groupMemberSet(input: $input) { group { members { user { id } isManager } } errors { field code message } }
}`;
const DELETE = `mutation($id: ID!) { groupDelete(id: $id) { deletedId errors { field code message } } }`;

describe('administering groups', () => {
  let server: TestServer;
  let acme: GivenSite;
  let admin: GraphQLClient;
  let employee: GraphQLClient;

  async function signIn(site: GivenSite, who: string) {
    const client = new GraphQLClient(server.url);
    const res = await client.login(site.slug, site.users[who]!.email, TEST_PASSWORD);
    expect(res.data.login.errors).toEqual([]);
    return client;
  }

  async function groupIdOf(name: string) {
    const rows = await server.sql<{ id: string }>(
      'select id from user_group where site_id = $1 and name = $2',
      [acme.id, name],
    );
    return rows[0]!.id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      second: 'administrators',
      manager: 'managers',
      employee: 'employees',
    });
    await givenSite(server, 'globex');
    admin = await signIn(acme, 'admin');
    employee = await signIn(acme, 'employee');
  });
  afterAll(() => server.close());

  it('creates a group whose permissions reach its members at their next request, audited with before and after', async () => {
    const created = await admin.request(CREATE, {
      input: { name: 'Finance', permissions: ['invoice.read', 'report.read:all'] },
    });
    expect(created.data.groupCreate.errors).toEqual([]);
    const group = created.data.groupCreate.group;
    expect(group).toMatchObject({
      permissions: ['invoice.read', 'report.read:all'],
      builtIn: false,
    });

    expect(errorCodes(await employee.request('{ invoices { nodes { id } } }'))).toEqual([
      'FORBIDDEN',
    ]);
    const added = await admin.request(MEMBER, {
      input: { groupId: group.id, userId: acme.users.employee!.id, member: true },
    });
    expect(added.data.groupMemberSet.errors).toEqual([]);
    expect((await employee.request('{ invoices { nodes { id } } }')).errors).toBeUndefined();

    const narrowed = await admin.request(UPDATE, {
      id: group.id,
      input: { name: 'Finance team', permissions: ['report.read:own'] },
    });
    expect(narrowed.data.groupUpdate.group).toMatchObject({
      name: 'Finance team',
      permissions: ['report.read:own'],
    });
    expect(errorCodes(await employee.request('{ invoices { nodes { id } } }'))).toEqual([
      'FORBIDDEN',
    ]);

    const events = await server.sql<{ action: string; data: Record<string, unknown> }>(
      `select action, data from audit_event where site_id = $1 and target_id = $2 order by seq`,
      [acme.id, group.id],
    );
    expect(events.map(e => e.action)).toEqual([
      'group.created',
      'group.member_set',
      'group.updated',
    ]);
    expect(events[2]!.data).toEqual({
      before: { name: 'Finance', permissions: ['invoice.read', 'report.read:all'] },
      after: { name: 'Finance team', permissions: ['report.read:own'] },
    });
  });

  it('says which grant is wrong and which name is taken', async () => {
    const unknown = await admin.request(CREATE, {
      input: { name: 'Bad', permissions: ['invoice.fly'] },
    });
    expect(unknown.data.groupCreate.errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_PERMISSION', field: 'permissions' }),
    ]);
    expect(unknown.data.groupCreate.errors[0].message).toContain('invoice.fly');
    const scopedWrongly = await admin.request(CREATE, {
      input: { name: 'Bad', permissions: ['customer.read:own'] },
    });
    expect(scopedWrongly.data.groupCreate.errors[0].code).toBe('UNKNOWN_PERMISSION');
    const taken = await admin.request(CREATE, { input: { name: 'Managers' } });
    expect(taken.data.groupCreate.errors).toEqual([
      expect.objectContaining({ code: 'NAME_TAKEN', field: 'name' }),
    ]);
  });

  it('keeps Administrators whole: its permissions cannot be narrowed and built-in groups cannot be deleted', async () => {
    const admins = await groupIdOf('Administrators');
    const narrowed = await admin.request(UPDATE, {
      id: admins,
      input: { permissions: ['user.read'] },
    });
    expect(narrowed.data.groupUpdate.errors[0].code).toBe('BUILT_IN_LOCKED');
    const deleted = await admin.request(DELETE, { id: await groupIdOf('Employees') });
    expect(deleted.data.groupDelete.errors[0].code).toBe('BUILT_IN_LOCKED');
    expect((await admin.request('{ viewer { can } }')).data.viewer.can).toContain('group.manage');
  });

  it('never leaves the site without an administrator', async () => {
    const admins = await groupIdOf('Administrators');
    const self = await admin.request(MEMBER, {
      input: { groupId: admins, userId: acme.users.admin!.id, member: false },
    });
    expect(self.data.groupMemberSet.errors[0].code).toBe('SELF_LOCKOUT');
    // The second administrator removes the first; then the second is the last one left.
    const second = await signIn(acme, 'second');
    const removed = await second.request(MEMBER, {
      input: { groupId: admins, userId: acme.users.admin!.id, member: false },
    });
    expect(removed.data.groupMemberSet.errors).toEqual([]);
    // Someone who may manage groups without being an administrator cannot remove the last one.
    const delegated = await second.request(CREATE, {
      input: { name: 'Group stewards', permissions: ['group.manage'] },
    });
    await second.request(MEMBER, {
      input: {
        groupId: delegated.data.groupCreate.group.id,
        userId: acme.users.manager!.id,
        member: true,
      },
    });
    const steward = await signIn(acme, 'manager');
    const last = await steward.request(MEMBER, {
      input: { groupId: admins, userId: acme.users.second!.id, member: false },
    });
    expect(last.data.groupMemberSet.errors).toEqual([
      expect.objectContaining({ code: 'LAST_ADMINISTRATOR', field: 'userId' }),
    ]);
    await second.request(MEMBER, {
      input: {
        groupId: delegated.data.groupCreate.group.id,
        userId: acme.users.manager!.id,
        member: false,
      },
    });
  });

  it('deletes a group and its members lose what it granted', async () => {
    const second = await signIn(acme, 'second');
    const created = await second.request(CREATE, {
      input: { name: 'Temporary', permissions: ['customer.create'] },
    });
    const id = created.data.groupCreate.group.id;
    await second.request(MEMBER, {
      input: { groupId: id, userId: acme.users.employee!.id, member: true },
    });
    const make = `mutation { customerCreate(input: { name: "Temp customer", currency: "EUR" }) { errors { code } } }`;
    expect((await employee.request(make)).data.customerCreate.errors).toEqual([]);
    const deleted = await second.request(DELETE, { id });
    expect(deleted.data.groupDelete.deletedId).toBe(id);
    expect(errorCodes(await employee.request(make))).toEqual(['FORBIDDEN']);
  });

  it('refuses group administration to people without group.manage and across sites', async () => {
    const manager = await signIn(acme, 'manager');
    expect(errorCodes(await manager.request(CREATE, { input: { name: 'Mine' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const globexGroup = (
      await server.sql<{ id: string }>(
        `select g.id from user_group g join site s on s.id = g.site_id where s.slug = 'globex' and g.name = 'Employees'`,
      )
    )[0]!.id;
    const second = await signIn(acme, 'second');
    const across = await second.request(UPDATE, { id: globexGroup, input: { name: 'Hijacked' } });
    expect(across.data.groupUpdate.errors[0].code).toBe('NOT_FOUND');
  });
});

describe('the schema as a service sees it', () => {
  let server: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    const acme = await givenSite(server, 'acme');
    admin = new GraphQLClient(server.url);
    await admin.login('acme', acme.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it('leaves out what the service cannot call or read', async () => {
    const created = await admin.request(
      'mutation { serviceCreate(input: { name: "Readonly", permissions: ["customer.read"] }) { service { id } } }',
    );
    const id = created.data.serviceCreate.service.id;
    const sdl = (await admin.request('query($id: ID!) { serviceSchema(serviceId: $id) }', { id }))
      .data.serviceSchema as string;
    expect(sdl).toContain('customers(');
    expect(sdl).toContain('type Customer {');
    expect(sdl).toContain('access: Access!');
    expect(sdl).not.toMatch(/\bvatNumber\b/);
    expect(sdl).not.toContain('users(');
    expect(sdl).not.toContain('login(');
    expect(sdl).not.toContain('type Mutation');

    await admin.request(
      'mutation($id: ID!) { fieldExposureSet(input: { subjectKind: SERVICE, subjectId: $id, field: "Customer.vatNumber", exposed: true }) { errors { code } } }',
      { id },
    );
    await admin.request(
      'mutation($id: ID!) { serviceUpdate(id: $id, input: { permissions: ["customer.read", "customer.create"] }) { errors { code } } }',
      { id },
    );
    const wider = (await admin.request('query($id: ID!) { serviceSchema(serviceId: $id) }', { id }))
      .data.serviceSchema as string;
    expect(wider).toMatch(/\bvatNumber\b/);
    expect(wider).toContain('customerCreate(');
    expect(wider).not.toContain('customerUpdate(');
  });
});
