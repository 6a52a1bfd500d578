import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { changes, optionalAmount, Problems, requiredText } from '../customer/fields.js';
import { Project, Task } from './project.entity.js';
import { forgetProject } from './project.loaders.js';

export type TaskResult = { task: Task | null; errors: UserError[] };

const fail = (...errors: UserError[]): TaskResult => ({ task: null, errors });

const NAME = { field: 'name', code: 'INVALID_NAME', label: 'A task name', max: 200 };
const RATE = { field: 'hourlyRate', code: 'INVALID_RATE', label: 'An hourly rate' };

/** Task names are unique per project, ignoring case ("Design" and "design" are one task). */
async function nameTaken(ctx: RequestContext, project: Project, name: string, exceptId?: string) {
  const like = name.replace(/[\\%_]/g, m => `\\${m}`);
  const where = {
    project: project.id,
    name: { $ilike: like },
    ...(exceptId && { id: { $ne: exceptId } }),
  };
  if (!(await ctx.em.count(Task, where))) return null;
  return UserError.of(
    'NAME_TAKEN',
    `Project ${project.name} already has a task named ${name}.`,
    'name',
  );
}

type Snapshot = { name: string; billable: boolean; hourlyRate: number | null; archived: boolean };

function snapshot(t: Task): Snapshot {
  return {
    name: t.name,
    billable: t.billable,
    hourlyRate: t.hourlyRate ?? null,
    archived: t.archived,
  };
}

function audit(
  ctx: RequestContext,
  actor: Actor,
  action: string,
  task: Task,
  data: Record<string, unknown>,
) {
  return auditByUser(
    ctx,
    actor,
    action,
    { type: 'task', id: task.id },
    { project: task.project.id, ...data },
  );
}

export async function createTask(
  ctx: RequestContext,
  actor: Actor,
  input: { projectId: string; name: string; billable?: boolean | null; hourlyRate?: number | null },
): Promise<TaskResult> {
  const project = isUuid(input.projectId)
    ? await ctx.em.findOne(Project, { id: input.projectId })
    : null;
  if (!project) {
    return fail(
      UserError.of('UNKNOWN_PROJECT', 'There is no such project on this site.', 'projectId'),
    );
  }
  if (project.archived) {
    return fail(
      UserError.of(
        'ARCHIVED_PROJECT',
        `Project ${project.name} is archived: restore it first to add tasks.`,
        'projectId',
      ),
    );
  }
  const problems = new Problems();
  const name = problems.take(requiredText(input.name, NAME));
  const hourlyRate = problems.take(optionalAmount(input.hourlyRate ?? null, RATE));
  if (name) {
    const taken = await nameTaken(ctx, project, name);
    if (taken) problems.add(taken);
  }
  if (problems.any) return fail(...problems.errors);
  const task = ctx.em.create(Task, {
    site: actor.siteId,
    project: project.id,
    name: name!,
    billable: input.billable ?? project.billableByDefault,
    hourlyRate: hourlyRate ?? null,
    archived: false,
  });
  await ctx.em.flush();
  forgetProject(ctx, project.id);
  await audit(ctx, actor, 'task.created', task, { after: snapshot(task) });
  return { task, errors: [] };
}

/** Omitted fields keep their value; a null hourlyRate clears it (the project's rate applies). */
export async function updateTask(
  ctx: RequestContext,
  actor: Actor,
  input: {
    id: string;
    name?: string | null;
    billable?: boolean | null;
    hourlyRate?: number | null;
    archived?: boolean | null;
  },
): Promise<TaskResult> {
  const task = await ctx.em.findOne(Task, { id: input.id }, { populate: ['project'] });
  if (!task) return fail(UserError.of('NOT_FOUND', 'There is no such task on this site.', 'id'));
  const project = task.project.getEntity();
  const problems = new Problems();
  const next: Partial<Snapshot> = {};
  if (input.name != null) next.name = problems.take(requiredText(input.name, NAME));
  if (input.billable != null) next.billable = input.billable;
  if (input.hourlyRate !== undefined) {
    next.hourlyRate = problems.take(optionalAmount(input.hourlyRate, RATE));
  }
  if (input.archived != null) next.archived = input.archived;
  if (next.name && next.name !== task.name) {
    const taken = await nameTaken(ctx, project, next.name, task.id);
    if (taken) problems.add(taken);
  }
  if (problems.any) return fail(...problems.errors);

  const { before, after, changed } = changes(snapshot(task), next);
  if (!changed) return { task, errors: [] };
  ctx.em.assign(task, after);
  await ctx.em.flush();
  forgetProject(ctx, project.id);
  await audit(ctx, actor, 'task.updated', task, { before, after });
  return { task, errors: [] };
}
