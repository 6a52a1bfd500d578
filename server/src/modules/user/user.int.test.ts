import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const CREATE = `mutation($input: UserCreateInput!) {
  userCreate(input: $input) { user { id email displayName status groups { name } } errors { field code message } }
}`;

describe('managing people', () => {
  let server: TestServer;
  let acme: GivenSite;
  let admin: GraphQLClient;
  let groupIds: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    admin = new GraphQLClient(server.url);
    await admin.login('acme', acme.users.admin!.email, TEST_PASSWORD);
    const groups = await admin.request('{ groups { nodes { id name } } }');
    groupIds = Object.fromEntries(
      groups.data.groups.nodes.map((g: { id: string; name: string }) => [g.name, g.id]),
    );
  });
  afterAll(() => server.close());

  it('creates a user in the chosen groups and audits it', async () => {
    const res = await admin.request(CREATE, {
      input: {
        email: ' Nina@Acme.Example',
        displayName: 'Nina Nieuw',
        groupIds: [groupIds.Managers],
      },
    });
    expect(res.data.userCreate.errors).toEqual([]);
    expect(res.data.userCreate.user).toMatchObject({
      email: 'nina@acme.example',
      displayName: 'Nina Nieuw',
      status: 'ACTIVE',
      groups: [{ name: 'Managers' }],
    });
    const [event] = await server.sql<{ action: string; actor_id: string; data: unknown }>(
      `select action, actor_id, data from audit_event where target_id = $1`,
      [res.data.userCreate.user.id],
    );
    expect(event).toMatchObject({
      action: 'user.created',
      actor_id: acme.users.admin!.id,
      data: { after: { email: 'nina@acme.example', groups: ['Managers'] } },
    });
  });

  it('explains what is wrong with invalid input and creates nothing', async () => {
    const before = await admin.request('{ users { totalCount } }');
    const cases = [
      [{ email: 'not-an-email', displayName: 'X' }, 'email', 'INVALID_EMAIL', /valid email/],
      [{ email: 'admin@acme.example', displayName: 'X' }, 'email', 'EMAIL_TAKEN', /already uses/],
      [
        { email: 'ok@acme.example', displayName: '   ' },
        'displayName',
        'INVALID_NAME',
        /name is required/,
      ],
      [
        {
          email: 'ok@acme.example',
          displayName: 'X',
          groupIds: ['00000000-0000-4000-8000-000000000000'],
        },
        'groupIds',
        'UNKNOWN_GROUP',
        /does not exist/,
      ],
    ] as const;
    for (const [input, field, code, message] of cases) {
      const res = await admin.request(CREATE, { input });
      expect(res.data.userCreate.user).toBeNull();
      expect(res.data.userCreate.errors).toEqual([
        { field, code, message: expect.stringMatching(message) },
      ]);
    }
    const after = await admin.request('{ users { totalCount } }');
    expect(after.data.users.totalCount).toBe(before.data.users.totalCount);
  });

  it('changes group memberships, which take effect at the next request', async () => {
    const employee = new GraphQLClient(server.url);
    await employee.login('acme', acme.users.employee!.email, TEST_PASSWORD);
    expect((await employee.request('{ viewer { can } }')).data.viewer.can).not.toContain(
      'user.read',
    );
    const res = await admin.request(
      `mutation($input: UserUpdateInput!) { userUpdate(input: $input) { user { groups { name } } errors { code } } }`,
      { input: { id: acme.users.employee!.id, groupIds: [groupIds.Employees, groupIds.Managers] } },
    );
    expect(res.data.userUpdate).toEqual({
      user: { groups: [{ name: 'Employees' }, { name: 'Managers' }] },
      errors: [],
    });
    const can = (await employee.request('{ viewer { can } }')).data.viewer.can;
    expect(can).toEqual(expect.arrayContaining(['group.read', 'user.read', 'timesheet.approve']));
  });

  it('keeps a person managing the groups they stay in when their groups change', async () => {
    const manager = acme.users.manager!.id;
    const set = await admin.request(
      `mutation($input: GroupMemberInput!) { groupMemberSet(input: $input) { errors { code } } }`,
      { input: { groupId: groupIds.Employees, userId: manager, member: true, isManager: true } },
    );
    expect(set.data.groupMemberSet.errors).toEqual([]);
    const res = await admin.request(
      `mutation($input: UserUpdateInput!) { userUpdate(input: $input) { user { groups { name } } errors { code } } }`,
      { input: { id: manager, groupIds: [groupIds.Employees, groupIds.Administrators] } },
    );
    expect(res.data.userUpdate).toEqual({
      user: { groups: [{ name: 'Administrators' }, { name: 'Employees' }] },
      errors: [],
    });
    const memberships = await server.sql<{ name: string; is_manager: boolean }>(
      `select g.name, m.is_manager from group_membership m join user_group g on g.id = m.group_id
        where m.user_id = $1 order by g.name`,
      [manager],
    );
    expect(memberships).toEqual([
      { name: 'Administrators', is_manager: false },
      { name: 'Employees', is_manager: true },
    ]);
  });

  it('does not let an administrator lock themselves out', async () => {
    const res = await admin.request(
      `mutation($input: UserUpdateInput!) { userUpdate(input: $input) { errors { code message } } }`,
      { input: { id: acme.users.admin!.id, groupIds: [groupIds.Employees] } },
    );
    expect(res.data.userUpdate.errors[0].code).toBe('SELF_LOCKOUT');
    const self = await admin.request(
      `mutation { userDeactivate(id: "${acme.users.admin!.id}") { errors { code } } }`,
    );
    expect(self.data.userDeactivate.errors).toEqual([{ code: 'SELF_LOCKOUT' }]);
    expect((await admin.request('{ viewer { can } }')).data.viewer.can).toContain('user.update');
  });

  it('does not let anyone remove or deactivate the last administrator, and a refused change changes nothing', async () => {
    // A site of its own: one administrator, and managers who may change and deactivate people.
    const solo = await givenSite(server, 'solo');
    await server.sql(
      `update user_group set permissions = permissions || '{user.update,user.deactivate}'::text[]
       where built_in = 'managers' and site_id = $1`,
      [solo.id],
    );
    const soloAdmin = new GraphQLClient(server.url);
    await soloAdmin.login('solo', solo.users.admin!.email, TEST_PASSWORD);
    const soloGroups = await soloAdmin.request('{ groups { nodes { id name } } }');
    const employees = soloGroups.data.groups.nodes.find(
      (g: { name: string }) => g.name === 'Employees',
    ).id;
    {
      const steward = new GraphQLClient(server.url);
      await steward.login('solo', solo.users.manager!.email, TEST_PASSWORD);
      const demote = await steward.request(
        `mutation($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } errors { code field message } } }`,
        {
          input: {
            id: solo.users.admin!.id,
            displayName: 'Renamed On The Way',
            groupIds: [employees],
          },
        },
      );
      expect(demote.data.userUpdate).toEqual({
        user: null,
        errors: [
          {
            code: 'LAST_ADMINISTRATOR',
            field: 'groupIds',
            message: expect.stringMatching(/last active administrator/),
          },
        ],
      });
      const deactivate = await steward.request(
        `mutation { userDeactivate(id: "${solo.users.admin!.id}") { errors { code } } }`,
      );
      expect(deactivate.data.userDeactivate.errors).toEqual([{ code: 'LAST_ADMINISTRATOR' }]);
      // Nothing of the refused update was kept: the name, the groups, the status are as before.
      const [stored] = await server.sql<{ display_name: string; status: string }>(
        'select display_name, status from app_user where id = $1',
        [solo.users.admin!.id],
      );
      expect(stored!.display_name).not.toBe('Renamed On The Way');
      expect(stored!.status).toBe('active');
      expect(
        (await soloAdmin.request('{ viewer { groups { name } } }')).data.viewer.groups,
      ).toEqual([{ name: 'Administrators' }]);
    }
  });
});
