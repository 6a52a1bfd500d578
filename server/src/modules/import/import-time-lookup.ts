import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/context.js';
import type { Customer } from '../customer/customer.entity.js';
import type { Project, Task } from '../project/project.entity.js';
import { codeOf } from '../project/project.service.js';
import type { User } from '../user/user.entity.js';
import { needs, type RowReader } from './import-plan.js';
import { customerFinder } from './import-projects.js';
import { nameKey } from './import-values.js';

/** Who did the work: by email, else by name (unique on the site), else the importer. */
export function personFinder(users: readonly User[], actor: Actor) {
  const byEmail = new Map(users.map(u => [u.email, u]));
  const byName = new Map<string, User[]>();
  for (const u of users) {
    const key = nameKey(u.displayName);
    byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  const byId = new Map(users.map(u => [u.id, u]));
  return (r: RowReader): User | undefined => {
    const email = r.text('email').toLowerCase();
    if (email) {
      const user = byEmail.get(email);
      if (!user) {
        r.refuse(
          'email',
          'UNKNOWN_PERSON',
          `Nobody on this site has the email ${email}. Import the people first.`,
        );
      }
      return user;
    }
    const name = r.text('person') || `${r.text('firstName')} ${r.text('lastName')}`.trim();
    const field = r.text('person') ? 'person' : 'firstName';
    if (name) {
      const found = byName.get(nameKey(name)) ?? [];
      if (found.length === 1) return found[0];
      r.refuse(
        field,
        found.length ? 'AMBIGUOUS_PERSON' : 'UNKNOWN_PERSON',
        found.length
          ? `Several people are named ${name}: map the email column to tell them apart.`
          : `Nobody on this site is named ${name}. Import the people first, or map the email column.`,
      );
      return undefined;
    }
    if (r.has('email') || r.has('person') || r.has('firstName')) {
      r.refuse(
        r.has('email') ? 'email' : field,
        'PERSON_REQUIRED',
        'The row does not say who did the work.',
      );
      return undefined;
    }
    if (actor.kind === 'user') return byId.get(actor.userId);
    r.refuse(null, 'PERSON_REQUIRED', 'A service must say whose time it is: map the email column.');
    return undefined;
  };
}

export type ProjectRef = {
  id: string;
  code: string;
  name: string;
  billableByDefault: boolean;
  archived: boolean;
};
export type TaskRef = { id: string; name: string; billable: boolean; archived: boolean };

export type Creations = {
  customers: Map<string, { id: string; name: string }>;
  projects: Map<string, ProjectRef & { customer: string }>;
  tasks: Map<string, TaskRef & { project: string }>;
};

const MISSING_HINT = 'Create it first, or choose “Create missing customers, projects and tasks”.';

/** A project code from a name: ACME Web Shop -> ACME-WEB-SHOP, unique on the site. */
function codeFrom(name: string, taken: (code: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 24)
      .replace(/-+$/, '') || 'PROJECT';
  let code = base;
  for (let n = 2; taken(code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * Project and task of a row, by code or name (with the customer telling same-named projects
 * apart). With `createMissing`, what is missing is planned once and shared by every row naming it.
 */
export function workFinder(
  data: { customers: Customer[]; projects: Project[]; tasks: Task[] },
  actor: Actor,
  createMissing: boolean,
) {
  const findCustomer = customerFinder(data.customers);
  const customerById = new Map(data.customers.map(c => [c.id, c]));
  const byCode = new Map<string, ProjectRef>(data.projects.map(p => [p.code, p]));
  const byName = new Map<string, Project[]>();
  for (const p of data.projects)
    byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p]);
  const taskByKey = new Map<string, TaskRef>(
    data.tasks.map(t => [`${t.project.id}|${nameKey(t.name)}`, t]),
  );
  const created: Creations = { customers: new Map(), projects: new Map(), tasks: new Map() };
  const can = (p: Parameters<typeof actor.permissions.has>[0]) => actor.permissions.has(p);
  const newProjectIds = new Set<string>();

  const ofCustomer = (p: Project, text: string) => {
    const c = customerById.get(p.customer.id);
    return !!c && (c.number === text || nameKey(c.name) === nameKey(text));
  };

  function planProject(r: RowReader, code: string | null, name: string, customerText: string) {
    const label = code ? `code ${code}` : `named “${name}”`;
    if (!createMissing) {
      r.refuse(
        code ? 'projectCode' : 'project',
        'UNKNOWN_PROJECT',
        `There is no project ${label}${customerText ? ` of customer ${customerText}` : ''}. ${MISSING_HINT}`,
      );
      return undefined;
    }
    if (!can('project.create')) {
      r.refuse('project', 'FORBIDDEN', needs('project.create', `Creating project ${name || code}`));
      return undefined;
    }
    if (!customerText) {
      r.refuse(
        'customer',
        'CUSTOMER_REQUIRED',
        `To create project ${name || code}, the row needs its customer.`,
      );
      return undefined;
    }
    const customer = findCustomer(customerText);
    if (customer === 'ambiguous') {
      r.refuse('customer', 'AMBIGUOUS_CUSTOMER', `Several customers are named ${customerText}.`);
      return undefined;
    }
    let customerId = customer?.id;
    if (!customer) {
      const key = nameKey(customerText);
      const planned = created.customers.get(key);
      if (!planned && !can('customer.create')) {
        r.refuse(
          'customer',
          'FORBIDDEN',
          needs('customer.create', `Creating customer ${customerText}`),
        );
        return undefined;
      }
      customerId = planned?.id ?? randomUUID();
      if (!planned) created.customers.set(key, { id: customerId, name: customerText });
    }
    const key = code ?? `${customerId}|${nameKey(name)}`;
    const existing = created.projects.get(key);
    if (existing) return existing;
    const finalCode =
      code ??
      codeFrom(name, c => byCode.has(c) || [...created.projects.values()].some(p => p.code === c));
    const project = {
      id: randomUUID(),
      code: finalCode,
      name: name || finalCode,
      customer: customerId!,
      billableByDefault: true,
      archived: false,
    };
    created.projects.set(key, project);
    newProjectIds.add(project.id);
    return project;
  }

  function findProject(r: RowReader): ProjectRef | undefined {
    const rawCode = r.text('projectCode');
    const name = r.text('project');
    const customerText = r.text('customer');
    const code = rawCode ? r.check('projectCode', codeOf(rawCode)) : null;
    if (code === undefined) return undefined;
    if (!code && !name) {
      r.refuse('project', 'PROJECT_REQUIRED', 'The row does not name a project.');
      return undefined;
    }
    let project: ProjectRef | undefined;
    if (code) project = byCode.get(code) ?? created.projects.get(code);
    // A code the other tool invented (Kimai's project number) may not be Horae's: try the name.
    if (!project && name) {
      let candidates = byName.get(nameKey(name)) ?? [];
      // The customer only tells same-named projects apart; its spelling may differ elsewhere.
      if (customerText && candidates.length > 1) {
        candidates = candidates.filter(p => ofCustomer(p, customerText));
      }
      if (candidates.length > 1) {
        r.refuse(
          'project',
          'AMBIGUOUS_PROJECT',
          `Several projects are named ${name}: map the project code or the customer column.`,
        );
        return undefined;
      }
      project = candidates[0] ?? (code ? undefined : byCode.get(name.toUpperCase()));
    }
    if (!project) {
      const customer = findCustomer(customerText);
      const customerKey =
        customer && customer !== 'ambiguous'
          ? customer.id
          : created.customers.get(nameKey(customerText))?.id;
      project =
        created.projects.get(`${customerKey}|${nameKey(name)}`) ??
        planProject(r, code, name, customerText);
    }
    if (project?.archived) {
      r.refuse(
        'project',
        'ARCHIVED_PROJECT',
        `Project ${project.name} is archived: time can no longer be registered on it.`,
      );
    }
    return project;
  }

  function findTask(r: RowReader, project: ProjectRef): TaskRef | null | undefined {
    const name = r.text('task');
    if (!name) return null;
    const key = `${project.id}|${nameKey(name)}`;
    const task = taskByKey.get(key) ?? created.tasks.get(key);
    if (task) {
      if (task.archived) r.refuse('task', 'ARCHIVED_TASK', `Task ${task.name} is archived.`);
      return task;
    }
    if (!createMissing) {
      r.refuse(
        'task',
        'UNKNOWN_TASK',
        `Project ${project.name} has no task named ${name}. ${MISSING_HINT}`,
      );
      return undefined;
    }
    if (!newProjectIds.has(project.id) && !can('project.update')) {
      r.refuse(
        'task',
        'FORBIDDEN',
        needs('project.update', `Adding task ${name} to project ${project.name}`),
      );
      return undefined;
    }
    if ([...name].length > 200) {
      r.refuse('task', 'INVALID_NAME', 'A task name has at most 200 characters.');
      return undefined;
    }
    const planned = {
      id: randomUUID(),
      name,
      billable: project.billableByDefault,
      archived: false,
      project: project.id,
    };
    created.tasks.set(key, planned);
    return planned;
  }

  return { findProject, findTask, created };
}
