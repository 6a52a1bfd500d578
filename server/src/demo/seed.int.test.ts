import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekStart, todayIn, addDays } from '@horae/shared/time';
import { GraphQLClient } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { seedDemo } from './seed.js';

const PASSWORD = 'demo-password-for-the-seed-test';

describe('the demo site', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.operator(em => seedDemo(em, PASSWORD));
  });
  afterAll(() => server.close());

  it('has a dozen people, customers, projects with tasks and six months of time', async () => {
    const [counts] = await server.sql<Record<string, string>>(
      `select (select count(*) from app_user) users, (select count(*) from customer) customers,
              (select count(*) from project) projects, (select count(*) from task) tasks,
              (select count(*) from time_entry) entries,
              (select max(date) - min(date) from time_entry) span_days`,
    );
    expect(Number(counts!.users)).toBe(12);
    expect(Number(counts!.customers)).toBeGreaterThanOrEqual(4);
    expect(Number(counts!.projects)).toBeGreaterThanOrEqual(5);
    expect(Number(counts!.tasks)).toBeGreaterThanOrEqual(10);
    expect(Number(counts!.entries)).toBeGreaterThan(5000);
    expect(Number(counts!.span_days)).toBeGreaterThanOrEqual(170);
  });

  it('leaves this week open, last week submitted, older weeks approved and old months invoiced', async () => {
    const monday = weekStart(todayIn('Europe/Amsterdam'));
    const rows = await server.sql<{ status: string; n: string }>(
      `select case when date >= $1 then 'this' when date >= $2 then 'last' else 'older' end || ':' || status as status, count(*) n
         from time_entry group by 1 order by 1`,
      [monday, addDays(monday, -7)],
    );
    const statuses = rows.map(r => r.status);
    expect(statuses).not.toContain('this:open'); // nothing registered yet this week
    expect(statuses).toContain('last:submitted');
    expect(statuses).toEqual(expect.arrayContaining(['older:approved', 'older:invoiced']));
    // Every invoice's total is the sum of its lines and of the entries it bills.
    const mismatches = await server.sql(
      `select i.id from invoice i
        where i.total_amount <> (select sum(amount) from invoice_line l where l.invoice_id = i.id)
           or i.total_amount <> (select sum(amount) from time_entry e where e.invoice_id = i.id)`,
    );
    expect(mismatches).toEqual([]);
    const [numbers] = await server.sql<{ n: string; max: number }>(
      'select count(*) n, max(number) max from invoice',
    );
    expect(Number(numbers!.n)).toBeGreaterThan(3);
    expect(numbers!.max).toBe(Number(numbers!.n));
  });

  it('puts the employees’ submitted weeks in Mona’s approvals inbox', async () => {
    const mona = new GraphQLClient(server.url);
    await mona.login('demo', 'manager@demo.example', PASSWORD);
    const inbox = await mona.request(
      '{ timesheets(status: SUBMITTED, first: 50) { totalCount nodes { user { email } } } }',
    );
    expect(inbox.data.timesheets.totalCount).toBeGreaterThanOrEqual(9);
    const emil = new GraphQLClient(server.url);
    await emil.login('demo', 'employee@demo.example', PASSWORD);
    const own = await emil.request(
      '{ timeEntries(first: 100) { totalCount nodes { user { email } } } }',
    );
    expect(own.data.timeEntries.totalCount).toBeGreaterThan(200);
    expect(
      new Set(own.data.timeEntries.nodes.map((n: { user: { email: string } }) => n.user.email)),
    ).toEqual(new Set(['employee@demo.example']));
  });
});
