import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../core/orm.js';
import { withClient } from '../core/database.js';
import { GraphQLClient } from '../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { Group } from './group/group.entity.js';
import { User } from './user/user.entity.js';

describe('tenant isolation', () => {
  let server: TestServer;
  let a: GivenSite;
  let b: GivenSite;
  let adminOfA: GraphQLClient;
  let adminOfB: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    a = await givenSite(server, 'site-a');
    b = await givenSite(server, 'site-b');
    adminOfA = new GraphQLClient(server.url);
    await adminOfA.login('site-a', a.users.admin!.email, TEST_PASSWORD);
    adminOfB = new GraphQLClient(server.url);
    await adminOfB.login('site-b', b.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  it('lists only the own site in users and groups', async () => {
    const res = await adminOfA.request(
      '{ users { totalCount nodes { email } } groups { totalCount nodes { id } } }',
    );
    expect(res.data.users.totalCount).toBe(3);
    expect(
      res.data.users.nodes
        .map((u: { email: string }) => u.email)
        .every((e: string) => e.endsWith('@site-a.example')),
    ).toBe(true);
    const [groupsOfB] = await server.sql<{ ids: string[] }>(
      `select array_agg(g.id::text) as ids from user_group g join site s on s.id = g.site_id where s.slug = 'site-b'`,
    );
    const seen = res.data.groups.nodes.map((g: { id: string }) => g.id);
    expect(seen).toHaveLength(3);
    expect(seen.filter((id: string) => groupsOfB!.ids.includes(id))).toEqual([]);
  });

  it("returns null for another site's user or group by id", async () => {
    const [groupOfB] = await server.sql<{ id: string }>(
      `select g.id from user_group g join site s on s.id = g.site_id where s.slug = 'site-b' limit 1`,
    );
    const res = await adminOfA.request(
      `query($u: ID!, $g: ID!) { user(id: $u) { email } group(id: $g) { name } }`,
      { u: b.users.admin!.id, g: groupOfB!.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ user: null, group: null });
    const own = await adminOfB.request(`query($u: ID!) { user(id: $u) { email } }`, {
      u: b.users.admin!.id,
    });
    expect(own.data.user.email).toBe('admin@site-b.example');
  });

  it('reveals nothing of site B through a cursor taken from site B', async () => {
    const pageOfB = await adminOfB.request('{ users(first: 1) { edges { cursor } } }');
    const cursor = pageOfB.data.users.edges[0].cursor;
    const res = await adminOfA.request(
      `query($c: String) { users(first: 10, after: $c) { nodes { email } } }`,
      {
        c: cursor,
      },
    );
    const emails: string[] = res.data.users.nodes.map((n: { email: string }) => n.email);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every(e => e.endsWith('@site-a.example'))).toBe(true);
  });

  it('refuses to change a user of another site', async () => {
    const res = await adminOfA.request(
      `mutation($id: ID!) { userDeactivate(id: $id) { user { id } errors { code } } }`,
      { id: b.users.employee!.id },
    );
    expect(res.data.userDeactivate).toEqual({ user: null, errors: [{ code: 'NOT_FOUND' }] });
    const [row] = await server.sql<{ status: string }>(
      'select status from app_user where id = $1',
      [b.users.employee!.id],
    );
    expect(row!.status).toBe('active');
  });

  describe('row-level security alone, with the ORM filter switched off', () => {
    it("returns only the current site's rows to the application role", async () => {
      const orm = await initOrm(server.appUrl, { pool: { min: 0, max: 1 } });
      try {
        const em = orm.em.fork();
        await em.transactional(async tx => {
          await tx.execute(`select set_config('app.site_id', ?, true)`, [a.id]);
          const users = await tx.find(User, {}, { filters: false });
          expect(users).toHaveLength(3);
          expect(users.every(u => u.email.endsWith('@site-a.example'))).toBe(true);
          expect(await tx.find(User, { id: b.users.admin!.id }, { filters: false })).toEqual([]);
          expect(await tx.count(Group, {}, { filters: false })).toBe(3);
        });
        await em.fork().transactional(async tx => {
          // No site set: nothing at all is visible.
          expect(await tx.find(User, {}, { filters: false })).toEqual([]);
        });
      } finally {
        await orm.close(true);
      }
    });

    it('rejects writes into another site and audit-log tampering', async () => {
      await withClient(server.appUrl, async client => {
        await client.query('begin');
        await client.query(`select set_config('app.site_id', $1, true)`, [a.id]);
        await expect(
          client.query(
            `insert into app_user (site_id, email, display_name) values ($1, 'x@b.example', 'X')`,
            [b.id],
          ),
        ).rejects.toThrow(/row-level security/);
        await client.query('rollback');
        await client.query('begin');
        await client.query(`select set_config('app.site_id', $1, true)`, [a.id]);
        const updated = await client.query(
          `update app_user set display_name = 'hacked' where site_id = $1`,
          [b.id],
        );
        expect(updated.rowCount).toBe(0);
        await expect(client.query(`update audit_event set action = 'x'`)).rejects.toThrow(
          /permission denied/,
        );
        await client.query('rollback');
        await expect(client.query(`delete from audit_event`)).rejects.toThrow(/permission denied/);
        await expect(
          client.query(`insert into site (slug, name) values ('evil', 'Evil')`),
        ).rejects.toThrow();
      });
    });

    it('covers every table that has a site_id with a tenant policy', async () => {
      const rows = await server.sql<{
        table_name: string;
        rls: boolean;
        policies: string[] | null;
      }>(
        `select c.table_name, t.relrowsecurity as rls,
                (select array_agg(p.policyname::text) from pg_policies p where p.tablename = c.table_name) as policies
         from information_schema.columns c join pg_class t on t.relname = c.table_name
         where c.table_schema = 'public' and c.column_name = 'site_id' order by 1`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(5);
      for (const row of rows) {
        expect({ table: row.table_name, rls: row.rls, policies: row.policies }).toEqual({
          table: row.table_name,
          rls: true,
          policies: ['tenant_isolation'],
        });
      }
    });

    it('runs requests as a role that owns no table and cannot bypass RLS', async () => {
      await withClient(server.appUrl, async client => {
        const role = await client.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
          'select rolbypassrls, rolsuper from pg_roles where rolname = current_user',
        );
        expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
        const owned = await client.query(
          `select tablename from pg_tables where schemaname = 'public' and tableowner = current_user`,
        );
        expect(owned.rows).toEqual([]);
      });
    });
  });
});
