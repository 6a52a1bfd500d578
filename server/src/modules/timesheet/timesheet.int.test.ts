import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import {
  givenProject,
  givenSite,
  TEST_PASSWORD,
  type GivenProject,
  type GivenSite,
} from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const CREATE = `mutation($input: TimeEntryCreateInput!) {
  timeEntryCreate(input: $input) { timeEntry { id date minutes status billable user { email } } errors { field code message } }
}`;
const UPDATE = `mutation($input: TimeEntryUpdateInput!) {
  timeEntryUpdate(input: $input) { timeEntry { id minutes } errors { field code message } }
}`;
const WEEK = `query($week: String!, $userId: ID) {
  timesheet(week: $week, userId: $userId) { id weekStart week status locked comment totalMinutes
    user { email } decidedBy { email } entries { id minutes status rate amount } }
}`;
const MONDAY = '2026-11-16';

describe('registering time, weekly timesheets and approval', () => {
  let server: TestServer;
  let acme: GivenSite;
  let web: GivenProject;
  let ops: GivenProject;
  const as: Record<string, GraphQLClient> = {};

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      manager: 'managers',
      employee: 'employees',
      colleague: 'employees',
      outsider: 'employees',
      othermanager: 'managers',
    });
    const u = acme.users;
    // The manager leads "web" (employee and colleague are members); "ops" has only the outsider.
    web = await givenProject(server, acme, {
      code: 'WEB',
      members: [u.employee!.id, u.colleague!.id],
      leadId: u.manager!.id,
      hourlyRate: 10_000,
      tasks: { Design: { hourlyRate: 12_000 }, Build: {}, Internal: { billable: false } },
    });
    ops = await givenProject(server, acme, {
      code: 'OPS',
      members: [u.outsider!.id],
      leadId: u.othermanager!.id,
    });
    await server.sql(`update app_user set hourly_rate = 8000 where id = $1`, [u.outsider!.id]);
    await server.sql(`update site set default_hourly_rate = 5000 where id = $1`, [acme.id]);
    for (const name of Object.keys(u)) {
      as[name] = new GraphQLClient(server.url);
      await as[name].login('acme', u[name]!.email, TEST_PASSWORD);
    }
  });
  afterAll(() => server.close());

  async function log(who: string, input: Record<string, unknown>) {
    const res = await as[who]!.request(CREATE, { input });
    expect(res.errors).toBeUndefined();
    return res.data.timeEntryCreate;
  }

  it('registers time with defaults from the task and explains refusals', async () => {
    const ok = await log('employee', {
      projectId: web.projectId,
      taskId: web.taskIds.Internal,
      date: MONDAY,
      minutes: 30,
    });
    expect(ok.errors).toEqual([]);
    expect(ok.timeEntry).toMatchObject({
      date: MONDAY,
      minutes: 30,
      status: 'OPEN',
      billable: false,
      user: { email: 'employee@acme.example' },
    });

    const refusals = [
      [{ projectId: web.projectId, date: MONDAY, minutes: 0 }, 'minutes', 'INVALID_DURATION'],
      [{ projectId: web.projectId, date: '2026-02-30', minutes: 60 }, 'date', 'INVALID_DATE'],
      [
        { projectId: web.projectId, taskId: ops.taskIds.Development, date: MONDAY, minutes: 60 },
        'taskId',
        'UNKNOWN_TASK',
      ],
      [
        { projectId: web.projectId, date: MONDAY, minutes: 60, userId: acme.users.colleague!.id },
        'userId',
        'UNKNOWN_USER',
      ],
    ] as const;
    for (const [input, field, code] of refusals) {
      const res = await log('employee', input);
      expect(res.timeEntry).toBeNull();
      expect(res.errors).toEqual([{ field, code, message: expect.any(String) }]);
    }
  });

  it('registers time from a start and an end', async () => {
    const res = await as.employee!.request(
      `mutation($input: TimeEntryCreateInput!) { timeEntryCreate(input: $input) { timeEntry { minutes startedAt endedAt } errors { field code } } }`,
      {
        input: {
          projectId: web.projectId,
          date: '2026-11-10',
          startedAt: '2026-11-10T08:15:00Z',
          endedAt: '2026-11-10T10:00:00Z',
        },
      },
    );
    expect(res.data.timeEntryCreate).toEqual({
      timeEntry: {
        minutes: 105,
        startedAt: '2026-11-10T08:15:00.000Z',
        endedAt: '2026-11-10T10:00:00.000Z',
      },
      errors: [],
    });
    const backwards = await as.employee!.request(
      `mutation($input: TimeEntryCreateInput!) { timeEntryCreate(input: $input) { errors { field code } } }`,
      {
        input: {
          projectId: web.projectId,
          date: '2026-11-10',
          startedAt: '2026-11-10T10:00:00Z',
          endedAt: '2026-11-10T09:00:00Z',
        },
      },
    );
    expect(backwards.data.timeEntryCreate.errors).toEqual([
      { field: 'endedAt', code: 'INVALID_PERIOD' },
    ]);
  });

  it('shows each person the entries their scope reaches: own, team or all', async () => {
    await log('colleague', {
      projectId: web.projectId,
      taskId: web.taskIds.Build,
      date: MONDAY,
      minutes: 60,
    });
    await log('outsider', { projectId: ops.projectId, date: MONDAY, minutes: 45 });
    const emails = async (who: string) => {
      const res = await as[who]!.request(
        '{ timeEntries(first: 100) { nodes { user { email } } } }',
      );
      return [
        ...new Set(
          res.data.timeEntries.nodes.map((n: { user: { email: string } }) => n.user.email),
        ),
      ].sort();
    };
    expect(await emails('employee')).toEqual(['employee@acme.example']);
    expect(await emails('manager')).toEqual(['colleague@acme.example', 'employee@acme.example']);
    expect(await emails('othermanager')).toEqual(['outsider@acme.example']);
    expect(await emails('admin')).toEqual([
      'colleague@acme.example',
      'employee@acme.example',
      'outsider@acme.example',
    ]);
    // Asking for someone outside the scope yields nothing rather than their data.
    const peek = await as.employee!.request(
      `query($u: ID) { timeEntries(userId: $u) { totalCount } }`,
      { u: acme.users.outsider!.id },
    );
    expect(peek.data.timeEntries.totalCount).toBe(0);
    // A person id that is no id at all is refused as such, not as a server error.
    const garbled = await as.admin!.request(`{ timesheets(userId: "not-an-id") { totalCount } }`);
    expect(garbled.errors?.[0]).toMatchObject({
      message: '"userId" is not a valid id.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('submits a week, locks it, and lets the team manager approve it with rates fixed', async () => {
    const design = await log('employee', {
      projectId: web.projectId,
      taskId: web.taskIds.Design,
      date: '2026-11-17',
      minutes: 90,
      description: 'Wireframes',
    });
    await log('employee', {
      projectId: web.projectId,
      taskId: web.taskIds.Build,
      date: '2026-11-18',
      minutes: 120,
    });
    const submitted = await as.employee!.request(
      `mutation { timesheetSubmit(week: "2026-11-19") { timesheet { id status locked totalMinutes } errors { code } } }`,
    );
    expect(submitted.data.timesheetSubmit).toMatchObject({
      timesheet: { status: 'SUBMITTED', locked: true, totalMinutes: 240 },
      errors: [],
    });
    const sheetId = submitted.data.timesheetSubmit.timesheet.id;

    const change = await as.employee!.request(UPDATE, {
      input: { id: design.timeEntry.id, minutes: 60 },
    });
    expect(change.data.timeEntryUpdate.errors[0]).toMatchObject({
      code: 'WEEK_LOCKED',
      message: expect.stringMatching(/submitted for approval/),
    });
    const add = await log('employee', {
      projectId: web.projectId,
      date: '2026-11-20',
      minutes: 15,
    });
    expect(add.errors[0].code).toBe('WEEK_LOCKED');

    expect(
      errorCodes(
        await as.employee!.request(
          `mutation { timesheetApprove(id: "${sheetId}") { errors { code } } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const outsiderManager = await as.othermanager!.request(
      `mutation { timesheetApprove(id: "${sheetId}") { errors { code } } }`,
    );
    expect(outsiderManager.data.timesheetApprove.errors[0].code).toBe('NOT_FOUND');

    const inbox = await as.manager!.request(
      '{ timesheets(status: SUBMITTED) { nodes { id user { email } totalMinutes } } }',
    );
    expect(inbox.data.timesheets.nodes).toEqual([
      { id: sheetId, user: { email: 'employee@acme.example' }, totalMinutes: 240 },
    ]);

    const approved = await as.manager!.request(
      `mutation { timesheetApprove(id: "${sheetId}") { timesheet { status decidedBy { email } } errors { code } } }`,
    );
    expect(approved.data.timesheetApprove).toEqual({
      timesheet: { status: 'APPROVED', decidedBy: { email: 'manager@acme.example' } },
      errors: [],
    });

    const week = await as.employee!.request(WEEK, { week: MONDAY });
    const byMinutes = Object.fromEntries(
      week.data.timesheet.entries.map((e: { minutes: number }) => [e.minutes, e]),
    );
    // Task rate 120.00/h beats the project's 100.00/h; non-billable time is worth nothing.
    expect(byMinutes[90]).toMatchObject({ status: 'APPROVED', rate: 12_000, amount: 18_000 });
    expect(byMinutes[120]).toMatchObject({ status: 'APPROVED', rate: 10_000, amount: 20_000 });
    expect(byMinutes[30]).toMatchObject({ status: 'APPROVED', rate: 0, amount: 0 });
    expect(week.data.timesheet).toMatchObject({
      status: 'APPROVED',
      locked: true,
      week: '2026-W47',
    });

    const events = await server.sql<{ action: string }>(
      `select action from audit_event where target_id = $1 order by seq`,
      [sheetId],
    );
    expect(events.map(e => e.action)).toEqual(['timesheet.submitted', 'timesheet.approved']);
  });

  it('resolves rates task -> project -> user -> site', async () => {
    await log('outsider', { projectId: ops.projectId, date: MONDAY, minutes: 60 });
    const sheet = await as.outsider!.request(
      `mutation { timesheetSubmit(week: "${MONDAY}") { timesheet { id } } }`,
    );
    await as.othermanager!.request(
      `mutation { timesheetApprove(id: "${sheet.data.timesheetSubmit.timesheet.id}") { errors { code } } }`,
    );
    const week = await as.outsider!.request(WEEK, { week: MONDAY });
    // OPS has no project or task rate: the outsider's own 80.00/h applies.
    expect(week.data.timesheet.entries.map((e: { rate: number }) => e.rate)).toEqual([8000, 8000]);
  });

  it('rejects with a required comment and unlocks the week', async () => {
    await log('colleague', { projectId: web.projectId, date: '2026-11-24', minutes: 60 });
    const sub = await as.colleague!.request(
      `mutation { timesheetSubmit(week: "2026-11-24") { timesheet { id } } }`,
    );
    const id = sub.data.timesheetSubmit.timesheet.id;
    const noComment = await as.manager!.request(
      `mutation { timesheetReject(id: "${id}", comment: "  ") { errors { code field } } }`,
    );
    expect(noComment.data.timesheetReject.errors).toEqual([
      { code: 'COMMENT_REQUIRED', field: 'comment' },
    ]);
    await as.manager!.request(
      `mutation { timesheetReject(id: "${id}", comment: "Split the hours per task") { errors { code } } }`,
    );
    const week = await as.colleague!.request(WEEK, { week: '2026-11-24' });
    expect(week.data.timesheet).toMatchObject({
      status: 'REJECTED',
      locked: false,
      comment: 'Split the hours per task',
    });
    const entryId = week.data.timesheet.entries[0].id;
    const fix = await as.colleague!.request(UPDATE, { input: { id: entryId, minutes: 75 } });
    expect(fix.data.timeEntryUpdate).toEqual({
      timeEntry: { id: entryId, minutes: 75 },
      errors: [],
    });
  });

  it('does not let a manager approve their own week, and lets an administrator reopen one', async () => {
    await log('manager', { projectId: web.projectId, date: '2026-11-24', minutes: 30 });
    const sub = await as.manager!.request(
      `mutation { timesheetSubmit(week: "2026-11-24") { timesheet { id } } }`,
    );
    const id = sub.data.timesheetSubmit.timesheet.id;
    const own = await as.manager!.request(
      `mutation { timesheetApprove(id: "${id}") { errors { code } } }`,
    );
    expect(own.data.timesheetApprove.errors[0].code).toBe('OWN_TIMESHEET');
    await as.admin!.request(`mutation { timesheetApprove(id: "${id}") { errors { code } } }`);
    expect(
      errorCodes(
        await as.manager!.request(`mutation { timesheetReopen(id: "${id}") { errors { code } } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    const reopened = await as.admin!.request(
      `mutation { timesheetReopen(id: "${id}") { timesheet { status locked } errors { code } } }`,
    );
    expect(reopened.data.timesheetReopen).toEqual({
      timesheet: { status: 'OPEN', locked: false },
      errors: [],
    });
    const week = await as.manager!.request(WEEK, { week: '2026-11-24' });
    expect(week.data.timesheet.entries[0]).toMatchObject({
      status: 'OPEN',
      rate: null,
      amount: null,
    });
  });

  it('runs one timer per person, visible on every device, rounded by the site rule', async () => {
    await server.sql(`update site set rounding_minutes = 15 where id = $1`, [acme.id]);
    const start = await as.colleague!.request(
      `mutation($i: TimerStartInput!) { timerStart(input: $i) { timer { id description } errors { code } } }`,
      { i: { projectId: web.projectId, taskId: web.taskIds.Build, description: 'Bug bash' } },
    );
    expect(start.data.timerStart.errors).toEqual([]);
    const phone = new GraphQLClient(server.url);
    await phone.login('acme', acme.users.colleague!.email, TEST_PASSWORD);
    expect((await phone.request('{ timer { description } }')).data.timer).toEqual({
      description: 'Bug bash',
    });
    await server.sql(
      `update timer set started_at = now() - interval '7 minutes' where user_id = $1`,
      [acme.users.colleague!.id],
    );
    const stop = await phone.request(
      'mutation { timerStop { timer { id } stoppedEntry { minutes description billable } errors { code } } }',
    );
    expect(stop.data.timerStop).toEqual({
      timer: null,
      stoppedEntry: { minutes: 15, description: 'Bug bash', billable: true },
      errors: [],
    });
    expect((await as.colleague!.request('{ timer { id } }')).data.timer).toBeNull();
    const again = await as.colleague!.request('mutation { timerStop { errors { code } } }');
    expect(again.data.timerStop.errors[0].code).toBe('NO_TIMER');
  });
});

describe('no N+1: listing time entries', () => {
  let server: TestServer;
  let statements = 0;
  beforeAll(async () => {
    server = await startTestServer({}, { onQuery: () => statements++ });
  });
  afterAll(() => server.close());

  it('uses the same number of SQL statements for 100 entries as for 5', async () => {
    const site = await givenSite(server, 'big');
    const users = [site.users.admin!.id, site.users.manager!.id, site.users.employee!.id];
    const projects: GivenProject[] = [];
    for (let i = 0; i < 4; i++)
      projects.push(await givenProject(server, site, { code: `P${i}`, tasks: { A: {}, B: {} } }));
    await server.operator(async em => {
      const { TimeEntry } = await import('../time-entry/time-entry.entity.js');
      em.setFilterParams('site', { siteId: site.id });
      for (let i = 0; i < 120; i++) {
        const p = projects[i % 4]!;
        em.create(TimeEntry, {
          site: site.id,
          user: users[i % 3]!,
          project: p.projectId,
          task: Object.values(p.taskIds)[i % 2]!,
          date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
          minutes: 30 + i,
        });
      }
      await em.flush();
    });
    const admin = new GraphQLClient(server.url);
    await admin.login('big', site.users.admin!.email, TEST_PASSWORD);
    const query = `query($n: Int) { timeEntries(first: $n) { nodes { id minutes user { email } } } }`;
    const count = async (n: number) => {
      statements = 0;
      const res = await admin.request(query, { n });
      expect(res.data.timeEntries.nodes).toHaveLength(n);
      return statements;
    };
    const five = await count(5);
    const hundred = await count(100);
    expect(hundred).toBe(five);
    expect(five).toBeGreaterThan(2); // the counter really sees statements
    expect(five).toBeLessThan(15);
  });
});
