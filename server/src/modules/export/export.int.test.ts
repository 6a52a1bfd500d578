import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { seedDemo } from '../../demo/seed.js';
import { chainHash } from '../audit/audit.service.js';

const PASSWORD = 'export-test-passphrase-9153';

type Row = Record<string, string>;

/** How each export matches its GraphQL list: the query, and CSV column -> GraphQL field. */
const LISTS = {
  users: {
    query:
      'users(first: 100, after: $after) { nodes { id displayName email status hourlyRate } pageInfo { hasNextPage endCursor } }',
    key: 'users',
    columns: {
      id: 'id',
      display_name: 'displayName',
      email: 'email',
      status: 'status',
      hourly_rate: 'hourlyRate',
    },
  },
  customers: {
    query:
      'customers(first: 100, after: $after) { nodes { id name number contact vatNumber currency } pageInfo { hasNextPage endCursor } }',
    key: 'customers',
    columns: {
      id: 'id',
      name: 'name',
      number: 'number',
      contact: 'contact',
      vat_number: 'vatNumber',
      currency: 'currency',
    },
  },
  projects: {
    query:
      'projects(first: 100, after: $after) { nodes { id code name hourlyRate budgetAmount budgetMinutes } pageInfo { hasNextPage endCursor } }',
    key: 'projects',
    columns: {
      id: 'id',
      code: 'code',
      name: 'name',
      hourly_rate: 'hourlyRate',
      budget_amount: 'budgetAmount',
      budget_minutes: 'budgetMinutes',
    },
  },
  tasks: {
    // Tasks are listed per project (`tasks(projectId)`), for every project, archived ones too.
    query:
      'projects(first: 100, after: $after, includeArchived: true) { nodes { id } pageInfo { hasNextPage endCursor } }',
    key: 'projects',
    each: 'tasks(projectId: $id) { id name billable hourlyRate archived project { id code } }',
    columns: {
      id: 'id',
      project_id: 'projectId',
      project_code: 'projectCode',
      name: 'name',
      billable: 'billable',
      hourly_rate: 'hourlyRate',
      archived: 'archived',
    },
  },
  'time-entries': {
    query:
      'timeEntries(first: 100, after: $after, from: "2026-10-01", to: "2026-11-30") { nodes { id date minutes description status rate amount billable } pageInfo { hasNextPage endCursor } }',
    key: 'timeEntries',
    columns: {
      id: 'id',
      date: 'date',
      minutes: 'minutes',
      description: 'description',
      status: 'status',
      rate: 'rate',
      amount: 'amount',
      billable: 'billable',
    },
  },
  invoices: {
    query:
      'invoices(first: 100, after: $after) { nodes { id number status customerId periodFrom periodTo currency totalMinutes totalAmount } pageInfo { hasNextPage endCursor } }',
    key: 'invoices',
    columns: {
      id: 'id',
      number: 'number',
      status: 'status',
      customer_id: 'customerId',
      period_from: 'periodFrom',
      period_to: 'periodTo',
      currency: 'currency',
      total_minutes: 'totalMinutes',
      total_amount: 'totalAmount',
    },
  },
  timesheets: {
    query:
      'timesheets(first: 100, after: $after) { nodes { id week weekStart status locked comment totalMinutes } pageInfo { hasNextPage endCursor } }',
    key: 'timesheets',
    columns: {
      id: 'id',
      week: 'week',
      week_start: 'weekStart',
      status: 'status',
      locked: 'locked',
      comment: 'comment',
      total_minutes: 'totalMinutes',
    },
  },
  'audit-events': {
    query:
      'auditEvents(first: 100, after: $after) { nodes { id seq occurredAt action actorType actorId targetType targetId ip requestId data hash } pageInfo { hasNextPage endCursor } }',
    key: 'auditEvents',
    columns: {
      id: 'id',
      seq: 'seq',
      occurred_at: 'occurredAt',
      action: 'action',
      actor_type: 'actorType',
      actor_id: 'actorId',
      target_type: 'targetType',
      target_id: 'targetId',
      ip: 'ip',
      request_id: 'requestId',
      data: 'data',
      hash: 'hash',
    },
  },
} as const;

/** A formula-neutralised cell as it was stored (an auditor undoes the leading apostrophe). */
function stored(cell: string): string | null {
  return cell === '' ? null : cell.replace(/^'(?=[=+\-@\t\r])/, '');
}

/** A GraphQL value as the CSV writes it (COPY: empty for null, t/f for booleans). */
function asCsv(value: unknown, column: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return String(value);
  if (column === 'status' && typeof value === 'string') return value.toLowerCase();
  const text = typeof value === 'number' ? String(value) : (value as string);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('CSV exports', () => {
  let server: TestServer;
  const as: Record<string, GraphQLClient> = {};

  async function signIn(email: string) {
    const client = new GraphQLClient(server.url);
    const res = await client.login('demo', email, PASSWORD);
    expect(res.data.login.errors).toEqual([]);
    return client;
  }

  async function download(client: GraphQLClient, path: string) {
    const headers: Record<string, string> = { 'x-forwarded-for': client.ip };
    if (client.cookie) headers.cookie = client.cookie;
    if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
    return fetch(`${server.url}${path}`, { headers });
  }

  async function csv(
    client: GraphQLClient,
    path: string,
  ): Promise<{ header: string[]; rows: Row[] }> {
    const res = await download(client, path);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    const records: string[][] = parse(text, { bom: true });
    const header = records[0]!;
    return {
      header,
      rows: records.slice(1).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]!]))),
    };
  }

  async function graphqlList(client: GraphQLClient, name: keyof typeof LISTS) {
    const list = LISTS[name];
    const nodes: Record<string, unknown>[] = [];
    const hiddenFields = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const res = await client.request(`query($after: String) { ${list.query} }`, { after });
      const hidden = (res.errors ?? []).filter(e => e.extensions?.reason === 'FIELD_HIDDEN');
      expect(res.errors?.length ?? 0).toBe(hidden.length);
      const page: any = res.data[list.key];
      nodes.push(...page.nodes);
      hidden.forEach(e => hiddenFields.add(String(e.path?.at(-1))));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    if (!('each' in list)) return { nodes, hiddenFields };
    const items: Record<string, unknown>[] = [];
    for (const parent of nodes) {
      const res = await client.request(`query($id: ID!) { ${list.each} }`, { id: parent.id });
      const hidden = (res.errors ?? []).filter(e => e.extensions?.reason === 'FIELD_HIDDEN');
      expect(res.errors?.length ?? 0).toBe(hidden.length);
      hidden.forEach(e => hiddenFields.add(String(e.path?.at(-1))));
      for (const task of res.data.tasks as { project: { id: string; code: string } }[])
        items.push({ ...task, projectId: task.project.id, projectCode: task.project.code });
    }
    return { nodes: items, hiddenFields };
  }

  beforeAll(async () => {
    server = await startTestServer();
    await server.operator(em => seedDemo(em, PASSWORD, { entries: 300 }));
    as.admin = await signIn('admin@demo.example');
    as.manager = await signIn('manager@demo.example');
    as.employee = await signIn('employee@demo.example');
    // One person with a rate of their own, so the users export has a value to compare.
    const [mona] = await server.sql<{ id: string }>(
      `select id from app_user where email = 'manager@demo.example'`,
    );
    await as.admin.request(
      'mutation($id: ID!) { userUpdate(input: { id: $id, hourlyRate: 9000 }) { errors { code } } }',
      { id: mona!.id },
    );
    await as.admin.request(
      'mutation { customerCreate(input: { name: "=HYPERLINK(\\"http://evil.example\\")", number: "+31 20", currency: "EUR", vatNumber: "@risk" }) { errors { code } } }',
    );
    // A partner that may read invoices, weeks and the audit log, and sees no amounts.
    const auditor = await as.admin.request(
      'mutation { serviceCreate(input: { name: "Audit partner", permissions: ["invoice.read", "timesheet.read", "audit.read"] }) { service { id } } }',
    );
    const auditorToken = await as.admin.request(
      'mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "audit" }) { secret } }',
      { id: auditor.data.serviceCreate.service.id },
    );
    as.auditor = new GraphQLClient(server.url);
    as.auditor.bearer = auditorToken.data.serviceTokenCreate.secret;
    const service = await as.admin.request(
      'mutation { serviceCreate(input: { name: "Export partner", permissions: ["customer.read", "project.read", "timeEntry.read"] }) { service { id } } }',
    );
    const token = await as.admin.request(
      'mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "exports" }) { secret } }',
      { id: service.data.serviceCreate.service.id },
    );
    as.service = new GraphQLClient(server.url);
    as.service.bearer = token.data.serviceTokenCreate.secret;
    // A task with its own rate and an archived one, so that the tasks export has both to show.
    const projects = await as.admin.request('{ projects(first: 2) { nodes { tasks { id } } } }');
    const [first, second] = projects.data.projects.nodes as { tasks: { id: string }[] }[];
    for (const input of [
      { id: first!.tasks[0]!.id, hourlyRate: 12_345 },
      { id: second!.tasks[0]!.id, archived: true },
    ]) {
      const updated = await as.admin.request(
        'mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { errors { code } } }',
        { i: input },
      );
      expect(updated.data.taskUpdate.errors).toEqual([]);
    }
  }, 120_000);
  afterAll(() => server.close());

  const cases: [string, keyof typeof LISTS][] = [
    ['admin', 'users'],
    ['admin', 'customers'],
    ['admin', 'projects'],
    ['admin', 'tasks'],
    ['admin', 'time-entries'],
    ['manager', 'users'],
    ['manager', 'tasks'],
    ['manager', 'time-entries'],
    ['employee', 'customers'],
    ['employee', 'tasks'],
    ['employee', 'time-entries'],
    ['service', 'customers'],
    ['service', 'projects'],
    ['service', 'tasks'],
    ['service', 'time-entries'],
    ['admin', 'invoices'],
    ['admin', 'timesheets'],
    ['admin', 'audit-events'],
    ['manager', 'timesheets'],
    ['employee', 'timesheets'],
    ['auditor', 'invoices'],
    ['auditor', 'timesheets'],
    ['auditor', 'audit-events'],
  ];

  it.each(cases)(
    'gives %s the same %s as the GraphQL list: same rows, same values, hidden fields left out',
    async (who, name) => {
      const client = as[who]!;
      const [exported, listed] = await Promise.all([
        csv(
          client,
          `/export/${name}.csv${name === 'time-entries' ? '?from=2026-10-01&to=2026-11-30' : ''}`,
        ),
        graphqlList(client, name),
      ]);
      const columns = LISTS[name].columns as Record<string, string>;
      for (const [column, field] of Object.entries(columns)) {
        if (listed.hiddenFields.has(field))
          expect(exported.header, `${who} ${column}`).not.toContain(column);
        else expect(exported.header, `${who} ${column}`).toContain(column);
      }
      expect(new Set(exported.rows.map(r => r.id))).toEqual(new Set(listed.nodes.map(n => n.id)));
      expect(exported.rows.length).toBe(listed.nodes.length);
      const byId = new Map(listed.nodes.map(n => [n.id as string, n]));
      for (const row of exported.rows) {
        const node = byId.get(row.id!)!;
        for (const [column, field] of Object.entries(columns)) {
          if (!(column in row)) continue;
          const value = node[field];
          // JSON (an audit event's data) is compared as data: key order is jsonb's own.
          if (value !== null && typeof value === 'object')
            expect(JSON.parse(stored(row[column]!)!), `${who} ${name} ${column}`).toEqual(value);
          else expect(row[column], `${who} ${name} ${column}`).toBe(asCsv(value, column));
        }
      }
    },
  );

  it('keeps people to their own scope: an employee exports only their own time', async () => {
    const mine = await csv(as.employee!, '/export/time-entries.csv');
    const all = await csv(as.admin!, '/export/time-entries.csv');
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.length).toBeLessThan(all.rows.length);
    expect(new Set(mine.rows.map(r => r.user_name))).toEqual(new Set(['Emil Employee']));
  });

  it('filters like the list query: a date range and a status', async () => {
    const { rows } = await csv(
      as.admin!,
      '/export/time-entries.csv?from=2026-01-01&to=2026-12-31&status=APPROVED',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        r => r.status === 'approved' && r.date! >= '2026-01-01' && r.date! <= '2026-12-31',
      ),
    ).toBe(true);
  });

  it('narrows time entries to one customer, like timeEntries(customerId)', async () => {
    const customer = (
      await server.sql<{ id: string }>(
        `select c.id from customer c join project p on p.customer_id = c.id
          join time_entry e on e.project_id = p.id group by c.id order by count(*) desc limit 1`,
      )
    )[0]!.id;
    const { rows } = await csv(as.admin!, `/export/time-entries.csv?customerId=${customer}`);
    const listed = await as.admin!.request(
      'query($c: ID!) { timeEntries(customerId: $c, first: 1) { totalCount nodes { project { customer { id } } } } }',
      { c: customer },
    );
    expect(rows.length).toBe(listed.data.timeEntries.totalCount);
    expect(listed.data.timeEntries.nodes[0].project.customer.id).toBe(customer);
    const all = await csv(as.admin!, '/export/time-entries.csv');
    expect(rows.length).toBeLessThan(all.rows.length);
  });

  it('exports report tables with the same scope and exposure as the report query', async () => {
    const query = `{ report(input: { from: "2026-01-01", to: "2026-12-31", groupBy: [PROJECT] }) {
      rows { projectCode minutes amount } totals { minutes amount } } }`;
    const path = '/export/report.csv?from=2026-01-01&to=2026-12-31&groupBy=PROJECT';
    for (const who of ['admin', 'employee']) {
      const { header, rows } = await csv(as[who]!, path);
      const listed = (await as[who]!.request(query)).data.report;
      expect(header).toEqual(expect.arrayContaining(['project_code', 'minutes', 'amount']));
      const body = rows.slice(0, -1);
      expect(body.map(r => [r.project_code, Number(r.minutes)])).toEqual(
        listed.rows.map((r: { projectCode: string; minutes: number }) => [
          r.projectCode,
          r.minutes,
        ]),
      );
      expect(rows.at(-1)).toMatchObject({
        project_code: 'Total',
        minutes: String(listed.totals.minutes),
        amount: String(listed.totals.amount),
      });
    }
    const mine = await csv(as.employee!, path);
    const all = await csv(as.admin!, path);
    expect(Number(mine.rows.at(-1)!.minutes)).toBeLessThan(Number(all.rows.at(-1)!.minutes));
    // A service with report.read but no exposed amounts: no amount column.
    await as.admin!.request(
      `mutation { serviceCreate(input: { name: "Reports only", permissions: ["report.read"] }) { service { id } } }`,
    );
    const id = (
      await server.sql<{ id: string }>(`select id from service where name = 'Reports only'`)
    )[0]!.id;
    const token = await as.admin!.request(
      'mutation($id: ID!) { serviceTokenCreate(input: { serviceId: $id, name: "r" }) { secret } }',
      { id },
    );
    const reporter = new GraphQLClient(server.url);
    reporter.bearer = token.data.serviceTokenCreate.secret;
    const theirs = await csv(reporter, path);
    expect(theirs.header).not.toContain('amount');
    expect(theirs.rows.at(-1)!.minutes).toBe(all.rows.at(-1)!.minutes);
    const bad = await download(
      as.admin!,
      '/export/report.csv?from=2026-01-01&to=2026-12-31&groupBy=PLANET',
    );
    expect(bad.status).toBe(400);
  });

  it('filters invoices, weeks and audit events like their lists, in the reader’s scope', async () => {
    const count = async (client: GraphQLClient, list: string): Promise<number> => {
      const res = await client.request(`{ list: ${list} { totalCount } }`);
      expect(res.errors, list).toBeUndefined();
      return (res.data as { list: { totalCount: number } }).list.totalCount;
    };

    const [customer] = await server.sql<{ id: string }>(
      `select customer_id as id from invoice where status = 'issued'
        group by customer_id order by count(*) desc limit 1`,
    );
    const invoices = await csv(
      as.admin!,
      `/export/invoices.csv?status=ISSUED&customerId=${customer!.id}`,
    );
    expect(invoices.rows.length).toBeGreaterThan(0);
    expect(invoices.rows.length).toBe(
      await count(as.admin!, `invoices(status: ISSUED, customerId: "${customer!.id}")`),
    );
    expect(invoices.rows.every(r => r.status === 'issued' && r.customer_id === customer!.id)).toBe(
      true,
    );

    const submitted = await csv(as.manager!, '/export/timesheets.csv?status=SUBMITTED');
    expect(submitted.rows.length).toBeGreaterThan(0);
    expect(submitted.rows.length).toBe(await count(as.manager!, 'timesheets(status: SUBMITTED)'));
    expect(submitted.rows.every(r => r.status === 'submitted' && r.locked === 'true')).toBe(true);
    const everyone = await csv(as.admin!, '/export/timesheets.csv?status=SUBMITTED');
    const own = await csv(as.employee!, '/export/timesheets.csv');
    expect(own.rows.length).toBeGreaterThan(0);
    expect(new Set(own.rows.map(r => r.user_name))).toEqual(new Set(['Emil Employee']));
    // Someone else's weeks are out of an employee's reach, filter or not.
    const other = everyone.rows.find(r => r.user_id !== own.rows[0]!.user_id)!;
    expect(
      (await csv(as.employee!, `/export/timesheets.csv?userId=${other.user_id}`)).rows,
    ).toEqual([]);
    const theirs = await csv(as.admin!, `/export/timesheets.csv?userId=${other.user_id}`);
    expect(theirs.rows.length).toBe(
      await count(as.admin!, `timesheets(userId: "${other.user_id}")`),
    );
    expect(new Set(theirs.rows.map(r => r.user_id))).toEqual(new Set([other.user_id]));

    const [admin] = await server.sql<{ id: string }>(
      `select id from app_user where email = 'admin@demo.example'`,
    );
    const logins = await csv(
      as.admin!,
      `/export/audit-events.csv?action=auth.login_succeeded&actorId=${admin!.id}&from=2000-01-01&to=2999-12-31`,
    );
    expect(logins.rows.length).toBeGreaterThan(0);
    expect(logins.rows.length).toBe(
      await count(
        as.admin!,
        `auditEvents(action: "auth.login_succeeded", actorId: "${admin!.id}", from: "2000-01-01", to: "2999-12-31")`,
      ),
    );
    expect(
      logins.rows.every(r => r.action === 'auth.login_succeeded' && r.actor_id === admin!.id),
    ).toBe(true);
    const before2000 = await csv(as.admin!, '/export/audit-events.csv?to=1999-12-31');
    expect(before2000.header).toContain('hash');
    expect(before2000.rows).toEqual([]);
  });

  it('lets an auditor check the audit hash chain offline from the export', async () => {
    const { header, rows } = await csv(as.admin!, '/export/audit-events.csv');
    expect(header).toEqual(
      expect.arrayContaining(['data', 'before', 'after', 'prev_hash', 'hash']),
    );
    const chain = [...rows].sort((a, b) => Number(a.seq) - Number(b.seq));
    expect(chain[0]).toMatchObject({ seq: '1', prev_hash: '' });
    chain.forEach((row, i) => {
      expect(Number(row.seq), 'no gaps').toBe(i + 1);
      if (i > 0) expect(row.prev_hash, `link of #${row.seq}`).toBe(chain[i - 1]!.hash);
      const recomputed = chainHash({
        siteId: row.site_id!,
        seq: Number(row.seq),
        occurredAt: new Date(row.occurred_at!),
        actorType: row.actor_type!,
        actorId: stored(row.actor_id!),
        action: stored(row.action!)!,
        targetType: stored(row.target_type!),
        targetId: stored(row.target_id!),
        ip: stored(row.ip!),
        requestId: stored(row.request_id!),
        data: JSON.parse(stored(row.data!)!),
        prevHash: row.prev_hash ? Buffer.from(row.prev_hash, 'hex') : null,
      });
      expect(recomputed.toString('hex'), `hash of #${row.seq}`).toBe(row.hash);
    });
    const verdict = await as.admin!.request('{ auditChainVerify { ok events } }');
    expect(verdict.data.auditChainVerify).toEqual({ ok: true, events: chain.length });
    // Before and after of a change, as JSON, beside the whole of the event's data.
    type Change = { before?: unknown; after?: { hourlyRate?: number } };
    const change = chain.find(
      r =>
        r.action === 'user.updated' && (JSON.parse(r.data!) as Change).after?.hourlyRate === 9000,
    )!;
    const data = JSON.parse(change.data!) as Change;
    expect(JSON.parse(change.before!)).toEqual(data.before);
    expect(JSON.parse(change.after!)).toEqual({ hourlyRate: 9000 });
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const { rows } = await csv(as.admin!, '/export/customers.csv');
    const evil = rows.find(r => r.name!.includes('HYPERLINK'))!;
    expect(evil.name).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(evil.number).toBe("'+31 20");
    expect(evil.vat_number).toBe("'@risk");
  });

  it('neutralises a cell starting with "-" (and "=", "+", "@") that a customer name was given through GraphQL', async () => {
    const names = ["-2+3+cmd|' /C calc'!A0", '=1+1', '+1+1', '@SUM(1+1)'];
    for (const name of names) {
      const created = await as.admin!.request(
        'mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name } errors { code } } }',
        { i: { name, currency: 'EUR' } },
      );
      expect(created.data.customerCreate.errors).toEqual([]);
      // Stored and listed as typed; only the spreadsheet file is defused.
      expect(created.data.customerCreate.customer.name).toBe(name);
    }
    const { rows } = await csv(as.admin!, '/export/customers.csv');
    for (const name of names) {
      expect(rows.map(r => r.name)).toContain(`'${name}`);
      expect(rows.map(r => r.name)).not.toContain(name);
    }
  });

  it('writes semicolons and a byte order mark for European Excel when asked', async () => {
    const res = await download(as.admin!, '/export/projects.csv?delimiter=;&bom=1');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\n')[0]).toMatch(/^id;code;name;customer_id;/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="projects-\d{4}-\d{2}-\d{2}\.csv"/,
    );
  });

  it('refuses clearly: no sign-in, no permission, a bad filter, an unknown export', async () => {
    const anonymous = new GraphQLClient(server.url);
    const cases: [GraphQLClient, string, number, string][] = [
      [anonymous, '/export/customers.csv', 401, 'UNAUTHENTICATED'],
      [as.service!, '/export/users.csv', 403, 'FORBIDDEN'],
      [as.employee!, '/export/users.csv', 403, 'FORBIDDEN'],
      [as.admin!, '/export/time-entries.csv?from=yesterday', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/projects.csv?customerId=42', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/invoices-of-2020.csv', 404, 'NOT_FOUND'],
      [as.service!, '/export/invoices.csv', 403, 'FORBIDDEN'],
      [as.service!, '/export/timesheets.csv', 403, 'FORBIDDEN'],
      [as.service!, '/export/audit-events.csv', 403, 'FORBIDDEN'],
      [as.manager!, '/export/invoices.csv', 403, 'FORBIDDEN'],
      [as.manager!, '/export/audit-events.csv', 403, 'FORBIDDEN'],
      [as.employee!, '/export/invoices.csv', 403, 'FORBIDDEN'],
      [as.employee!, '/export/audit-events.csv', 403, 'FORBIDDEN'],
      [as.admin!, '/export/invoices.csv?status=PAID', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/invoices.csv?customerId=42', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/timesheets.csv?status=LATE', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/timesheets.csv?userId=42', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/audit-events.csv?from=yesterday', 400, 'BAD_USER_INPUT'],
      [as.admin!, '/export/audit-events.csv?actorId=42', 400, 'BAD_USER_INPUT'],
    ];
    for (const [client, path, status, code] of cases) {
      const res = await download(client, path);
      expect(res.status, path).toBe(status);
      const body = (await res.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]!.extensions.code, path).toBe(code);
      expect(body.errors[0]!.message.length, path).toBeGreaterThan(10);
    }
  });
});
