import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { Customer } from '../customer/customer.entity.js';
import { Project, Task } from '../project/project.entity.js';
import { TimeEntry, type TimeEntryStatus } from '../time-entry/time-entry.entity.js';

const INVOICE_FIELDS = `id number status customerId customer { id name currency } periodFrom periodTo
  currency totalAmount totalMinutes issuedAt voidedAt
  lines { position description minutes rate amount projectId taskId project { code } task { name } }`;
const DRAFT = `mutation($input: InvoiceCreateDraftInput!) {
  invoiceCreateDraft(input: $input) { invoice { ${INVOICE_FIELDS} } errors { field code message } }
}`;
const ISSUE = `mutation($id: ID!) {
  invoiceIssue(id: $id) { invoice { id number status issuedAt totalAmount } errors { field code message } }
}`;
const VOID = `mutation($id: ID!) {
  invoiceVoid(id: $id) { invoice { id number status voidedAt } errors { field code message } }
}`;
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

type Entry = {
  project: string;
  task?: string | null;
  date: string;
  minutes: number;
  status: TimeEntryStatus;
  billable?: boolean;
  rate?: number | null;
  amount?: number | null;
};

/** Customers, projects and time arranged directly in the database, as approval leaves them. */
async function arrange(server: TestServer, site: GivenSite, userId: string, entries: Entry[]) {
  return server.operator(async em => {
    em.setFilterParams('site', { siteId: site.id });
    const acme = em.create(Customer, { site: site.id, name: 'Acme Corp', currency: 'EUR' });
    const other = em.create(Customer, { site: site.id, name: 'Other Ltd', currency: 'USD' });
    const web = em.create(Project, { site: site.id, customer: acme, name: 'Website', code: 'WEB' });
    const ops = em.create(Project, {
      site: site.id,
      customer: acme,
      name: 'Operations',
      code: 'OPS',
    });
    const oth = em.create(Project, { site: site.id, customer: other, name: 'Other', code: 'OTH' });
    const design = em.create(Task, { site: site.id, project: web, name: 'Design' });
    const build = em.create(Task, { site: site.id, project: web, name: 'Build' });
    const projects = { WEB: web, OPS: ops, OTH: oth };
    const tasks = { Design: design, Build: build };
    const made = entries.map(e =>
      em.create(TimeEntry, {
        site: site.id,
        user: userId,
        project: projects[e.project as keyof typeof projects],
        task: e.task ? tasks[e.task as keyof typeof tasks] : null,
        date: e.date,
        minutes: e.minutes,
        status: e.status,
        billable: e.billable ?? true,
        rate: e.rate ?? null,
        amount: e.amount ?? null,
      }),
    );
    await em.flush();
    return {
      acmeId: acme.id,
      otherId: other.id,
      projectIds: { WEB: web.id, OPS: ops.id, OTH: oth.id },
      taskIds: { Design: design.id, Build: build.id },
      entryIds: made.map(e => e.id),
    };
  });
}

describe('invoice drafts, issuing and voiding', () => {
  let server: TestServer;
  let acme: GivenSite;
  let globex: GivenSite;
  let data: Awaited<ReturnType<typeof arrange>>;
  let globexCustomerId: string;
  const as: Record<string, GraphQLClient> = {};

  // The first five are billable, approved November time of Acme Corp; the rest must never be taken.
  const ENTRIES: Entry[] = [
    {
      project: 'WEB',
      task: 'Design',
      date: '2026-11-02',
      minutes: 120,
      status: 'approved',
      rate: 12_000,
      amount: 24_000,
    },
    {
      project: 'WEB',
      task: 'Design',
      date: '2026-11-03',
      minutes: 30,
      status: 'approved',
      rate: 12_000,
      amount: 6_000,
    },
    {
      project: 'WEB',
      task: 'Design',
      date: '2026-11-04',
      minutes: 60,
      status: 'approved',
      rate: 15_000,
      amount: 15_000,
    },
    {
      project: 'WEB',
      task: 'Build',
      date: '2026-11-30',
      minutes: 90,
      status: 'approved',
      rate: 10_000,
      amount: 15_000,
    },
    {
      project: 'OPS',
      date: '2026-11-01',
      minutes: 45,
      status: 'approved',
      rate: 8_000,
      amount: 6_000,
    },
    { project: 'WEB', task: 'Build', date: '2026-11-05', minutes: 60, status: 'submitted' },
    { project: 'WEB', task: 'Build', date: '2026-11-06', minutes: 60, status: 'open' },
    {
      project: 'WEB',
      task: 'Build',
      date: '2026-11-06',
      minutes: 60,
      status: 'approved',
      billable: false,
      rate: 0,
      amount: 0,
    },
    {
      project: 'OTH',
      date: '2026-11-09',
      minutes: 60,
      status: 'approved',
      rate: 10_000,
      amount: 10_000,
    },
    {
      project: 'WEB',
      task: 'Design',
      date: '2026-12-01',
      minutes: 60,
      status: 'approved',
      rate: 12_000,
      amount: 12_000,
    },
    {
      project: 'WEB',
      task: 'Build',
      date: '2026-10-31',
      minutes: 30,
      status: 'approved',
      rate: 10_000,
      amount: 5_000,
    },
  ];
  const BILLED = 5;

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    globex = await givenSite(server, 'globex', { admin: 'administrators' });
    data = await arrange(server, acme, acme.users.employee!.id, ENTRIES);
    const g = await arrange(server, globex, globex.users.admin!.id, [
      {
        project: 'WEB',
        task: 'Build',
        date: '2026-11-10',
        minutes: 60,
        status: 'approved',
        rate: 9_000,
        amount: 9_000,
      },
    ]);
    globexCustomerId = g.acmeId;
    for (const [name, site] of [
      ['admin', acme],
      ['manager', acme],
      ['employee', acme],
    ] as const) {
      as[name] = new GraphQLClient(server.url);
      await as[name].login('acme', site.users[name]!.email, TEST_PASSWORD);
    }
    as.globex = new GraphQLClient(server.url);
    await as.globex.login('globex', globex.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  async function draft(who: string, input: Record<string, unknown>) {
    const res = await as[who]!.request(DRAFT, { input });
    expect(res.errors).toBeUndefined();
    return res.data.invoiceCreateDraft;
  }
  async function mutate(who: string, query: string, id: string) {
    const res = await as[who]!.request(query, { id });
    expect(res.errors).toBeUndefined();
    return Object.values(res.data as Record<string, any>)[0];
  }
  const linkedEntries = async () =>
    server.sql<{ id: string; status: string; invoice_id: string | null }>(
      'select id, status, invoice_id from time_entry where site_id = $1',
      [acme.id],
    );

  it('drafts lines per project, task and rate from approved, billable, uninvoiced time only', async () => {
    const { invoice, errors } = await draft('admin', { customerId: data.acmeId, ...NOVEMBER });
    expect(errors).toEqual([]);
    expect(invoice).toMatchObject({
      number: null,
      status: 'DRAFT',
      customerId: data.acmeId,
      customer: { id: data.acmeId, name: 'Acme Corp', currency: 'EUR' },
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      currency: 'EUR',
      totalAmount: 66_000,
      totalMinutes: 345,
      issuedAt: null,
    });
    const { Design, Build } = data.taskIds;
    expect(invoice.lines).toEqual([
      {
        position: 1,
        description: 'Operations',
        minutes: 45,
        rate: 8_000,
        amount: 6_000,
        projectId: data.projectIds.OPS,
        taskId: null,
        project: { code: 'OPS' },
        task: null,
      },
      {
        position: 2,
        description: 'Website — Build',
        minutes: 90,
        rate: 10_000,
        amount: 15_000,
        projectId: data.projectIds.WEB,
        taskId: Build,
        project: { code: 'WEB' },
        task: { name: 'Build' },
      },
      {
        position: 3,
        description: 'Website — Design',
        minutes: 150,
        rate: 12_000,
        amount: 30_000,
        projectId: data.projectIds.WEB,
        taskId: Design,
        project: { code: 'WEB' },
        task: { name: 'Design' },
      },
      {
        position: 4,
        description: 'Website — Design',
        minutes: 60,
        rate: 15_000,
        amount: 15_000,
        projectId: data.projectIds.WEB,
        taskId: Design,
        project: { code: 'WEB' },
        task: { name: 'Design' },
      },
    ]);

    const rows = await linkedEntries();
    const taken = rows
      .filter(r => r.invoice_id === invoice.id)
      .map(r => r.id)
      .sort();
    expect(taken).toEqual(data.entryIds.slice(0, BILLED).sort());
    expect(rows.filter(r => r.invoice_id && r.invoice_id !== invoice.id)).toEqual([]);
    // A draft holds the time but does not invoice it yet.
    expect(rows.filter(r => r.invoice_id).every(r => r.status === 'approved')).toBe(true);

    const [event] = await server.sql<{ action: string; actor_id: string; data: any }>(
      `select action, actor_id, data from audit_event where target_id = $1`,
      [invoice.id],
    );
    expect(event).toMatchObject({
      action: 'invoice.draft_created',
      actor_id: acme.users.admin!.id,
      data: { after: { customerId: data.acmeId, totalAmount: 66_000, lines: 4, entries: BILLED } },
    });

    // Never billed twice: the time is held by the draft.
    const again = await draft('admin', { customerId: data.acmeId, ...NOVEMBER });
    expect(again).toEqual({
      invoice: null,
      errors: [
        {
          field: null,
          code: 'NOTHING_TO_INVOICE',
          message:
            'No approved, uninvoiced billable time for this customer between 2026-11-01 and 2026-11-30.',
        },
      ],
    });
    // Release the time for the next tests.
    expect((await mutate('admin', VOID, invoice.id)).errors).toEqual([]);
  });

  it('explains why it cannot draft and creates nothing', async () => {
    const countInvoices = async () =>
      (await server.sql<{ n: string }>('select count(*) n from invoice'))[0]!.n;
    const before = await countInvoices();
    const cases = [
      [
        { customerId: '00000000-0000-4000-8000-000000000000', ...NOVEMBER },
        'customerId',
        'NOT_FOUND',
      ],
      [{ customerId: 'nope', ...NOVEMBER }, 'customerId', 'NOT_FOUND'],
      [{ customerId: globexCustomerId, ...NOVEMBER }, 'customerId', 'NOT_FOUND'],
      [{ customerId: data.acmeId, from: '2026-11-30', to: '2026-11-01' }, 'to', 'INVALID_PERIOD'],
      [{ customerId: data.acmeId, from: '2026-02-30', to: '2026-11-01' }, 'from', 'INVALID_DATE'],
      [
        { customerId: data.acmeId, from: '2026-01-01', to: '2026-01-31' },
        null,
        'NOTHING_TO_INVOICE',
      ],
    ] as const;
    for (const [input, field, code] of cases) {
      const res = await draft('admin', input);
      expect(res.invoice).toBeNull();
      expect(res.errors).toEqual([{ field, code, message: expect.any(String) }]);
    }
    expect(await countInvoices()).toBe(before);
  });

  it('issues with sequential numbers per site, invoices the time, and voids releasing it', async () => {
    // Draft, issue (#1), void: the number stays taken and the time is free again.
    const first = (await draft('admin', { customerId: data.acmeId, ...NOVEMBER })).invoice;
    const issued = await mutate('admin', ISSUE, first.id);
    expect(issued.errors).toEqual([]);
    expect(issued.invoice).toMatchObject({
      id: first.id,
      number: 1,
      status: 'ISSUED',
      issuedAt: expect.any(String),
      totalAmount: 66_000,
    });
    const invoiced = await as.admin!.request(
      `{ timeEntries(status: INVOICED, first: 100) { nodes { id status invoiceId } } }`,
    );
    expect(invoiced.data.timeEntries.nodes.map((e: { id: string }) => e.id).sort()).toEqual(
      data.entryIds.slice(0, BILLED).sort(),
    );
    expect(
      invoiced.data.timeEntries.nodes.every((e: { invoiceId: string }) => e.invoiceId === first.id),
    ).toBe(true);
    const [issuedEvent] = await server.sql<{ data: any }>(
      `select data from audit_event where target_id = $1 and action = 'invoice.issued'`,
      [first.id],
    );
    expect(issuedEvent!.data).toMatchObject({ after: { number: 1, totalAmount: 66_000 } });

    expect((await mutate('admin', ISSUE, first.id)).errors).toEqual([
      {
        field: 'id',
        code: 'NOT_DRAFT',
        message: 'Only drafts can be issued; this invoice is issued.',
      },
    ]);

    const voided = await mutate('admin', VOID, first.id);
    expect(voided).toEqual({
      invoice: { id: first.id, number: 1, status: 'VOID', voidedAt: expect.any(String) },
      errors: [],
    });
    const released = await linkedEntries();
    expect(released.filter(r => r.invoice_id || r.status === 'invoiced')).toEqual([]);
    expect((await mutate('admin', VOID, first.id)).errors).toEqual([
      { field: 'id', code: 'ALREADY_VOID', message: 'This invoice is already void.' },
    ]);
    expect((await mutate('admin', ISSUE, first.id)).errors[0].code).toBe('NOT_DRAFT');

    // The released time is drafted again; the next issued number is 2.
    const second = (await draft('admin', { customerId: data.acmeId, ...NOVEMBER })).invoice;
    expect(second).toMatchObject({ totalAmount: 66_000, totalMinutes: 345 });
    expect((await mutate('admin', ISSUE, second.id)).invoice).toMatchObject({ number: 2 });

    // Another site's numbering is its own.
    const theirs = await draft('globex', { customerId: globexCustomerId, ...NOVEMBER });
    expect(theirs.invoice).toMatchObject({ totalAmount: 9_000, currency: 'EUR' });
    expect((await mutate('globex', ISSUE, theirs.invoice.id)).invoice).toMatchObject({
      number: 1,
    });

    // Other customers' time is untouched: a draft for Other Ltd takes exactly its one entry.
    const other = (await draft('admin', { customerId: data.otherId, ...NOVEMBER })).invoice;
    expect(other).toMatchObject({ currency: 'USD', totalAmount: 10_000, totalMinutes: 60 });
    expect((await mutate('admin', ISSUE, other.id)).invoice).toMatchObject({ number: 3 });

    const actions = await server.sql<{ action: string }>(
      `select action from audit_event where target_type = 'invoice' and site_id = $1 order by seq`,
      [acme.id],
    );
    expect(actions.map(a => a.action)).toEqual([
      'invoice.draft_created',
      'invoice.voided',
      'invoice.draft_created',
      'invoice.issued',
      'invoice.voided',
      'invoice.draft_created',
      'invoice.issued',
      'invoice.draft_created',
      'invoice.issued',
    ]);
  });

  it('lists invoices newest first, filters them, and pages through them', async () => {
    const all = await as.admin!.request(
      `{ invoices(first: 10) { totalCount nodes { number status customer { name } } } }`,
    );
    expect(all.data.invoices).toEqual({
      totalCount: 4,
      nodes: [
        { number: 3, status: 'ISSUED', customer: { name: 'Other Ltd' } },
        { number: 2, status: 'ISSUED', customer: { name: 'Acme Corp' } },
        { number: 1, status: 'VOID', customer: { name: 'Acme Corp' } },
        { number: null, status: 'VOID', customer: { name: 'Acme Corp' } },
      ],
    });
    const filtered = await as.admin!.request(
      `query($c: ID) { invoices(status: ISSUED, customerId: $c) { totalCount nodes { number } } }`,
      { c: data.acmeId },
    );
    expect(filtered.data.invoices).toEqual({ totalCount: 1, nodes: [{ number: 2 }] });

    const seen: (number | null)[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: any = await as.admin!.request(
        `query($after: String) { invoices(first: 2, after: $after) { nodes { number } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...res.data.invoices.nodes.map((n: { number: number | null }) => n.number));
      if (!res.data.invoices.pageInfo.hasNextPage) break;
      after = res.data.invoices.pageInfo.endCursor;
    }
    expect(seen).toEqual([3, 2, 1, null]);
  });

  it('never lets two concurrent drafts take the same time, nor two issues share a number', async () => {
    const more = await server.operator(async em => {
      em.setFilterParams('site', { siteId: acme.id });
      const rows = [1, 2, 3].map(day =>
        em.create(TimeEntry, {
          site: acme.id,
          user: acme.users.employee!.id,
          project: data.projectIds.WEB,
          task: data.taskIds.Build,
          date: `2027-01-0${day}`,
          minutes: 60,
          status: 'approved',
          rate: 10_000,
          amount: 10_000,
        }),
      );
      await em.flush();
      return rows.map(r => r.id);
    });
    const second = new GraphQLClient(server.url);
    await second.login('acme', acme.users.admin!.email, TEST_PASSWORD);
    const input = { customerId: data.acmeId, from: '2027-01-01', to: '2027-01-31' };
    const results = await Promise.all([
      as.admin!.request(DRAFT, { input }),
      second.request(DRAFT, { input }),
    ]);
    const made = results.map(r => r.data.invoiceCreateDraft);
    expect(made.filter(r => r.invoice).length).toBe(1);
    expect(made.find(r => !r.invoice)!.errors[0].code).toBe('NOTHING_TO_INVOICE');
    const draftId = made.find(r => r.invoice)!.invoice.id;
    const linked = await server.sql<{ invoice_id: string }>(
      'select invoice_id from time_entry where id = any($1)',
      [more],
    );
    expect(linked.every(r => r.invoice_id === draftId)).toBe(true);

    // Split the time over two drafts and issue both at once: two different, next numbers.
    await mutate('admin', VOID, draftId);
    const a = (await draft('admin', { ...input, to: '2027-01-01' })).invoice;
    const b = (await draft('admin', { ...input, from: '2027-01-02' })).invoice;
    const issued = await Promise.all([
      as.admin!.request(ISSUE, { id: a.id }),
      second.request(ISSUE, { id: b.id }),
    ]);
    expect(issued.map(r => r.data.invoiceIssue.invoice.number).sort()).toEqual([4, 5]);
  });

  it('is for administrators: employees and managers are refused, naming the permission', async () => {
    for (const who of ['employee', 'manager']) {
      const list = await as[who]!.request('{ invoices { totalCount } }');
      expect(errorCodes(list)).toEqual(['FORBIDDEN']);
      expect(list.errors![0]!.message).toContain('invoice.read');
      const one = await as[who]!.request(`query($id: ID!) { invoice(id: $id) { id } }`, {
        id: data.acmeId,
      });
      expect(errorCodes(one)).toEqual(['FORBIDDEN']);
      const create = await as[who]!.request(DRAFT, {
        input: { customerId: data.acmeId, ...NOVEMBER },
      });
      expect(errorCodes(create)).toEqual(['FORBIDDEN']);
      expect(create.errors![0]!.message).toContain('invoice.create');
      for (const [query, permission] of [
        [ISSUE, 'invoice.issue'],
        [VOID, 'invoice.void'],
      ]) {
        const res = await as[who]!.request(query!, { id: data.acmeId });
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
        expect(res.errors![0]!.message).toContain(permission);
      }
    }
    const anonymous = await new GraphQLClient(server.url).request('{ invoices { totalCount } }');
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it("keeps each site's invoices to itself", async () => {
    const [mine] = await server.sql<{ id: string }>(
      'select id from invoice where site_id = $1 and number = 2',
      [acme.id],
    );
    const res = await as.globex!.request(
      `query($id: ID!) { invoice(id: $id) { id } invoices { totalCount nodes { number } } }`,
      { id: mine!.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      invoice: null,
      invoices: { totalCount: 1, nodes: [{ number: 1 }] },
    });
    for (const query of [ISSUE, VOID]) {
      const attempt = await as.globex!.request(query, { id: mine!.id });
      expect(Object.values(attempt.data as Record<string, any>)[0].errors[0].code).toBe(
        'NOT_FOUND',
      );
    }
    const own = await as.admin!.request(`query($id: ID!) { invoice(id: $id) { number status } }`, {
      id: mine!.id,
    });
    expect(own.data.invoice).toEqual({ number: 2, status: 'ISSUED' });
  });
});
