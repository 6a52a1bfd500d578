import { isIsoDate } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Customer } from '../customer/customer.entity.js';
import { changes, optionalAmount, Problems, requiredText } from '../customer/fields.js';
import { User } from '../user/user.entity.js';
import { Project, ProjectMember } from './project.entity.js';
import { forgetProject } from './project.loaders.js';

export type ProjectResult = { project: Project | null; errors: UserError[] };

const fail = (...errors: UserError[]): ProjectResult => ({ project: null, errors });

const NAME = { field: 'name', code: 'INVALID_NAME', label: 'A project name', max: 200 };
const CODE_MAX = 30;

export function codeOf(value: string): string | UserError {
  const code = value.trim().toUpperCase();
  if (!code) return UserError.of('INVALID_CODE', 'A project code is required.', 'code');
  if (code.length > CODE_MAX) {
    return UserError.of(
      'INVALID_CODE',
      `A project code has at most ${CODE_MAX} characters.`,
      'code',
    );
  }
  if (!/^[A-Z0-9][A-Z0-9._-]*$/.test(code)) {
    return UserError.of(
      'INVALID_CODE',
      'A project code uses letters, digits, "-", "_" and "." only, without spaces (e.g. ACME-WEB).',
      'code',
    );
  }
  return code;
}

function dateOf(value: string | null, field: 'startsOn' | 'endsOn'): string | null | UserError {
  if (value === null || value.trim() === '') return null;
  if (!isIsoDate(value.trim())) {
    const label = field === 'startsOn' ? 'the start date' : 'the end date';
    return UserError.of('INVALID_DATE', `Give ${label} as YYYY-MM-DD (e.g. 2026-01-31).`, field);
  }
  return value.trim();
}

const BUDGET_MINUTES = { field: 'budgetMinutes', code: 'INVALID_BUDGET', label: 'A time budget' };
const BUDGET_AMOUNT = { field: 'budgetAmount', code: 'INVALID_BUDGET', label: 'A money budget' };
const RATE = { field: 'hourlyRate', code: 'INVALID_RATE', label: 'An hourly rate' };

async function codeTaken(ctx: RequestContext, code: string, exceptId?: string) {
  const where = exceptId ? { code, id: { $ne: exceptId } } : { code };
  if (!(await ctx.em.count(Project, where))) return null;
  return UserError.of(
    'CODE_TAKEN',
    `Another project on this site already has code ${code}.`,
    'code',
  );
}

/** A customer of the site that takes new projects, or why not. */
async function customerFor(ctx: RequestContext, id: string): Promise<Customer | UserError> {
  const customer = isUuid(id) ? await ctx.em.findOne(Customer, { id }) : null;
  if (!customer) {
    return UserError.of(
      'UNKNOWN_CUSTOMER',
      'There is no such customer on this site.',
      'customerId',
    );
  }
  if (customer.archived) {
    return UserError.of(
      'ARCHIVED_CUSTOMER',
      `Customer ${customer.name} is archived: restore it first to add projects to it.`,
      'customerId',
    );
  }
  return customer;
}

async function leadFor(ctx: RequestContext, id: string | null): Promise<string | null | UserError> {
  if (id === null) return null;
  if (isUuid(id) && (await ctx.em.count(User, { id }))) return id;
  return UserError.of('UNKNOWN_USER', 'The chosen lead is not a user of this site.', 'leadId');
}

async function membersFor(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<string[] | UserError> {
  const unique = [...new Set(ids)].sort();
  const found = unique.every(isUuid)
    ? unique.length && (await ctx.em.count(User, { id: { $in: unique } }))
    : -1;
  if (found !== unique.length) {
    return UserError.of(
      'UNKNOWN_USER',
      unique.length === 1
        ? 'The chosen member is not a user of this site.'
        : 'One of the chosen members is not a user of this site.',
      'memberIds',
    );
  }
  return unique;
}

function periodProblem(startsOn: string | null, endsOn: string | null): UserError | null {
  if (startsOn && endsOn && endsOn < startsOn) {
    return UserError.of(
      'INVALID_PERIOD',
      `The project cannot end (${endsOn}) before it starts (${startsOn}).`,
      'endsOn',
    );
  }
  return null;
}

async function memberIdsOf(ctx: RequestContext, projectId: string): Promise<string[]> {
  const members = await ctx.em.find(ProjectMember, { project: projectId });
  return members.map(m => m.user.id).sort();
}

/** Makes the member list exactly `userIds`, touching only what changes. */
async function setMembers(
  ctx: RequestContext,
  actor: Actor,
  projectId: string,
  current: readonly string[],
  userIds: readonly string[],
) {
  const removed = current.filter(id => !userIds.includes(id));
  const added = userIds.filter(id => !current.includes(id));
  if (removed.length) {
    await ctx.em.nativeDelete(ProjectMember, { project: projectId, user: { $in: removed } });
  }
  for (const user of added) {
    ctx.em.create(ProjectMember, { site: actor.siteId, project: projectId, user });
  }
  await ctx.em.flush();
}

type Snapshot = {
  name: string;
  code: string;
  customer: string;
  billableByDefault: boolean;
  budgetMinutes: number | null;
  budgetAmount: number | null;
  hourlyRate: number | null;
  startsOn: string | null;
  endsOn: string | null;
  lead: string | null;
  archived: boolean;
  members: string[];
};

function snapshot(p: Project, members: string[]): Snapshot {
  return {
    name: p.name,
    code: p.code,
    customer: p.customer.id,
    billableByDefault: p.billableByDefault,
    budgetMinutes: p.budgetMinutes ?? null,
    budgetAmount: p.budgetAmount ?? null,
    hourlyRate: p.hourlyRate ?? null,
    startsOn: p.startsOn ?? null,
    endsOn: p.endsOn ?? null,
    lead: p.lead?.id ?? null,
    archived: p.archived,
    members,
  };
}

function audit(
  ctx: RequestContext,
  actor: Actor,
  action: string,
  project: Project,
  data: Record<string, unknown>,
) {
  return auditByUser(ctx, actor, action, { type: 'project', id: project.id }, data);
}

export type ProjectCreateFields = {
  customerId: string;
  name: string;
  code: string;
  billableByDefault?: boolean | null;
  budgetMinutes?: number | null;
  budgetAmount?: number | null;
  hourlyRate?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  leadId?: string | null;
  memberIds?: readonly string[] | null;
};

export async function createProject(
  ctx: RequestContext,
  actor: Actor,
  input: ProjectCreateFields,
): Promise<ProjectResult> {
  const problems = new Problems();
  const customer = problems.take(await customerFor(ctx, input.customerId));
  const name = problems.take(requiredText(input.name, NAME));
  const code = problems.take(codeOf(input.code));
  const budgetMinutes = problems.take(optionalAmount(input.budgetMinutes ?? null, BUDGET_MINUTES));
  const budgetAmount = problems.take(optionalAmount(input.budgetAmount ?? null, BUDGET_AMOUNT));
  const hourlyRate = problems.take(optionalAmount(input.hourlyRate ?? null, RATE));
  const startsOn = problems.take(dateOf(input.startsOn ?? null, 'startsOn'));
  const endsOn = problems.take(dateOf(input.endsOn ?? null, 'endsOn'));
  const period = periodProblem(startsOn ?? null, endsOn ?? null);
  if (period) problems.add(period);
  const lead = problems.take(await leadFor(ctx, input.leadId ?? null));
  const members = problems.take(await membersFor(ctx, input.memberIds ?? []));
  if (code) {
    const taken = await codeTaken(ctx, code);
    if (taken) problems.add(taken);
  }
  if (problems.any) return fail(...problems.errors);

  const project = ctx.em.create(Project, {
    site: actor.siteId,
    customer: customer!.id,
    name: name!,
    code: code!,
    billableByDefault: input.billableByDefault ?? true,
    budgetMinutes: budgetMinutes ?? null,
    budgetAmount: budgetAmount ?? null,
    hourlyRate: hourlyRate ?? null,
    startsOn: startsOn ?? null,
    endsOn: endsOn ?? null,
    lead: lead ?? null,
    archived: false,
  });
  await ctx.em.flush();
  await setMembers(ctx, actor, project.id, [], members!);
  forgetProject(ctx, project.id, [customer!.id]);
  await audit(ctx, actor, 'project.created', project, { after: snapshot(project, members!) });
  return { project, errors: [] };
}

export type ProjectUpdateFields = {
  id: string;
  customerId?: string | null;
  name?: string | null;
  code?: string | null;
  billableByDefault?: boolean | null;
  budgetMinutes?: number | null;
  budgetAmount?: number | null;
  hourlyRate?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  leadId?: string | null;
  memberIds?: readonly string[] | null;
  archived?: boolean | null;
};

/**
 * Changes what is given. Omitted fields (undefined) keep their value; null clears the optional
 * ones (budgets, rate, dates, lead) and keeps the required ones.
 */
export async function updateProject(
  ctx: RequestContext,
  actor: Actor,
  input: ProjectUpdateFields,
): Promise<ProjectResult> {
  const project = await ctx.em.findOne(Project, { id: input.id });
  if (!project) {
    return fail(UserError.of('NOT_FOUND', 'There is no such project on this site.', 'id'));
  }
  const currentMembers = await memberIdsOf(ctx, project.id);
  const current = snapshot(project, currentMembers);
  const problems = new Problems();
  const next: Partial<Snapshot> = {};
  if (input.customerId != null && input.customerId !== current.customer) {
    next.customer = problems.take(await customerFor(ctx, input.customerId))?.id;
  }
  if (input.name != null) next.name = problems.take(requiredText(input.name, NAME));
  if (input.code != null) next.code = problems.take(codeOf(input.code));
  if (input.billableByDefault != null) next.billableByDefault = input.billableByDefault;
  if (input.budgetMinutes !== undefined) {
    next.budgetMinutes = problems.take(optionalAmount(input.budgetMinutes, BUDGET_MINUTES));
  }
  if (input.budgetAmount !== undefined) {
    next.budgetAmount = problems.take(optionalAmount(input.budgetAmount, BUDGET_AMOUNT));
  }
  if (input.hourlyRate !== undefined) {
    next.hourlyRate = problems.take(optionalAmount(input.hourlyRate, RATE));
  }
  if (input.startsOn !== undefined)
    next.startsOn = problems.take(dateOf(input.startsOn, 'startsOn'));
  if (input.endsOn !== undefined) next.endsOn = problems.take(dateOf(input.endsOn, 'endsOn'));
  if (input.leadId !== undefined && input.leadId !== current.lead) {
    next.lead = problems.take(await leadFor(ctx, input.leadId));
  }
  if (input.memberIds != null) next.members = problems.take(await membersFor(ctx, input.memberIds));
  if (input.archived != null) next.archived = input.archived;
  const period = periodProblem(
    next.startsOn !== undefined ? next.startsOn : current.startsOn,
    next.endsOn !== undefined ? next.endsOn : current.endsOn,
  );
  if (period) problems.add(period);
  if (next.code && next.code !== current.code) {
    const taken = await codeTaken(ctx, next.code, project.id);
    if (taken) problems.add(taken);
  }
  if (problems.any) return fail(...problems.errors);

  const { before, after, changed } = changes(current, next);
  if (!changed) return { project, errors: [] };

  const { members, ...fields } = after;
  ctx.em.assign(project, fields);
  await ctx.em.flush();
  if (members) await setMembers(ctx, actor, project.id, currentMembers, members);
  forgetProject(ctx, project.id, [current.customer, project.customer.id]);
  await audit(ctx, actor, 'project.updated', project, { before, after });
  return { project, errors: [] };
}

/** Projects a user works on: those they are a member of, and those they lead. */
export async function mineFilter(ctx: RequestContext, userId: string) {
  const memberships = await ctx.em.find(ProjectMember, { user: userId });
  return { $or: [{ lead: userId }, { id: { $in: memberships.map(m => m.project.id) } }] };
}
