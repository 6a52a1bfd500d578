import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import {
  fixture,
  importApply,
  importFile,
  importPreview,
  uploadFile,
  type ImportInput,
} from '../../../test/import-client.js';

type Entry = {
  email: string;
  date: string;
  minutes: number;
  code: string;
  task: string | null;
  description: string;
  billable: boolean;
  started_at: Date | null;
};

describe('CSV import of people, projects, tasks and the time of other tools', () => {
  let server: TestServer;
  let site: GivenSite;
  let admin: GraphQLClient;

  const entries = (where = 'true', params: unknown[] = []) =>
    server.sql<Entry>(
      `select u.email, e.date::text as date, e.minutes, p.code, t.name as task, e.description,
              e.billable, e.started_at
         from time_entry e join app_user u on u.id = e.user_id join project p on p.id = e.project_id
         left join task t on t.id = e.task_id
        where e.site_id = $1 and ${where} order by e.date, e.started_at, u.email, e.description`,
      [site.id, ...params],
    );

  async function dryRun(
    client: GraphQLClient,
    file: string,
    content: Buffer | string,
    input: Omit<ImportInput, 'uploadId'>,
  ) {
    const upload = await uploadFile(client, file, content);
    expect(upload.status).toBe(201);
    const uploadId = upload.body.upload.id as string;
    const res = await importPreview(client, { ...input, uploadId });
    expect(res.errors).toBeUndefined();
    return { uploadId, preview: res.data.importPreview };
  }

  beforeAll(async () => {
    server = await startTestServer();
    site = await givenSite(server, 'team');
    admin = new GraphQLClient(server.url);
    await admin.login('team', site.users.admin!.email, TEST_PASSWORD);
    await importFile(admin, 'customers.csv', fixture('customers-windows-1252.csv'), {
      resource: 'CUSTOMER',
    });
  });
  afterAll(() => server.close());

  it('adds people as invitations (no password), with their groups', async () => {
    const result = await importFile(admin, 'people.csv', fixture('people.csv'), {
      resource: 'USER',
      sendInvitations: false,
    });
    expect(result.report).toMatchObject({ create: 4, refused: 0 });
    const people = await server.sql<{
      email: string;
      display_name: string;
      password_hash: string | null;
      groups: string[];
    }>(
      `select u.email, u.display_name, u.password_hash,
              array_agg(g.name order by g.name) as groups
         from app_user u join group_membership m on m.user_id = u.id join user_group g on g.id = m.group_id
        where u.site_id = $1 and u.email like '%@import.example' group by u.id order by u.email`,
      [site.id],
    );
    expect(people).toEqual([
      {
        email: 'jose.garcia@import.example',
        display_name: 'José García',
        password_hash: null,
        groups: ['Employees'],
      },
      {
        email: 'lena.devries@import.example',
        display_name: 'Lena de Vries',
        password_hash: null,
        groups: ['Managers'],
      },
      {
        email: 'sara.jansen@import.example',
        display_name: 'Sara Jansen',
        password_hash: null,
        groups: ['Employees'],
      },
      {
        email: 'tom.bakker@import.example',
        display_name: 'Tom Bakker',
        password_hash: null,
        groups: ['Employees'],
      },
    ]);
  });

  it('imports projects (customer by number or name) and their tasks', async () => {
    const projects = await importFile(admin, 'projects.csv', fixture('projects.csv'), {
      resource: 'PROJECT',
    });
    expect(projects.report).toMatchObject({ create: 5, refused: 0 });
    const [portal] = await server.sql<Record<string, unknown>>(
      `select p.name, c.name as customer, p.hourly_rate, p.budget_minutes, p.starts_on::text, p.ends_on::text, u.email as lead
         from project p join customer c on c.id = p.customer_id left join app_user u on u.id = p.lead_id
        where p.site_id = $1 and p.code = 'NW-PORTAL'`,
      [site.id],
    );
    expect(portal).toEqual({
      name: 'Customer portal',
      customer: 'Nordwind Logistics',
      hourly_rate: 11000,
      budget_minutes: 144000,
      starts_on: '2026-01-05',
      ends_on: '2026-12-18',
      lead: 'lena.devries@import.example',
    });
    const tasks = await importFile(admin, 'tasks.csv', fixture('tasks.csv'), { resource: 'TASK' });
    expect(tasks.report).toMatchObject({ create: 8, refused: 0 });
  });

  const PRESETS = [
    { preset: 'TOGGL', file: 'toggl.csv', count: 5 },
    { preset: 'KIMAI', file: 'kimai.csv', count: 4 },
    { preset: 'HARVEST', file: 'harvest.csv', count: 3 },
    { preset: 'CLOCKIFY', file: 'clockify.csv', count: 3 },
  ] as const;

  it.each(PRESETS)(
    'imports the $preset sample ($file), and the same file again changes nothing',
    async ({ preset, file, count }) => {
      const before = (await entries()).length;
      const { uploadId, preview } = await dryRun(admin, file, fixture(file), {
        resource: 'TIME_ENTRY',
        preset,
      });
      expect(preview.errors).toEqual([]);
      expect(preview.report.rows.filter((r: any) => r.outcome === 'REFUSED')).toEqual([]);
      expect(preview.report).toMatchObject({ create: count, refused: 0 });
      const applied = (await importApply(admin, { uploadId, resource: 'TIME_ENTRY', preset })).data
        .importApply;
      expect(applied.applied).toBe(true);
      expect((await entries()).length).toBe(before + count);

      const again = await importFile(admin, file, fixture(file), {
        resource: 'TIME_ENTRY',
        preset,
      });
      expect(again.report).toMatchObject({ create: 0, update: 0, unchanged: count });
      expect((await entries()).length).toBe(before + count);
    },
  );

  it('reads each tool’s columns, durations, dates and people right', async () => {
    expect(await entries(`e.date = '2026-03-02'`)).toEqual([
      expect.objectContaining({
        email: 'tom.bakker@import.example',
        minutes: 150,
        code: 'NW-PORTAL',
        task: 'Development',
        description: 'Login page',
        billable: true,
        // 09:00 in Amsterdam (the site's time zone) in winter.
        started_at: new Date('2026-03-02T08:00:00Z'),
      }),
      expect.objectContaining({
        minutes: 75,
        task: 'Testing',
        description: 'Regression tests, round 1',
      }),
    ]);
    // Kimai: E-mail and Billable 0/1.
    expect(await entries(`e.date = '2026-03-10' and p.code = 'INT'`)).toEqual([
      expect.objectContaining({
        email: 'sara.jansen@import.example',
        minutes: 45,
        billable: false,
        task: 'Meetings',
      }),
    ]);
    // Harvest: people by first and last name (accents and all), decimal hours, Project Code.
    expect(await entries(`e.date = '2026-03-11' and p.code = 'ZU-MENU'`)).toEqual([
      expect.objectContaining({
        email: 'jose.garcia@import.example',
        minutes: 150,
        description: 'Proofs for the winter menu',
      }),
    ]);
    // Clockify: month-first dates (03/13/2026) and 12-hour clock times.
    expect(await entries(`e.date = '2026-03-13'`)).toEqual([
      expect.objectContaining({
        email: 'tom.bakker@import.example',
        minutes: 165,
        started_at: new Date('2026-03-13T12:00:00Z'),
      }),
      expect.objectContaining({
        email: 'lena.devries@import.example',
        minutes: 30,
        billable: false,
      }),
    ]);
  });

  it('refuses time in locked weeks and of people out of reach, with the reason', async () => {
    const [tom] = await server.sql<{ id: string }>(
      `select id from app_user where email = 'tom.bakker@import.example'`,
    );
    await server.sql(
      `insert into timesheet (site_id, user_id, week_start, status, submitted_at, decided_at)
       values ($1, $2, '2026-03-16', 'approved', now(), now())`,
      [site.id, tom!.id],
    );
    const file = [
      'Email,Project,Task,Date,Duration,Description',
      'tom.bakker@import.example,Customer portal,Development,2026-03-17,1:00,In an approved week',
      'tom.bakker@import.example,Customer portal,Development,2026-03-24,1:00,Fine',
    ].join('\n');
    const { preview } = await dryRun(admin, 'locked.csv', file, { resource: 'TIME_ENTRY' });
    expect(preview.report).toMatchObject({ create: 1, refused: 1 });
    expect(preview.report.rows[0].problems).toEqual([
      {
        column: 'Date',
        field: 'date',
        code: 'WEEK_LOCKED',
        message:
          'The week of 2026-03-16 is approved and locked. Ask an administrator to reopen it.',
      },
    ]);

    const employee = new GraphQLClient(server.url);
    await employee.login('team', site.users.employee!.email, TEST_PASSWORD);
    const own = [
      'Email,Project,Date,Duration',
      `${site.users.employee!.email},Customer portal,2026-03-25,0:30`,
      'tom.bakker@import.example,Customer portal,2026-03-25,0:30',
    ].join('\n');
    const seen = await dryRun(employee, 'own.csv', own, { resource: 'TIME_ENTRY' });
    expect(
      seen.preview.report.rows.map((r: any) => [r.outcome, r.problems.map((p: any) => p.code)]),
    ).toEqual([
      ['CREATE', []],
      ['REFUSED', ['FORBIDDEN']],
    ]);
    expect(seen.preview.report.rows[1].problems[0].message).toMatch(
      /You may not register time for Tom Bakker/,
    );
  });

  it('refuses unknown projects and tasks, or creates them when asked', async () => {
    const file = [
      'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags',
      'Tom Bakker,tom.bakker@import.example,Kestrel Outdoor Ltd,Web shop,Checkout,Payment page,Yes,2026-04-01,09:00:00,2026-04-01,10:00:00,01:00:00,',
      'Tom Bakker,tom.bakker@import.example,Kestrel Outdoor Ltd,Web shop,Checkout,Address form,Yes,2026-04-02,09:00:00,2026-04-02,10:30:00,01:30:00,',
      'Sara Jansen,sara.jansen@import.example,Nordwind Logistics,Customer portal,Onboarding,Kick-off,Yes,2026-04-02,11:00:00,2026-04-02,12:00:00,01:00:00,',
    ].join('\n');
    const refused = await dryRun(admin, 'new-work.csv', file, {
      resource: 'TIME_ENTRY',
      preset: 'TOGGL',
    });
    expect(refused.preview.report.refused).toBe(3);
    expect(refused.preview.report.rows[0].problems[0]).toMatchObject({
      column: 'Project',
      code: 'UNKNOWN_PROJECT',
      message:
        'There is no project named “Web shop” of customer Kestrel Outdoor Ltd. Create it first, or choose “Create missing customers, projects and tasks”.',
    });
    expect(refused.preview.report.rows[2].problems[0]).toMatchObject({
      column: 'Task',
      code: 'UNKNOWN_TASK',
    });

    const created = await importFile(admin, 'new-work.csv', file, {
      resource: 'TIME_ENTRY',
      preset: 'TOGGL',
      createMissing: true,
    });
    expect(created.report).toMatchObject({ create: 3, refused: 0 });
    expect(created.report.related).toEqual([
      { resource: 'CUSTOMER', create: 1 },
      { resource: 'PROJECT', create: 1 },
      { resource: 'TASK', create: 2 },
    ]);
    expect(await entries(`p.code = 'WEB-SHOP'`)).toHaveLength(2);
    const audit = await server.sql<{ action: string }>(
      `select action from audit_event where site_id = $1 and data->>'import' = $2 order by seq`,
      [site.id, created.file.uploadId],
    );
    expect(audit.map(a => a.action)).toEqual([
      'customer.created',
      'project.created',
      'task.created',
      'task.created',
      'time_entry.created',
      'time_entry.created',
      'time_entry.created',
    ]);
  });

  it('updates entries recognised by their ID and leaves the rest', async () => {
    const header = 'ID,Email,Project,Task,Date,Duration,Description';
    const first = [
      header,
      '9001,tom.bakker@import.example,NW-SUPPORT,Tickets,2026-04-08,1:00,Ticket 1',
      '9002,tom.bakker@import.example,NW-SUPPORT,Tickets,2026-04-08,0:30,Ticket 2',
    ].join('\n');
    await importFile(admin, 'ids.csv', first, { resource: 'TIME_ENTRY' });
    const second = first.replace('1:00,Ticket 1', '1:15,Ticket 1 (reopened)');
    const { preview } = await dryRun(admin, 'ids.csv', second, { resource: 'TIME_ENTRY' });
    expect(preview.report).toMatchObject({ create: 0, update: 1, unchanged: 1 });
    expect(preview.report.rows[0].summary).toMatch(
      /minutes: 60 → 75; description: Ticket 1 → Ticket 1 \(reopened\)$/,
    );
    await importFile(admin, 'ids.csv', second, { resource: 'TIME_ENTRY' });
    expect(await entries(`e.date = '2026-04-08'`)).toEqual([
      expect.objectContaining({ minutes: 75, description: 'Ticket 1 (reopened)' }),
      expect.objectContaining({ minutes: 30, description: 'Ticket 2' }),
    ]);
  });
});
