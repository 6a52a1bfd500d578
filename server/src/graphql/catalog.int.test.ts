/**
 * Tests generated from the two catalogs, so a new permission, operation or sensitive field is
 * covered the moment it is added:
 * - every permission: an actor holding only it may call each operation guarded by it, and an actor
 *   without it gets FORBIDDEN — for people (through a group) and for services (through a token);
 * - every catalogued field: exposed means present (and equal to what an administrator reads),
 *   hidden means null with FORBIDDEN at its path — for a group's members and for a service, through
 *   GraphQL and through the CSV exports that carry it (hidden means no column).
 */
import { ALL_FIELDS, type CatalogField } from '@horae/shared/fields';
import {
  ALL_PERMISSIONS,
  isScoped,
  SERVICE_PERMISSIONS,
  type Permission,
} from '@horae/shared/permissions';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, type GraphQLResponse } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { seedDemo } from '../demo/seed.js';
import { EXPORTS } from '../modules/export/export.columns.js';
import { permissionsIn, ruleAllows, type RuleView } from './rule-view.js';
import { buildBareSchema, mergedRules } from './schema.js';

const PASSWORD = 'catalog-test-passphrase-4821';

/** A value of the input type that passes GraphQL validation (resolvers may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = sample(f.type);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'SafeInt':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return new Date(Date.now() + 86_400_000).toISOString();
      default:
        return '2026-01-05';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** One call of a root field with sample arguments, selecting only __typename. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter(a => isNonNullType(a.type) && a.defaultValue === undefined);
  const vars = required.map(a => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map(a => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    document: `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map(a => [a.name, sample(a.type)])),
  };
}

function codes(res: GraphQLResponse): string[] {
  return (res.errors ?? []).map(e => String(e.extensions?.code));
}

type Operation = {
  name: string;
  kind: 'query' | 'mutation';
  document: string;
  variables: Record<string, unknown>;
};

describe('generated from the catalogs', () => {
  let server: TestServer;
  let admin: GraphQLClient;
  let probe: GraphQLClient;
  let probeGroupId: string;
  let probeUserId: string;
  let probeServiceId: string;
  let serviceClient: GraphQLClient;
  const byPermission = new Map<Permission, Operation[]>();
  const rules = mergedRules();

  async function ok<T = any>(client: GraphQLClient, document: string, variables = {}) {
    const res = await client.request<T>(document, variables);
    expect(res.errors, document).toBeUndefined();
    return res.data as T;
  }

  async function setGroupGrants(grants: string[]) {
    const data = await ok(
      admin,
      'mutation($id: ID!, $p: [String!]) { groupUpdate(id: $id, input: { permissions: $p }) { errors { code message } } }',
      { id: probeGroupId, p: grants },
    );
    expect(data.groupUpdate.errors).toEqual([]);
  }

  async function setServicePermissions(permissions: string[]) {
    const data = await ok(
      admin,
      'mutation($id: ID!, $p: [String!]) { serviceUpdate(id: $id, input: { permissions: $p }) { errors { code message } } }',
      { id: probeServiceId, p: permissions },
    );
    expect(data.serviceUpdate.errors).toEqual([]);
  }

  beforeAll(async () => {
    const schema = await buildBareSchema();
    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      for (const field of Object.values(root.getFields())) {
        const rule = rules[root.name]?.[field.name];
        if (!rule) continue;
        for (const p of new Set(permissionsIn(rule))) {
          const list = byPermission.get(p) ?? [];
          list.push({ name: `${root.name}.${field.name}`, kind, ...operationFor(kind, field) });
          byPermission.set(p, list);
        }
      }
    }

    server = await startTestServer();
    await server.operator(em => seedDemo(em, PASSWORD, { entries: 200 }));
    // The demo people have no rates of their own; give one so User.hourlyRate has a value to show.
    await server.sql(`update app_user set hourly_rate = 9000 where email = 'manager@demo.example'`);
    admin = new GraphQLClient(server.url);
    await admin.login('demo', 'admin@demo.example', PASSWORD);
    // The probe: a demo employee taken out of every group and put into one group under test.
    const employee = (
      await server.sql<{ id: string }>(
        `select id from app_user where email = 'employee@demo.example'`,
      )
    )[0]!.id;
    probeUserId = employee;
    await server.sql('delete from group_membership where user_id = $1', [employee]);
    const group = await ok(
      admin,
      'mutation { groupCreate(input: { name: "Probe", permissions: [] }) { group { id } } }',
    );
    probeGroupId = group.groupCreate.group.id;
    await ok(
      admin,
      'mutation($g: ID!, $u: ID!) { groupMemberSet(input: { groupId: $g, userId: $u, member: true }) { errors { code } } }',
      { g: probeGroupId, u: employee },
    );
    probe = new GraphQLClient(server.url);
    await probe.login('demo', 'employee@demo.example', PASSWORD);

    const service = await ok(
      admin,
      'mutation { serviceCreate(input: { name: "Probe", permissions: [] }) { service { id } } }',
    );
    probeServiceId = service.serviceCreate.service.id;
    const token = await ok(
      admin,
      'mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "probe" }) { secret } }',
      { id: probeServiceId },
    );
    serviceClient = new GraphQLClient(server.url);
    serviceClient.bearer = token.serviceTokenCreate.secret;
  }, 120_000);
  afterAll(() => server.close());

  it('guards at least one operation with every permission of the catalog', () => {
    const unused = ALL_PERMISSIONS.filter(p => !byPermission.has(p));
    expect(unused).toEqual([]);
  });

  async function expectOutcome(client: GraphQLClient, op: Operation, view: RuleView, who: string) {
    const expected = ruleAllows(
      rules[op.kind === 'query' ? 'Query' : 'Mutation']![op.name.split('.')[1]!]!,
      view,
    );
    const res = await client.request(op.document, op.variables);
    const got = codes(res);
    const context = `${who} ${op.name}: ${JSON.stringify(res.errors)}`;
    // Whatever the outcome, nothing may break on the server's side.
    expect(got, context).not.toContain('INTERNAL_SERVER_ERROR');
    expect(got, context).not.toContain('UNAUTHENTICATED');
    if (expected === true) expect(got, context).not.toContain('FORBIDDEN');
    if (expected === false) expect(got, context).toContain('FORBIDDEN');
    return expected;
  }

  it.each(ALL_PERMISSIONS.map(p => [p]))(
    'a person holding only %s may call what it guards, and without it is refused',
    async permission => {
      const none: RuleView = { kind: 'user', permissions: new Set(), exposure: new Set() };
      const only: RuleView = { ...none, permissions: new Set([permission]) };
      await setGroupGrants([isScoped(permission) ? `${permission}:all` : permission]);
      let judged = 0;
      for (const op of byPermission.get(permission) ?? []) {
        if ((await expectOutcome(probe, op, only, 'with')) !== undefined) judged++;
      }
      expect(judged).toBeGreaterThan(0);
      await setGroupGrants([]);
      for (const op of byPermission.get(permission) ?? [])
        await expectOutcome(probe, op, none, 'without');
    },
  );

  it.each(SERVICE_PERMISSIONS.map(p => [p]))(
    'a service holding only %s may call what it guards, and without it is refused',
    async permission => {
      const none: RuleView = { kind: 'service', permissions: new Set(), exposure: new Set() };
      const only: RuleView = { ...none, permissions: new Set([permission]) };
      await setServicePermissions([permission]);
      for (const op of byPermission.get(permission) ?? []) {
        await expectOutcome(serviceClient, op, only, 'service with');
      }
      await setServicePermissions([]);
      for (const op of byPermission.get(permission) ?? []) {
        await expectOutcome(serviceClient, op, none, 'service without');
      }
    },
  );

  /** Where each catalogued type is read; FIELD is replaced by the field's name. */
  const READS: Record<string, { query: string; nodes: (data: any) => any[] }> = {
    User: { query: '{ users(first: 20) { nodes { id FIELD } } }', nodes: d => d.users.nodes },
    Customer: {
      query: '{ customers(first: 20) { nodes { id FIELD } } }',
      nodes: d => d.customers.nodes,
    },
    Project: {
      query: '{ projects(first: 20) { nodes { id FIELD } } }',
      nodes: d => d.projects.nodes,
    },
    Task: {
      query: '{ projects(first: 20) { nodes { id tasks { id FIELD } } } }',
      nodes: d => d.projects.nodes.flatMap((p: any) => p.tasks),
    },
    TimeEntry: {
      query: '{ timeEntries(first: 20, status: APPROVED) { nodes { id FIELD } } }',
      nodes: d => d.timeEntries.nodes,
    },
    Invoice: {
      query: '{ invoices(first: 20) { nodes { id FIELD } } }',
      nodes: d => d.invoices.nodes,
    },
    InvoiceLine: {
      query: '{ invoices(first: 20) { nodes { id lines { id FIELD } } } }',
      nodes: d => d.invoices.nodes.flatMap((i: any) => i.lines),
    },
    ReportRow: {
      query:
        '{ report(input: { from: "2000-01-01", to: "2100-12-31", groupBy: [PROJECT] }) { rows { projectId FIELD } } }',
      nodes: d => d.report.rows,
    },
  };

  const readGrants = ALL_PERMISSIONS.filter(p => p.endsWith('.read')).map(p =>
    isScoped(p) ? `${p}:all` : p,
  );

  async function setExposure(
    kind: 'GROUP' | 'SERVICE',
    id: string,
    field: CatalogField,
    exposed: boolean,
  ) {
    const data = await ok(
      admin,
      'mutation($input: FieldExposureSetInput!) { fieldExposureSet(input: $input) { errors { code message } } }',
      { input: { subjectKind: kind, subjectId: id, field, exposed } },
    );
    expect(data.fieldExposureSet.errors).toEqual([]);
  }

  function readOf(field: CatalogField) {
    const [type, name] = field.split('.') as [string, string];
    const read = READS[type];
    if (!read) throw new Error(`Add a way to read ${type} to READS for ${field}`);
    return { query: read.query.replace('FIELD', name), nodes: read.nodes, name };
  }

  /** `selfId`: everyone reads their own person fields, so that row stays visible. */
  async function expectHidden(client: GraphQLClient, field: CatalogField, selfId?: string) {
    const { query, nodes, name } = readOf(field);
    const res = await client.request(query);
    const rows = nodes(res.data).filter(r => !(field.startsWith('User.') && r.id === selfId));
    expect(rows.length, `${field}: some rows to look at`).toBeGreaterThan(0);
    expect(
      rows.every(r => r[name] === null),
      field,
    ).toBe(true);
    const forbidden = (res.errors ?? []).filter(e => e.extensions?.code === 'FORBIDDEN');
    expect(forbidden.length, field).toBe(rows.length);
    expect(
      forbidden.every(e => e.path?.at(-1) === name),
      field,
    ).toBe(true);
    expect(
      forbidden.every(e => e.extensions?.reason === 'FIELD_HIDDEN' && e.extensions.field === field),
      field,
    ).toBe(true);
    expect(forbidden[0]!.message).toContain(field);
  }

  /** The CSV exports that carry the field: its column is there exactly when the field is exposed. */
  async function expectExportColumns(client: GraphQLClient, field: CatalogField, shown: boolean) {
    for (const [name, resource] of Object.entries(EXPORTS)) {
      const column = (resource.columns as readonly { header: string; field?: string }[]).find(
        c => c.field === field,
      );
      if (!column) continue;
      const headers: Record<string, string> = { 'x-forwarded-for': client.ip };
      if (client.cookie) headers.cookie = client.cookie;
      if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
      const res = await fetch(`${server.url}/export/${name}.csv`, { headers });
      expect(res.status, `${name}.csv`).toBe(200);
      const header = (await res.text()).split('\n')[0]!.split(',');
      expect(header.includes(column.header), `${field} in ${name}.csv`).toBe(shown);
    }
  }

  async function expectShown(client: GraphQLClient, field: CatalogField) {
    const { query, nodes } = readOf(field);
    const mine = await client.request(query);
    expect(mine.errors, field).toBeUndefined();
    const theirs = await admin.request(query);
    expect(nodes(mine.data), field).toEqual(nodes(theirs.data));
  }

  it.each(ALL_FIELDS.map(f => [f]))(
    '%s: shown to a group that exposes it, null with FORBIDDEN for one that hides it',
    async field => {
      await setGroupGrants(readGrants);
      await expectShown(probe, field);
      await setExposure('GROUP', probeGroupId, field, false);
      await expectHidden(probe, field, probeUserId);
      await expectExportColumns(probe, field, false);
      await setExposure('GROUP', probeGroupId, field, true);
      await expectShown(probe, field);
      await expectExportColumns(probe, field, true);
    },
  );

  it.each(ALL_FIELDS.map(f => [f]))(
    '%s: hidden from a service until exposed to it, then the same as an administrator sees',
    async field => {
      await setServicePermissions(SERVICE_PERMISSIONS.filter(p => p.endsWith('.read')));
      await expectHidden(serviceClient, field);
      await expectExportColumns(serviceClient, field, false);
      await setExposure('SERVICE', probeServiceId, field, true);
      await expectShown(serviceClient, field);
      await expectExportColumns(serviceClient, field, true);
      await setExposure('SERVICE', probeServiceId, field, false);
    },
  );

  it('keeps a person’s own email readable to them even when their group hides emails', async () => {
    await setGroupGrants(readGrants);
    await setExposure('GROUP', probeGroupId, 'User.email', false);
    const res = await probe.request('{ viewer { user { email } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.viewer.user.email).toBe('employee@demo.example');
    await setExposure('GROUP', probeGroupId, 'User.email', true);
  });
});
