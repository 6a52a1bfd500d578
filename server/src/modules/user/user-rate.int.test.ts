import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const UPDATE = `mutation($input: UserUpdateInput!) {
  userUpdate(input: $input) { user { id displayName hourlyRate } errors { field code message } }
}`;

describe('a person’s hourly rate', () => {
  let server: TestServer;
  let acme: GivenSite;
  let admin: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;

  async function signIn(who: string) {
    const client = new GraphQLClient(server.url);
    await client.login('acme', acme.users[who]!.email, TEST_PASSWORD);
    return client;
  }

  const storedRate = async (id: string) =>
    (
      await server.sql<{ hourly_rate: number | null }>(
        'select hourly_rate from app_user where id = $1',
        [id],
      )
    )[0]!.hourly_rate;

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    admin = await signIn('admin');
    manager = await signIn('manager');
    employee = await signIn('employee');
  });
  afterAll(() => server.close());

  it('is set by someone who may update people, audited, and read back on the user', async () => {
    const id = acme.users.employee!.id;
    const res = await admin.request(UPDATE, { input: { id, hourlyRate: 9500 } });
    expect(res.data.userUpdate).toEqual({
      user: { id, displayName: 'Employee of acme', hourlyRate: 9500 },
      errors: [],
    });
    expect(await storedRate(id)).toBe(9500);
    const events = await server.sql<{ actor_id: string; data: unknown }>(
      `select actor_id, data from audit_event where action = 'user.updated' and target_id = $1`,
      [id],
    );
    expect(events).toEqual([
      {
        actor_id: acme.users.admin!.id,
        data: expect.objectContaining({
          before: { hourlyRate: null },
          after: { hourlyRate: 9500 },
        }) as unknown,
      },
    ]);
    const listed = await manager.request('{ users(first: 10) { nodes { id hourlyRate } } }');
    expect(listed.errors).toBeUndefined();
    expect(listed.data.users.nodes).toContainEqual({ id, hourlyRate: 9500 });
  });

  it('keeps the rate when the field is left out and clears it with null', async () => {
    const id = acme.users.manager!.id;
    await admin.request(UPDATE, { input: { id, hourlyRate: 12000 } });
    const renamed = await admin.request(UPDATE, { input: { id, displayName: 'Mona' } });
    expect(renamed.data.userUpdate.user).toMatchObject({ displayName: 'Mona', hourlyRate: 12000 });
    const cleared = await admin.request(UPDATE, { input: { id, hourlyRate: null } });
    expect(cleared.data.userUpdate).toMatchObject({ user: { hourlyRate: null }, errors: [] });
    expect(await storedRate(id)).toBeNull();
  });

  it('refuses a negative rate with a clear error and changes nothing', async () => {
    const id = acme.users.employee!.id;
    const res = await admin.request(UPDATE, {
      input: { id, displayName: 'Renamed too', hourlyRate: -1 },
    });
    expect(res.data.userUpdate).toEqual({
      user: null,
      errors: [
        {
          field: 'hourlyRate',
          code: 'INVALID_RATE',
          message: 'An hourly rate must be a whole number of 0 or more.',
        },
      ],
    });
    expect(await storedRate(id)).toBe(9500);
    const [row] = await server.sql<{ display_name: string }>(
      'select display_name from app_user where id = $1',
      [id],
    );
    expect(row!.display_name).toBe('Employee of acme');
  });

  it('is not changed by someone without the permission to update people', async () => {
    const id = acme.users.employee!.id;
    const res = await manager.request(UPDATE, { input: { id, hourlyRate: 1 } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await storedRate(id)).toBe(9500);
  });

  it('is readable by the person themselves', async () => {
    const res = await employee.request('{ viewer { user { hourlyRate } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.viewer.user.hourlyRate).toBe(9500);
  });
});
