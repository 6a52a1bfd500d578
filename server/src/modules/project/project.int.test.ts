import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

const PROJECT = `id name code billableByDefault budgetMinutes budgetAmount hourlyRate startsOn endsOn
  archived customer { name } lead { email } members { email } tasks { name billable hourlyRate }`;
const CREATE = `mutation($input: ProjectCreateInput!) {
  projectCreate(input: $input) { project { ${PROJECT} } errors { field code message } }
}`;
const UPDATE = `mutation($input: ProjectUpdateInput!) {
  projectUpdate(input: $input) { project { ${PROJECT} } errors { field code message } }
}`;
const TASK = 'id name billable hourlyRate archived project { code }';
const TASK_CREATE = `mutation($input: TaskCreateInput!) {
  taskCreate(input: $input) { task { ${TASK} } errors { field code message } }
}`;
const TASK_UPDATE = `mutation($input: TaskUpdateInput!) {
  taskUpdate(input: $input) { task { ${TASK} } errors { field code message } }
}`;
const LIST = `query($search: String, $customerId: ID, $includeArchived: Boolean, $mine: Boolean) {
  projects(search: $search, customerId: $customerId, includeArchived: $includeArchived, mine: $mine, first: 100) {
    totalCount nodes { code }
  }
}`;

type Audit = { action: string; actor_id: string; target_type: string; data: unknown };

describe('managing projects and tasks', () => {
  let server: TestServer;
  let acme: GivenSite;
  let globex: GivenSite;
  let customerId: string;
  let archivedCustomerId: string;
  const as: Record<string, GraphQLClient> = {};
  const u = (who: string) => acme.users[who]!;

  async function signIn(site: GivenSite, who: string) {
    const client = new GraphQLClient(server.url);
    await client.login(site.slug, site.users[who]!.email, TEST_PASSWORD);
    return client;
  }

  async function createCustomer(name: string) {
    const res = await as.admin!.request(
      `mutation($name: String!) { customerCreate(input: { name: $name }) { customer { id } errors { code } } }`,
      { name },
    );
    expect(res.data.customerCreate.errors).toEqual([]);
    return res.data.customerCreate.customer.id as string;
  }

  async function createProject(input: Record<string, unknown>) {
    const res = await as.admin!.request(CREATE, { input: { customerId, ...input } });
    expect(res.errors).toBeUndefined();
    expect(res.data.projectCreate.errors).toEqual([]);
    return res.data.projectCreate.project as { id: string; code: string };
  }

  async function createTask(input: Record<string, unknown>) {
    const res = await as.admin!.request(TASK_CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.taskCreate.errors).toEqual([]);
    return res.data.taskCreate.task as { id: string; billable: boolean };
  }

  async function codes(client: GraphQLClient, vars: Record<string, unknown> = {}) {
    const res = await client.request(LIST, vars);
    expect(res.errors).toBeUndefined();
    return res.data.projects.nodes.map((n: { code: string }) => n.code) as string[];
  }

  function auditOf(id: string) {
    return server.sql<Audit>(
      `select action, actor_id, target_type, data from audit_event where target_id = $1 order by seq`,
      [id],
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme', {
      admin: 'administrators',
      manager: 'managers',
      employee: 'employees',
      colleague: 'employees',
    });
    globex = await givenSite(server, 'globex');
    for (const who of Object.keys(acme.users)) as[who] = await signIn(acme, who);
    as.globexAdmin = await signIn(globex, 'admin');
    customerId = await createCustomer('Initech');
    archivedCustomerId = await createCustomer('Gone Inc');
    await as.admin!.request(
      `mutation($id: ID!) { customerUpdate(input: { id: $id, archived: true }) { errors { code } } }`,
      { id: archivedCustomerId },
    );
  });
  afterAll(() => server.close());

  it('creates a project with lead, members and tasks, and audits it', async () => {
    const res = await as.admin!.request(CREATE, {
      input: {
        customerId,
        name: ' Website relaunch ',
        code: ' ini-web ',
        billableByDefault: true,
        budgetMinutes: 6000,
        budgetAmount: 5_000_000_000,
        hourlyRate: 9500,
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        leadId: u('manager').id,
        memberIds: [u('employee').id, u('colleague').id, u('employee').id],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.projectCreate.errors).toEqual([]);
    const project = res.data.projectCreate.project;
    expect(project).toEqual({
      id: expect.any(String),
      name: 'Website relaunch',
      code: 'INI-WEB',
      billableByDefault: true,
      budgetMinutes: 6000,
      budgetAmount: 5_000_000_000,
      hourlyRate: 9500,
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      archived: false,
      customer: { name: 'Initech' },
      lead: { email: 'manager@acme.example' },
      members: [{ email: 'colleague@acme.example' }, { email: 'employee@acme.example' }],
      tasks: [],
    });
    const design = await createTask({ projectId: project.id, name: 'Design', hourlyRate: 12000 });
    await createTask({ projectId: project.id, name: 'Build' });
    expect(design).toMatchObject({
      billable: true,
      hourlyRate: 12000,
      project: { code: 'INI-WEB' },
    });

    const byId = await as.employee!.request(
      `query($id: ID!) { project(id: $id) { tasks { name billable hourlyRate } } }`,
      { id: project.id },
    );
    expect(byId.data.project.tasks).toEqual([
      { name: 'Build', billable: true, hourlyRate: null },
      { name: 'Design', billable: true, hourlyRate: 12000 },
    ]);
    const [created] = await auditOf(project.id);
    expect(created).toEqual({
      action: 'project.created',
      actor_id: u('admin').id,
      target_type: 'project',
      data: {
        after: {
          name: 'Website relaunch',
          code: 'INI-WEB',
          customer: customerId,
          billableByDefault: true,
          budgetMinutes: 6000,
          budgetAmount: 5_000_000_000,
          hourlyRate: 9500,
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          lead: u('manager').id,
          archived: false,
          members: [u('employee').id, u('colleague').id].sort(),
        },
      },
    });
    expect(await auditOf(design.id)).toEqual([
      {
        action: 'task.created',
        actor_id: u('admin').id,
        target_type: 'task',
        data: {
          project: project.id,
          after: { name: 'Design', billable: true, hourlyRate: 12000, archived: false },
        },
      },
    ]);
  });

  it('explains what is wrong with a project and creates nothing', async () => {
    await createProject({ name: 'Taken', code: 'TAKEN' });
    const before = (await as.admin!.request(LIST, { includeArchived: true })).data.projects
      .totalCount;
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const ok = { customerId, name: 'New', code: 'NEW' };
    const cases = [
      [{ ...ok, customerId: unknownId }, 'customerId', 'UNKNOWN_CUSTOMER', /no such customer/],
      [{ ...ok, customerId: 'nope' }, 'customerId', 'UNKNOWN_CUSTOMER', /no such customer/],
      [
        { ...ok, customerId: archivedCustomerId },
        'customerId',
        'ARCHIVED_CUSTOMER',
        /Gone Inc is archived/,
      ],
      [{ ...ok, name: '  ' }, 'name', 'INVALID_NAME', /name is required/],
      [{ ...ok, code: '' }, 'code', 'INVALID_CODE', /code is required/],
      [{ ...ok, code: 'WITH SPACE' }, 'code', 'INVALID_CODE', /without spaces/],
      [{ ...ok, code: 'X'.repeat(31) }, 'code', 'INVALID_CODE', /at most 30/],
      [{ ...ok, code: 'taken' }, 'code', 'CODE_TAKEN', /already has code TAKEN/],
      [{ ...ok, budgetMinutes: -1 }, 'budgetMinutes', 'INVALID_BUDGET', /0 or more/],
      [{ ...ok, budgetAmount: -100 }, 'budgetAmount', 'INVALID_BUDGET', /0 or more/],
      [{ ...ok, hourlyRate: -1 }, 'hourlyRate', 'INVALID_RATE', /0 or more/],
      [{ ...ok, startsOn: '2026-02-30' }, 'startsOn', 'INVALID_DATE', /YYYY-MM-DD/],
      [
        { ...ok, startsOn: '2026-03-01', endsOn: '2026-02-28' },
        'endsOn',
        'INVALID_PERIOD',
        /cannot end \(2026-02-28\) before it starts \(2026-03-01\)/,
      ],
      [{ ...ok, leadId: unknownId }, 'leadId', 'UNKNOWN_USER', /lead is not a user of this site/],
      [
        { ...ok, memberIds: [u('employee').id, globex.users.employee!.id] },
        'memberIds',
        'UNKNOWN_USER',
        /not a user of this site/,
      ],
      [{ ...ok, memberIds: ['nope'] }, 'memberIds', 'UNKNOWN_USER', /not a user of this site/],
    ] as const;
    for (const [input, field, code, message] of cases) {
      const res = await as.admin!.request(CREATE, { input });
      expect(res.errors, JSON.stringify(input)).toBeUndefined();
      expect(res.data.projectCreate.project).toBeNull();
      expect(res.data.projectCreate.errors).toEqual([
        { field, code, message: expect.stringMatching(message) },
      ]);
    }
    const after = (await as.admin!.request(LIST, { includeArchived: true })).data.projects
      .totalCount;
    expect(after).toBe(before);
    expect(
      await server.sql(
        `select 1 from audit_event where action = 'project.created' and data->'after'->>'code' = 'NEW'`,
      ),
    ).toEqual([]);
  });

  it('changes a project: members replaced, lead cleared, archived; audits what changed', async () => {
    const project = await createProject({
      name: 'Migration',
      code: 'MIG',
      hourlyRate: 8000,
      leadId: u('manager').id,
      memberIds: [u('employee').id],
    });
    const otherCustomer = await createCustomer('Hooli');
    const res = await as.admin!.request(UPDATE, {
      input: {
        id: project.id,
        name: 'Data migration',
        code: 'mig-2',
        customerId: otherCustomer,
        hourlyRate: null,
        leadId: null,
        endsOn: '2026-12-31',
        memberIds: [u('colleague').id, u('manager').id],
      },
    });
    expect(res.data.projectUpdate.errors).toEqual([]);
    expect(res.data.projectUpdate.project).toMatchObject({
      name: 'Data migration',
      code: 'MIG-2',
      hourlyRate: null,
      lead: null,
      endsOn: '2026-12-31',
      customer: { name: 'Hooli' },
      members: [{ email: 'colleague@acme.example' }, { email: 'manager@acme.example' }],
    });
    // Omitted fields keep their value; an empty member list removes everyone.
    const cleared = await as.admin!.request(UPDATE, {
      input: { id: project.id, memberIds: [], archived: true },
    });
    expect(cleared.data.projectUpdate.project).toMatchObject({
      name: 'Data migration',
      endsOn: '2026-12-31',
      members: [],
      archived: true,
    });
    const same = await as.admin!.request(UPDATE, {
      input: { id: project.id, name: 'Data migration' },
    });
    expect(same.data.projectUpdate.errors).toEqual([]);

    const events = await auditOf(project.id);
    expect(events.map(e => e.action)).toEqual([
      'project.created',
      'project.updated',
      'project.updated',
    ]);
    expect(events[1]!.data).toEqual({
      before: {
        name: 'Migration',
        code: 'MIG',
        customer: customerId,
        hourlyRate: 8000,
        endsOn: null,
        lead: u('manager').id,
        members: [u('employee').id],
      },
      after: {
        name: 'Data migration',
        code: 'MIG-2',
        customer: otherCustomer,
        hourlyRate: null,
        endsOn: '2026-12-31',
        lead: null,
        members: [u('colleague').id, u('manager').id].sort(),
      },
    });
    expect(events[2]!.data).toEqual({
      before: { archived: false, members: [u('colleague').id, u('manager').id].sort() },
      after: { archived: true, members: [] },
    });
  });

  it('refuses invalid changes and keeps the project as it was', async () => {
    const project = await createProject({ name: 'Stable', code: 'STABLE', startsOn: '2026-05-01' });
    const res = await as.admin!.request(UPDATE, {
      input: {
        id: project.id,
        code: 'taken',
        endsOn: '2026-04-30',
        memberIds: [globex.users.admin!.id],
        customerId: archivedCustomerId,
      },
    });
    expect(res.data.projectUpdate.project).toBeNull();
    expect(res.data.projectUpdate.errors.map((e: { code: string }) => e.code)).toEqual([
      'ARCHIVED_CUSTOMER',
      'UNKNOWN_USER',
      'INVALID_PERIOD',
      'CODE_TAKEN',
    ]);
    const unknown = await as.admin!.request(UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', name: 'X' },
    });
    expect(unknown.data.projectUpdate.errors).toEqual([
      { field: 'id', code: 'NOT_FOUND', message: 'There is no such project on this site.' },
    ]);
    const byId = await as.admin!.request(
      `query($id: ID!) { project(id: $id) { code endsOn members { id } customer { name } } }`,
      { id: project.id },
    );
    expect(byId.data.project).toEqual({
      code: 'STABLE',
      endsOn: null,
      members: [],
      customer: { name: 'Initech' },
    });
    expect((await auditOf(project.id)).map(e => e.action)).toEqual(['project.created']);
  });

  it('manages tasks: defaults from the project, unique names, archiving', async () => {
    const project = await createProject({ name: 'Support', code: 'SUP', billableByDefault: false });
    const triage = await createTask({ projectId: project.id, name: 'Triage' });
    expect(triage.billable).toBe(false);
    const fixes = await createTask({ projectId: project.id, name: 'Fixes', billable: true });
    const refusals = [
      [
        { projectId: project.id, name: 'triage' },
        'name',
        'NAME_TAKEN',
        /already has a task named triage/,
      ],
      [{ projectId: project.id, name: ' ' }, 'name', 'INVALID_NAME', /task name is required/],
      [
        { projectId: project.id, name: 'X', hourlyRate: -5 },
        'hourlyRate',
        'INVALID_RATE',
        /0 or more/,
      ],
      [
        { projectId: '00000000-0000-4000-8000-000000000000', name: 'X' },
        'projectId',
        'UNKNOWN_PROJECT',
        /no such project/,
      ],
    ] as const;
    for (const [input, field, code, message] of refusals) {
      const res = await as.admin!.request(TASK_CREATE, { input });
      expect(res.data.taskCreate).toEqual({
        task: null,
        errors: [{ field, code, message: expect.stringMatching(message) }],
      });
    }

    const renamed = await as.admin!.request(TASK_UPDATE, {
      input: { id: fixes.id, name: 'Bug fixes', hourlyRate: 11000, archived: true },
    });
    expect(renamed.data.taskUpdate).toEqual({
      task: {
        id: fixes.id,
        name: 'Bug fixes',
        billable: true,
        hourlyRate: 11000,
        archived: true,
        project: { code: 'SUP' },
      },
      errors: [],
    });
    const clash = await as.admin!.request(TASK_UPDATE, { input: { id: fixes.id, name: 'TRIAGE' } });
    expect(clash.data.taskUpdate.errors[0]).toMatchObject({ field: 'name', code: 'NAME_TAKEN' });
    // Changing only the case of its own name is fine.
    const recased = await as.admin!.request(TASK_UPDATE, {
      input: { id: triage.id, name: 'TRIAGE' },
    });
    expect(recased.data.taskUpdate.errors).toEqual([]);

    const tasks = await as.employee!.request(
      `query($p: ID!) { open: tasks(projectId: $p) { name } all: tasks(projectId: $p, includeArchived: true) { name archived }
         project(id: $p) { tasks { name } withArchived: tasks(includeArchived: true) { name } } }`,
      { p: project.id },
    );
    expect(tasks.data).toEqual({
      open: [{ name: 'TRIAGE' }],
      all: [
        { name: 'Bug fixes', archived: true },
        { name: 'TRIAGE', archived: false },
      ],
      project: {
        tasks: [{ name: 'TRIAGE' }],
        withArchived: [{ name: 'Bug fixes' }, { name: 'TRIAGE' }],
      },
    });
    expect((await auditOf(fixes.id)).map(e => [e.action, e.data])).toEqual([
      [
        'task.created',
        {
          project: project.id,
          after: { name: 'Fixes', billable: true, hourlyRate: null, archived: false },
        },
      ],
      [
        'task.updated',
        {
          project: project.id,
          before: { name: 'Fixes', hourlyRate: null, archived: false },
          after: { name: 'Bug fixes', hourlyRate: 11000, archived: true },
        },
      ],
    ]);

    await as.admin!.request(UPDATE, { input: { id: project.id, archived: true } });
    const onArchived = await as.admin!.request(TASK_CREATE, {
      input: { projectId: project.id, name: 'Late' },
    });
    expect(onArchived.data.taskCreate.errors).toEqual([
      { field: 'projectId', code: 'ARCHIVED_PROJECT', message: expect.stringMatching(/archived/) },
    ]);
  });

  it('lists what the viewer works on with mine, hides archived projects, searches', async () => {
    const hooli = await createCustomer('Hooli XYZ');
    const own = await createProject({
      name: 'Own work',
      code: 'OWN',
      memberIds: [u('colleague').id],
    });
    await createProject({ name: 'Led work', code: 'LED', leadId: u('colleague').id });
    const old = await createProject({
      name: 'Old work',
      code: 'OLD',
      memberIds: [u('colleague').id],
    });
    await as.admin!.request(UPDATE, { input: { id: old.id, archived: true } });
    await createProject({ name: 'Other work', code: 'OTHER', memberIds: [u('employee').id] });
    await createProject({ customerId: hooli, name: 'Hooli work', code: 'HOOLI' });

    // By name: Led work, Own work, Website relaunch (INI-WEB, a member since the first test).
    expect(await codes(as.colleague!, { mine: true })).toEqual(['LED', 'OWN', 'INI-WEB']);
    expect(await codes(as.colleague!, { mine: true, includeArchived: true })).toEqual([
      'LED',
      'OLD',
      'OWN',
      'INI-WEB',
    ]);
    expect(await codes(as.admin!, { mine: true })).toEqual([]);
    const everything = await codes(as.colleague!, { mine: false });
    expect(everything).toEqual(expect.arrayContaining(['LED', 'OWN', 'OTHER', 'HOOLI']));
    expect(everything).not.toContain('OLD');
    expect(await codes(as.colleague!, { search: 'work' })).toEqual([
      'HOOLI',
      'LED',
      'OTHER',
      'OWN',
    ]);
    expect(await codes(as.colleague!, { search: 'hoo' })).toEqual(['HOOLI']);
    expect(await codes(as.colleague!, { customerId: hooli })).toEqual(['HOOLI']);
    expect(await codes(as.colleague!, { customerId: 'not-an-id' })).toEqual([]);

    const customer = await as.colleague!.request(
      `query($id: ID!) { customer(id: $id) { projects { code } all: projects(includeArchived: true) { code } } }`,
      { id: hooli },
    );
    expect(customer.data.customer).toEqual({
      projects: [{ code: 'HOOLI' }],
      all: [{ code: 'HOOLI' }],
    });
    const ofInitech = await as.colleague!.request(
      `query($id: ID!) { customer(id: $id) { projects { code } all: projects(includeArchived: true) { code } } }`,
      { id: customerId },
    );
    expect(ofInitech.data.customer.all.map((p: { code: string }) => p.code)).toContain('OLD');
    expect(ofInitech.data.customer.projects.map((p: { code: string }) => p.code)).not.toContain(
      'OLD',
    );
    expect(own.code).toBe('OWN');
  });

  it('lets employees and managers read projects but not change them', async () => {
    const project = await createProject({ name: 'Read only', code: 'RO' });
    const task = await createTask({ projectId: project.id, name: 'Work' });
    for (const who of ['employee', 'manager']) {
      const client = as[who]!;
      const read = await client.request(
        `query($id: ID!) { project(id: $id) { code customer { name } tasks { project { code } } } }`,
        { id: project.id },
      );
      expect(read.data.project).toEqual({
        code: 'RO',
        customer: { name: 'Initech' },
        tasks: [{ project: { code: 'RO' } }],
      });
      const attempts = [
        [CREATE, { customerId, name: `By ${who}`, code: `BY-${who}` }, 'project.create'],
        [UPDATE, { id: project.id, name: 'Hacked' }, 'project.update'],
        [TASK_CREATE, { projectId: project.id, name: 'Sneaky' }, 'project.update'],
        [TASK_UPDATE, { id: task.id, archived: true }, 'project.update'],
      ] as const;
      for (const [mutation, input, permission] of attempts) {
        const res = await client.request(mutation, { input });
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
        expect(res.errors?.[0]?.message).toContain(permission);
      }
    }
    const after = await as.admin!.request(
      `query($id: ID!) { project(id: $id) { name tasks(includeArchived: true) { name archived } } }`,
      { id: project.id },
    );
    expect(after.data.project).toEqual({
      name: 'Read only',
      tasks: [{ name: 'Work', archived: false }],
    });
    expect(await codes(as.admin!, { search: 'by ' })).toEqual([]);
  });

  it('keeps projects and tasks inside their site', async () => {
    const project = await createProject({ name: 'Secret', code: 'SECRET' });
    const task = await createTask({ projectId: project.id, name: 'Hidden' });
    const res = await as.globexAdmin!.request(
      `query($id: ID!) { project(id: $id) { code } projects(includeArchived: true) { totalCount }
         tasks(projectId: $id, includeArchived: true) { id } }`,
      { id: project.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ project: null, projects: { totalCount: 0 }, tasks: [] });
    const update = await as.globexAdmin!.request(UPDATE, { input: { id: project.id, name: 'X' } });
    expect(update.data.projectUpdate.errors[0].code).toBe('NOT_FOUND');
    const taskUpdate = await as.globexAdmin!.request(TASK_UPDATE, {
      input: { id: task.id, name: 'X' },
    });
    expect(taskUpdate.data.taskUpdate.errors[0].code).toBe('NOT_FOUND');
    const taskCreate = await as.globexAdmin!.request(TASK_CREATE, {
      input: { projectId: project.id, name: 'Injected' },
    });
    expect(taskCreate.data.taskCreate.errors[0].code).toBe('UNKNOWN_PROJECT');
    const onOurCustomer = await as.globexAdmin!.request(CREATE, {
      input: { customerId, name: 'Theirs', code: 'THEIRS' },
    });
    expect(onOurCustomer.data.projectCreate.errors[0].code).toBe('UNKNOWN_CUSTOMER');
    // Codes are unique per site, not across sites.
    const [globexCustomer] = await server.operator(async em => {
      const { Customer } = await import('../customer/customer.entity.js');
      em.setFilterParams('site', { siteId: globex.id });
      const c = em.create(Customer, { site: globex.id, name: 'Globex own', currency: 'EUR' });
      await em.flush();
      return [c.id];
    });
    const sameCode = await as.globexAdmin!.request(CREATE, {
      input: { customerId: globexCustomer, name: 'Secret too', code: 'secret' },
    });
    expect(sameCode.data.projectCreate.errors).toEqual([]);
    const own = await as.admin!.request(
      `query($id: ID!) { project(id: $id) { name tasks { name } } }`,
      {
        id: project.id,
      },
    );
    expect(own.data.project).toEqual({ name: 'Secret', tasks: [{ name: 'Hidden' }] });
  });
});

describe('no N+1: listing projects and customers', () => {
  let server: TestServer;
  let statements = 0;
  beforeAll(async () => {
    server = await startTestServer({}, { onQuery: () => statements++ });
  });
  afterAll(() => server.close());

  it('uses the same number of SQL statements for 12 projects as for 2', async () => {
    const site = await givenSite(server, 'big');
    const admin = new GraphQLClient(server.url);
    await admin.login('big', site.users.admin!.email, TEST_PASSWORD);
    const users = Object.values(site.users).map(x => x.id);
    for (let c = 0; c < 3; c++) {
      const customer = await admin.request(
        `mutation($n: String!) { customerCreate(input: { name: $n }) { customer { id } } }`,
        { n: `Customer ${c}` },
      );
      for (let i = 0; i < 4; i++) {
        const res = await admin.request(CREATE, {
          input: {
            customerId: customer.data.customerCreate.customer.id,
            name: `Project ${c}-${i}`,
            code: `P${c}${i}`,
            leadId: users[i % 3],
            memberIds: [users[(i + 1) % 3], users[(i + 2) % 3]],
          },
        });
        for (const name of ['A', 'B'])
          await admin.request(TASK_CREATE, {
            input: { projectId: res.data.projectCreate.project.id, name },
          });
      }
    }
    const projects = `query($n: Int) { projects(first: $n) { nodes { code customer { name }
      lead { email } members { email } tasks { name project { code } } } } }`;
    const customers = `query($n: Int) { customers(first: $n) { nodes { name projects { code customer { name }
      members { email } tasks { name } } } } }`;
    const count = async (query: string, n: number) => {
      statements = 0;
      const res = await admin.request(query, { n });
      expect(res.errors).toBeUndefined();
      return statements;
    };
    const two = await count(projects, 2);
    const twelve = await count(projects, 12);
    expect(twelve).toBe(two);
    expect(two).toBeGreaterThan(2);
    // 8 for the request itself (transaction, session, site, viewer), 7 for the data.
    expect(two).toBeLessThan(20);
    expect(await count(customers, 3)).toBe(await count(customers, 1));
  });
});
