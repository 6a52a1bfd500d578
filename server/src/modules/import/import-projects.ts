import { Customer } from '../customer/customer.entity.js';
import { changes, requiredText } from '../customer/fields.js';
import { Project, Task } from '../project/project.entity.js';
import { codeOf } from '../project/project.service.js';
import { User } from '../user/user.entity.js';
import {
  describeChanges,
  needs,
  RowReader,
  SeenKeys,
  type ImportRun,
  type Plan,
  type PlannedUpdate,
  type RowResult,
  writeCreatesAndUpdates,
} from './import-plan.js';
import { nameKey, parseBoolean, parseDate, parseHours, parseMoney } from './import-values.js';

type ProjectFields = {
  name: string;
  customer: string;
  billableByDefault: boolean;
  hourlyRate: number | null;
  budgetMinutes: number | null;
  startsOn: string | null;
  endsOn: string | null;
  lead: string | null;
};

function projectSnapshot(p: Project): ProjectFields {
  return {
    name: p.name,
    customer: p.customer.id,
    billableByDefault: p.billableByDefault,
    hourlyRate: p.hourlyRate ?? null,
    budgetMinutes: p.budgetMinutes ?? null,
    startsOn: p.startsOn ?? null,
    endsOn: p.endsOn ?? null,
    lead: p.lead?.id ?? null,
  };
}

/** A customer by its number, else by its name when that is unique. */
export function customerFinder(customers: readonly Customer[]) {
  const byNumber = new Map(customers.flatMap(c => (c.number ? [[c.number, c] as const] : [])));
  const byName = new Map<string, Customer[]>();
  for (const c of customers)
    byName.set(nameKey(c.name), [...(byName.get(nameKey(c.name)) ?? []), c]);
  return (text: string): Customer | 'ambiguous' | null => {
    const exact = byNumber.get(text);
    if (exact) return exact;
    const named = byName.get(nameKey(text)) ?? [];
    return named.length > 1 ? 'ambiguous' : (named[0] ?? null);
  };
}

/** Projects by code: new codes are created, known ones updated with the mapped columns. */
export async function planProjects(run: ImportRun): Promise<Plan> {
  const { ctx, actor } = run;
  const customers = await ctx.em.find(Customer, {});
  const customerNames = new Map(customers.map(c => [c.id, c.name]));
  const findCustomer = customerFinder(customers);
  const byCode = new Map((await ctx.em.find(Project, {})).map(p => [p.code, p]));
  const users = run.mapping.has('lead') ? await ctx.em.find(User, {}) : [];
  const userByEmail = new Map(users.map(u => [u.email, u]));
  const emails = new Map(users.map(u => [u.id, u.email]));
  const canUpdate = actor.permissions.has('project.update');
  const seen = new SeenKeys();
  const rows: RowResult[] = [];
  const creates: (ProjectFields & { code: string })[] = [];
  const updates: PlannedUpdate<Project, ProjectFields & { code: string }>[] = [];
  const shown = (f: Partial<ProjectFields>) => ({
    ...f,
    ...(f.customer !== undefined && { customer: customerNames.get(f.customer) }),
    ...(f.lead !== undefined && { lead: f.lead ? emails.get(f.lead) : null }),
  });

  for (const row of run.rows) {
    const r = new RowReader(row, run);
    const code = r.check('code', codeOf(r.text('code')));
    const name = r.check(
      'name',
      requiredText(r.text('name'), {
        field: 'name',
        code: 'INVALID_NAME',
        label: 'A project name',
        max: 200,
      }),
    );
    const customerText = r.text('customer');
    const customer = customerText ? findCustomer(customerText) : null;
    if (!customerText) r.refuse('customer', 'UNKNOWN_CUSTOMER', 'A project needs its customer.');
    else if (customer === 'ambiguous') {
      r.refuse(
        'customer',
        'AMBIGUOUS_CUSTOMER',
        `Several customers are named ${customerText}: give the customer number.`,
      );
    } else if (!customer) {
      r.refuse(
        'customer',
        'UNKNOWN_CUSTOMER',
        `There is no customer with number or name "${customerText}". Import the customers first.`,
      );
    }
    const next: Partial<ProjectFields> = { name };
    if (customer && customer !== 'ambiguous') next.customer = customer.id;
    const billable = r.parse('billable', 'INVALID_BILLABLE', parseBoolean(r.text('billable')));
    if (billable != null) next.billableByDefault = billable;
    if (r.has('hourlyRate'))
      next.hourlyRate = r.parse('hourlyRate', 'INVALID_RATE', parseMoney(r.text('hourlyRate')));
    if (r.has('budgetHours'))
      next.budgetMinutes = r.parse(
        'budgetHours',
        'INVALID_BUDGET',
        parseHours(r.text('budgetHours')),
      );
    for (const field of ['startsOn', 'endsOn'] as const) {
      if (!r.has(field)) continue;
      const text = r.text(field);
      next[field] = text ? r.parse(field, 'INVALID_DATE', parseDate(text, run.dateFormat)) : null;
    }
    if (next.startsOn && next.endsOn && next.endsOn < next.startsOn) {
      r.refuse(
        'endsOn',
        'INVALID_PERIOD',
        `The project cannot end (${next.endsOn}) before it starts (${next.startsOn}).`,
      );
    }
    if (r.has('lead')) {
      const email = r.text('lead').toLowerCase();
      const lead = email ? userByEmail.get(email) : null;
      if (email && !lead)
        r.refuse('lead', 'UNKNOWN_USER', `Nobody on this site has the email ${email}.`);
      next.lead = lead?.id ?? null;
    }
    if (code) seen.claim(r, 'code', code, `project code ${code}`);
    const key = code ?? r.text('code');
    const match = code ? byCode.get(code) : undefined;
    const customerEntity = customer && customer !== 'ambiguous' ? customer : null;
    if (customerEntity?.archived && (!match || match.customer.id !== customerEntity.id)) {
      r.refuse(
        'customer',
        'ARCHIVED_CUSTOMER',
        `Customer ${customerEntity.name} is archived: restore it first to add projects to it.`,
      );
    }
    if (!match) {
      rows.push(
        r.result(
          'create',
          key,
          `${key} · ${name ?? r.text('name')} (${customerEntity?.name ?? customerText})`,
        ),
      );
      if (!r.problems.length) {
        creates.push({
          code: code!,
          name: name!,
          customer: customerEntity!.id,
          billableByDefault: billable ?? true,
          hourlyRate: next.hourlyRate ?? null,
          budgetMinutes: next.budgetMinutes ?? null,
          startsOn: next.startsOn ?? null,
          endsOn: next.endsOn ?? null,
          lead: next.lead ?? null,
        });
      }
      continue;
    }
    const { before, after, changed } = changes(projectSnapshot(match), next);
    if (changed && !canUpdate)
      r.refuse(null, 'FORBIDDEN', needs('project.update', `Changing project ${key}`));
    const summary = changed ? describeChanges(shown(before), shown(after)) : match.name;
    rows.push(r.result(changed ? 'update' : 'unchanged', key, `${key} · ${summary}`));
    if (changed && !r.problems.length) updates.push({ entity: match, before, after });
  }

  return {
    rows,
    related: [],
    apply: async () => ({
      audit: await writeCreatesAndUpdates(ctx, actor.siteId, Project, 'project', creates, updates),
      notes: [],
    }),
  };
}

type TaskFields = { name: string; billable: boolean; hourlyRate: number | null };

/** Tasks by project code and name (ignoring case): new ones created, known ones updated. */
export async function planTasks(run: ImportRun): Promise<Plan> {
  const { ctx, actor } = run;
  const byCode = new Map((await ctx.em.find(Project, {})).map(p => [p.code, p]));
  const tasks = await ctx.em.find(Task, {});
  const byKey = new Map(tasks.map(t => [`${t.project.id}|${nameKey(t.name)}`, t]));
  const seen = new SeenKeys();
  const rows: RowResult[] = [];
  const creates: (TaskFields & { project: string })[] = [];
  const updates: PlannedUpdate<Task, TaskFields & { project: string }>[] = [];

  for (const row of run.rows) {
    const r = new RowReader(row, run);
    const code = r.check('project', codeOf(r.text('project')));
    const project = code ? byCode.get(code) : undefined;
    if (code && !project) {
      r.refuse(
        'project',
        'UNKNOWN_PROJECT',
        `There is no project with code ${code}. Import the projects first.`,
      );
    }
    const name = r.check(
      'name',
      requiredText(r.text('name'), {
        field: 'name',
        code: 'INVALID_NAME',
        label: 'A task name',
        max: 200,
      }),
    );
    const billable = r.parse('billable', 'INVALID_BILLABLE', parseBoolean(r.text('billable')));
    const next: Partial<TaskFields> = { name };
    if (billable != null) next.billable = billable;
    if (r.has('hourlyRate'))
      next.hourlyRate = r.parse('hourlyRate', 'INVALID_RATE', parseMoney(r.text('hourlyRate')));
    const key = `${code ?? r.text('project')} / ${name ?? r.text('name')}`;
    if (project && name)
      seen.claim(r, 'name', `${project.id}|${nameKey(name)}`, `task ${name} of project ${code}`);
    const match = project && name ? byKey.get(`${project.id}|${nameKey(name)}`) : undefined;
    if (!match) {
      if (project?.archived) {
        r.refuse(
          'project',
          'ARCHIVED_PROJECT',
          `Project ${project.name} is archived: restore it first to add tasks.`,
        );
      }
      rows.push(r.result('create', key, key));
      if (!r.problems.length) {
        creates.push({
          project: project!.id,
          name: name!,
          billable: billable ?? project!.billableByDefault,
          hourlyRate: next.hourlyRate ?? null,
        });
      }
      continue;
    }
    const { before, after, changed } = changes(
      { name: match.name, billable: match.billable, hourlyRate: match.hourlyRate ?? null },
      next,
    );
    rows.push(
      r.result(
        changed ? 'update' : 'unchanged',
        key,
        changed ? `${key} · ${describeChanges(before, after)}` : key,
      ),
    );
    if (changed && !r.problems.length) updates.push({ entity: match, before, after });
  }

  return {
    rows,
    related: [],
    apply: async () => ({
      audit: await writeCreatesAndUpdates(ctx, actor.siteId, Task, 'task', creates, updates, {
        created: fields => ({ project: fields.project }),
        updated: task => ({ project: task.project.id }),
      }),
      notes: [],
    }),
  };
}
