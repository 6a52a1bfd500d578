import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { Customer } from '../customer/customer.entity.js';
import { Project, Task } from '../project/project.entity.js';
import { TimeEntry, type TimeEntryStatus } from '../time-entry/time-entry.entity.js';

const REPORT = `query($input: ReportInput!) {
  report(input: $input) {
    rows { customerId customerName currency projectId projectName projectCode taskId taskName
      userId userName week month entries minutes billableMinutes nonBillableMinutes amount
      budgetMinutes budgetAmount }
    totals { entries minutes billableMinutes nonBillableMinutes amount customerId projectId userId week month }
  }
}`;
const PERIOD = { from: '2026-11-01', to: '2026-12-31' };

type Entry = [
  user: string,
  project: 'WEB' | 'OPS' | 'OTH',
  task: 'Design' | 'Build' | null,
  date: string,
  minutes: number,
  status: TimeEntryStatus,
  billable: boolean,
  amount: number | null,
];

// Amounts are fixed at approval, so open and submitted time has none.
const ENTRIES: Entry[] = [
  ['employee', 'WEB', 'Design', '2026-11-02', 120, 'approved', true, 20_000],
  ['employee', 'WEB', 'Build', '2026-11-03', 60, 'submitted', true, null],
  ['employee', 'WEB', 'Build', '2026-11-10', 30, 'approved', false, 0],
  ['employee', 'OPS', null, '2026-11-11', 45, 'invoiced', true, 7_500],
  ['employee', 'WEB', 'Design', '2026-10-30', 100, 'approved', true, 10_000], // before the period
  ['colleague', 'WEB', 'Design', '2026-11-12', 90, 'open', true, null],
  ['colleague', 'OTH', null, '2026-11-30', 60, 'approved', true, 12_000],
  ['colleague', 'WEB', 'Build', '2026-12-01', 30, 'approved', true, 5_000],
  ['outsider', 'WEB', 'Build', '2026-11-04', 240, 'approved', true, 40_000],
  ['outsider', 'OPS', null, '2026-11-20', 60, 'open', false, null],
  ['manager', 'OPS', null, '2026-11-05', 30, 'approved', true, 5_000],
];

type Arranged = {
  customerIds: Record<'Acme' | 'Other', string>;
  projectIds: Record<'WEB' | 'OPS' | 'OTH', string>;
  taskIds: Record<'Design' | 'Build', string>;
};

async function arrange(server: TestServer, site: GivenSite, entries: Entry[]): Promise<Arranged> {
  return server.operator(async em => {
    em.setFilterParams('site', { siteId: site.id });
    const s = site.id;
    const acme = em.create(Customer, { site: s, name: 'Acme Corp', currency: 'EUR' });
    const other = em.create(Customer, { site: s, name: 'Other Ltd', currency: 'USD' });
    const projects = {
      WEB: em.create(Project, {
        site: s,
        customer: acme,
        name: 'Website',
        code: 'WEB',
        budgetMinutes: 600,
        budgetAmount: 100_000,
      }),
      OPS: em.create(Project, { site: s, customer: acme, name: 'Operations', code: 'OPS' }),
      OTH: em.create(Project, { site: s, customer: other, name: 'Other work', code: 'OTH' }),
    };
    const tasks = {
      Design: em.create(Task, { site: s, project: projects.WEB, name: 'Design' }),
      Build: em.create(Task, { site: s, project: projects.WEB, name: 'Build' }),
    };
    for (const [user, project, task, date, minutes, status, billable, amount] of entries) {
      em.create(TimeEntry, {
        site: s,
        user: site.users[user]!.id,
        project: projects[project],
        task: task ? tasks[task] : null,
        date,
        minutes,
        status,
        billable,
        rate: amount === null ? null : 10_000,
        amount,
      });
    }
    await em.flush();
    return {
      customerIds: { Acme: acme.id, Other: other.id },
      projectIds: { WEB: projects.WEB.id, OPS: projects.OPS.id, OTH: projects.OTH.id },
      taskIds: { Design: tasks.Design.id, Build: tasks.Build.id },
    };
  });
}

describe('reports of hours and amounts', () => {
  let server: TestServer;
  let statements = 0;
  let acme: GivenSite;
  let globex: GivenSite;
  let data: Arranged;
  let theirs: Arranged;
  const as: Record<string, GraphQLClient> = {};

  beforeAll(async () => {
    server = await startTestServer({}, { onQuery: () => statements++ });
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      manager: 'managers',
      employee: 'employees',
      colleague: 'employees',
      outsider: 'employees',
    });
    globex = await givenSite(server, 'globex', { admin: 'administrators', employee: 'employees' });
    data = await arrange(server, acme, ENTRIES);
    theirs = await arrange(server, globex, [
      ['employee', 'WEB', 'Build', '2026-11-02', 480, 'approved', true, 80_000],
    ]);
    // The manager manages a group of the employee and the colleague (not the outsider).
    const [group] = await server.sql<{ id: string }>(
      `insert into user_group (site_id, name) values ($1, 'Team A') returning id`,
      [acme.id],
    );
    for (const [who, isManager] of [
      ['manager', true],
      ['employee', false],
      ['colleague', false],
    ] as const) {
      await server.sql(
        `insert into group_membership (site_id, group_id, user_id, is_manager) values ($1, $2, $3, $4)`,
        [acme.id, group!.id, acme.users[who]!.id, isManager],
      );
    }
    for (const who of ['admin', 'manager', 'employee']) {
      as[who] = new GraphQLClient(server.url);
      await as[who].login('acme', acme.users[who]!.email, TEST_PASSWORD);
    }
    as.globex = new GraphQLClient(server.url);
    await as.globex.login('globex', globex.users.admin!.email, TEST_PASSWORD);
  });
  afterAll(() => server.close());

  async function report(who: string, input: Record<string, unknown>) {
    const res = await as[who]!.request(REPORT, { input: { ...PERIOD, ...input } });
    expect(res.errors).toBeUndefined();
    return res.data.report as { rows: Record<string, unknown>[]; totals: Record<string, unknown> };
  }
  /** The rows reduced to a label and the numbers. */
  const numbers = (rows: Record<string, unknown>[], label: (r: any) => unknown) =>
    rows.map(r => [label(r), r.minutes, r.billableMinutes, r.nonBillableMinutes, r.amount]);

  it('gives an administrator hours by project for the whole site, with budgets and totals', async () => {
    const { rows, totals } = await report('admin', { groupBy: ['PROJECT'] });
    expect(rows).toEqual([
      expect.objectContaining({
        projectId: data.projectIds.OPS,
        projectName: 'Operations',
        projectCode: 'OPS',
        entries: 3,
        minutes: 135,
        billableMinutes: 75,
        nonBillableMinutes: 60,
        amount: 12_500,
        budgetMinutes: null,
        budgetAmount: null,
        customerId: null,
        userId: null,
        week: null,
      }),
      expect.objectContaining({ projectCode: 'OTH', minutes: 60, amount: 12_000 }),
      expect.objectContaining({
        projectCode: 'WEB',
        entries: 6,
        minutes: 570,
        billableMinutes: 540,
        nonBillableMinutes: 30,
        // Only approved and invoiced time has an amount: the open and submitted hours add none.
        amount: 65_000,
        budgetMinutes: 600,
        budgetAmount: 100_000,
      }),
    ]);
    expect(totals).toEqual({
      entries: 10,
      minutes: 765,
      billableMinutes: 675,
      nonBillableMinutes: 90,
      amount: 89_500,
      customerId: null,
      projectId: null,
      userId: null,
      week: null,
      month: null,
    });
  });

  it('groups by user, week, month, customer and task', async () => {
    const byUser = await report('admin', { groupBy: ['USER'] });
    expect(numbers(byUser.rows, r => r.userName)).toEqual([
      ['Colleague of acme', 180, 180, 0, 17_000],
      ['Employee of acme', 255, 225, 30, 27_500],
      ['Manager of acme', 30, 30, 0, 5_000],
      ['Outsider of acme', 300, 240, 60, 40_000],
    ]);
    expect(byUser.rows[1]!.userId).toBe(acme.users.employee!.id);

    const byWeek = await report('admin', { groupBy: ['WEEK'] });
    expect(numbers(byWeek.rows, r => r.week)).toEqual([
      ['2026-11-02', 450, 450, 0, 65_000],
      ['2026-11-09', 165, 135, 30, 7_500],
      ['2026-11-16', 60, 0, 60, 0],
      ['2026-11-30', 90, 90, 0, 17_000],
    ]);
    const weekAndMonth = await report('admin', { groupBy: ['WEEK', 'MONTH'] });
    expect(weekAndMonth.rows.slice(-2).map(r => [r.week, r.month, r.minutes])).toEqual([
      ['2026-11-30', '2026-11', 60],
      ['2026-11-30', '2026-12', 30],
    ]);

    const byCustomer = await report('admin', { groupBy: ['CUSTOMER'] });
    expect(byCustomer.rows.map(r => [r.customerName, r.currency, r.minutes, r.amount])).toEqual([
      ['Acme Corp', 'EUR', 705, 77_500],
      ['Other Ltd', 'USD', 60, 12_000],
    ]);
    expect(byCustomer.rows[0]!.customerId).toBe(data.customerIds.Acme);

    const byTask = await report('admin', { groupBy: ['TASK'] });
    expect(byTask.rows.map(r => [r.projectCode, r.taskName, r.taskId, r.minutes])).toEqual([
      ['OPS', null, null, 135],
      ['OTH', null, null, 60],
      ['WEB', 'Build', data.taskIds.Build, 360],
      ['WEB', 'Design', data.taskIds.Design, 210],
    ]);
    // Task rows carry their project but not its budget (that is for PROJECT rows).
    expect(byTask.rows[2]!.budgetMinutes).toBeNull();

    const userByProject = await report('admin', { groupBy: ['USER', 'PROJECT'] });
    expect(userByProject.rows.map(r => [r.userName, r.projectCode, r.minutes])).toEqual([
      ['Colleague of acme', 'OTH', 60],
      ['Colleague of acme', 'WEB', 120],
      ['Employee of acme', 'OPS', 45],
      ['Employee of acme', 'WEB', 210],
      ['Manager of acme', 'OPS', 30],
      ['Outsider of acme', 'OPS', 60],
      ['Outsider of acme', 'WEB', 240],
    ]);

    const oneRow = await report('admin', { groupBy: [] });
    expect(oneRow.rows).toHaveLength(1);
    expect(oneRow.rows[0]).toMatchObject({ minutes: 765, amount: 89_500, entries: 10 });
  });

  it('filters by customer, project, user, billable and period', async () => {
    const billableOfAcme = await report('admin', {
      groupBy: ['PROJECT'],
      customerId: data.customerIds.Acme,
      billable: true,
    });
    expect(numbers(billableOfAcme.rows, r => r.projectCode)).toEqual([
      ['OPS', 75, 75, 0, 12_500],
      ['WEB', 540, 540, 0, 65_000],
    ]);
    const nonBillable = await report('admin', { groupBy: ['USER'], billable: false });
    expect(numbers(nonBillable.rows, r => r.userName)).toEqual([
      ['Employee of acme', 30, 0, 30, 0],
      ['Outsider of acme', 60, 0, 60, 0],
    ]);
    const outsiderOnWeb = await report('admin', {
      groupBy: ['TASK'],
      projectId: data.projectIds.WEB,
      userId: acme.users.outsider!.id,
    });
    expect(outsiderOnWeb.rows.map(r => [r.taskName, r.minutes])).toEqual([['Build', 240]]);
    const december = await report('admin', { groupBy: ['MONTH'], from: '2026-12-01' });
    expect(december.rows.map(r => [r.month, r.minutes])).toEqual([['2026-12', 30]]);
    const october = await report('admin', {
      groupBy: ['MONTH'],
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(october.rows.map(r => [r.month, r.minutes, r.amount])).toEqual([
      ['2026-10', 100, 10_000],
    ]);
    const nothing = await report('admin', {
      groupBy: ['PROJECT'],
      from: '2027-01-01',
      to: '2027-01-31',
    });
    expect(nothing.rows).toEqual([]);
    expect(nothing.totals).toMatchObject({ entries: 0, minutes: 0, amount: 0 });
  });

  it('limits a manager to their team and an employee to their own time', async () => {
    const team = await report('manager', { groupBy: ['USER'] });
    expect(numbers(team.rows, r => r.userName)).toEqual([
      ['Colleague of acme', 180, 180, 0, 17_000],
      ['Employee of acme', 255, 225, 30, 27_500],
      ['Manager of acme', 30, 30, 0, 5_000],
    ]);
    expect(team.totals).toMatchObject({ minutes: 465, amount: 49_500 });
    const teamByProject = await report('manager', { groupBy: ['PROJECT'] });
    expect(teamByProject.rows.map(r => [r.projectCode, r.minutes])).toEqual([
      ['OPS', 75],
      ['OTH', 60],
      ['WEB', 330],
    ]);
    // Asking for someone outside the team gives nothing, not their time.
    const outsider = await report('manager', {
      groupBy: ['USER'],
      userId: acme.users.outsider!.id,
    });
    expect(outsider.rows).toEqual([]);

    const own = await report('employee', { groupBy: ['PROJECT'] });
    expect(numbers(own.rows, r => r.projectCode)).toEqual([
      ['OPS', 45, 45, 0, 7_500],
      ['WEB', 210, 180, 30, 20_000],
    ]);
    expect(own.totals).toMatchObject({ minutes: 255, amount: 27_500 });
    const byWeek = await report('employee', { groupBy: ['WEEK'] });
    expect(byWeek.rows.map(r => [r.week, r.minutes])).toEqual([
      ['2026-11-02', 180],
      ['2026-11-09', 75],
    ]);
    const colleague = await report('employee', {
      groupBy: ['USER'],
      userId: acme.users.colleague!.id,
    });
    expect(colleague.rows).toEqual([]);
  });

  it("never shows another site's time", async () => {
    const mine = await report('globex', { groupBy: ['PROJECT', 'USER'] });
    expect(mine.rows.map(r => [r.projectId, r.userId, r.minutes])).toEqual([
      [theirs.projectIds.WEB, globex.users.employee!.id, 480],
    ]);
    for (const filter of [
      { projectId: theirs.projectIds.WEB },
      { customerId: theirs.customerIds.Acme },
      { userId: globex.users.employee!.id },
    ]) {
      const res = await report('admin', { groupBy: ['PROJECT'], ...filter });
      expect(res.rows).toEqual([]);
    }
  });

  it('resolves the objects of a row, and costs the same statements for 1 row as for many', async () => {
    const query = `query($input: ReportInput!) {
      report(input: $input) {
        rows { minutes customer { name } project { code } task { name } user { email } }
        totals { minutes customer { name } }
      }
    }`;
    const count = async (input: Record<string, unknown>) => {
      statements = 0;
      const res = await as.admin!.request(query, {
        input: { groupBy: ['CUSTOMER', 'TASK', 'USER', 'WEEK'], ...input },
      });
      expect(res.errors).toBeUndefined();
      return { statements, rows: res.data.report.rows, totals: res.data.report.totals };
    };
    const one = await count({ from: '2026-11-02', to: '2026-11-02' });
    expect(one.rows).toEqual([
      {
        minutes: 120,
        customer: { name: 'Acme Corp' },
        project: { code: 'WEB' },
        task: { name: 'Design' },
        user: { email: 'employee@acme.example' },
      },
    ]);
    expect(one.totals).toEqual({ minutes: 120, customer: null });
    const many = await count(PERIOD);
    expect(many.rows.length).toBeGreaterThan(8);
    expect(many.rows.find((r: any) => r.project.code === 'OPS').task).toBeNull();
    expect(many.statements).toBe(one.statements);
    expect(one.statements).toBeGreaterThan(2); // the counter really sees statements
    expect(one.statements).toBeLessThan(15);
  });

  it('refuses bad input and callers without report.read', async () => {
    for (const input of [
      { from: '2026-12-01', to: '2026-11-01', groupBy: [] },
      { from: '2026-13-01', to: '2026-12-01', groupBy: [] },
      { ...PERIOD, groupBy: ['USER', 'USER'] },
      { ...PERIOD, groupBy: [], projectId: 'not-an-id' },
    ]) {
      const res = await as.admin!.request(REPORT, { input });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const anonymous = await new GraphQLClient(server.url).request(REPORT, {
      input: { ...PERIOD, groupBy: [] },
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    // A group without report.read: the built-in groups all have it, so strip the employees'.
    await server.sql(
      `update user_group set permissions = array_remove(permissions, 'report.read:own')
        where site_id = $1 and built_in = 'employees'`,
      [acme.id],
    );
    const refused = await as.employee!.request(REPORT, { input: { ...PERIOD, groupBy: [] } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.message).toContain('report.read');
  });
});
