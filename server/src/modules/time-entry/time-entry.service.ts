import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate, weekStart } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Project, Task } from '../project/project.entity.js';
import { canReachUser } from '../team/scope.js';
import { Timesheet } from '../timesheet/timesheet.entity.js';
import { User } from '../user/user.entity.js';
import { TimeEntry } from './time-entry.entity.js';

export type EntryResult = { entry: TimeEntry | null; errors: UserError[] };

const fail = (code: string, message: string, field: string | null = null): EntryResult => ({
  entry: null,
  errors: [UserError.of(code, message, field)],
});

export const MAX_MINUTES_PER_ENTRY = 24 * 60;

/** Submitted and approved weeks are locked: their entries cannot be added, changed or deleted. */
export async function lockedWeekStatus(
  em: EntityManager,
  userId: string,
  date: string,
): Promise<'submitted' | 'approved' | null> {
  const sheet = await em.findOne(Timesheet, { user: userId, weekStart: weekStart(date) });
  return sheet && (sheet.status === 'submitted' || sheet.status === 'approved')
    ? sheet.status
    : null;
}

function lockedMessage(status: 'submitted' | 'approved', date: string): string {
  return status === 'approved'
    ? `The week of ${weekStart(date)} is approved and locked. Ask an administrator to reopen it.`
    : `The week of ${weekStart(date)} is submitted for approval. Ask your manager to reject it to make changes.`;
}

type EntryFields = {
  projectId: string;
  taskId: string | null;
  date: string;
  minutes: number;
  description: string;
  billable: boolean | null;
};

/** Checks project, task, date and duration; returns the resolved project and task or a refusal. */
async function validateFields(
  em: EntityManager,
  f: EntryFields,
): Promise<{ project: Project; task: Task | null } | EntryResult> {
  const project = isUuid(f.projectId) ? await em.findOne(Project, { id: f.projectId }) : null;
  if (!project) return fail('UNKNOWN_PROJECT', 'There is no such project.', 'projectId');
  if (project.archived) {
    return fail(
      'ARCHIVED_PROJECT',
      `Project ${project.name} is archived: time can no longer be registered on it.`,
      'projectId',
    );
  }
  let task: Task | null = null;
  if (f.taskId) {
    task = isUuid(f.taskId) ? await em.findOne(Task, { id: f.taskId, project: project.id }) : null;
    if (!task)
      return fail(
        'UNKNOWN_TASK',
        `That task does not belong to project ${project.name}.`,
        'taskId',
      );
    if (task.archived) return fail('ARCHIVED_TASK', `Task ${task.name} is archived.`, 'taskId');
  }
  if (!isIsoDate(f.date)) return fail('INVALID_DATE', 'Give the date as YYYY-MM-DD.', 'date');
  if (!Number.isInteger(f.minutes) || f.minutes < 1 || f.minutes > MAX_MINUTES_PER_ENTRY) {
    return fail('INVALID_DURATION', 'A time entry lasts between 1 minute and 24 hours.', 'minutes');
  }
  if (f.description.length > 2000) {
    return fail(
      'DESCRIPTION_TOO_LONG',
      'A description has at most 2000 characters.',
      'description',
    );
  }
  return { project, task };
}

function audit(
  ctx: RequestContext,
  actor: Actor,
  action: string,
  entry: TimeEntry,
  data: Record<string, unknown>,
) {
  return auditByUser(ctx, actor, action, { type: 'time_entry', id: entry.id }, data);
}

function snapshot(e: TimeEntry) {
  return {
    date: e.date,
    minutes: e.minutes,
    project: e.project.id,
    task: e.task?.id ?? null,
    description: e.description,
    billable: e.billable,
  };
}

export async function createEntry(
  ctx: RequestContext,
  actor: Actor,
  input: EntryFields & { userId: string | null; startedAt?: Date | null; endedAt?: Date | null },
): Promise<EntryResult> {
  const ownId = actor.kind === 'user' ? actor.userId : null;
  const userId = input.userId ?? ownId;
  if (!userId)
    return fail('USER_REQUIRED', 'A service must name the person: give "userId".', 'userId');
  if (userId !== ownId) {
    const user = isUuid(userId) ? await ctx.em.findOne(User, { id: userId }) : null;
    if (!user || !(await canReachUser(ctx.em, actor, 'timeEntry.create', userId))) {
      return fail('UNKNOWN_USER', 'You cannot register time for that person.', 'userId');
    }
  }
  const checked = await validateFields(ctx.em, input);
  if ('errors' in checked) return checked;
  const locked = await lockedWeekStatus(ctx.em, userId, input.date);
  if (locked) return fail('WEEK_LOCKED', lockedMessage(locked, input.date), 'date');
  const entry = ctx.em.create(TimeEntry, {
    site: actor.siteId,
    user: userId,
    project: checked.project.id,
    task: checked.task?.id ?? null,
    date: input.date,
    minutes: input.minutes,
    description: input.description.trim(),
    billable:
      input.billable ?? ((checked.task?.billable ?? true) && checked.project.billableByDefault),
    startedAt: input.startedAt ?? null,
    endedAt: input.endedAt ?? null,
  });
  await ctx.em.flush();
  await audit(ctx, actor, 'time_entry.created', entry, { after: snapshot(entry) });
  return { entry, errors: [] };
}

async function findChangeable(
  ctx: RequestContext,
  actor: Actor,
  id: string,
  permission: 'timeEntry.update' | 'timeEntry.delete',
): Promise<TimeEntry | EntryResult> {
  const entry = isUuid(id) ? await ctx.em.findOne(TimeEntry, { id }) : null;
  if (!entry || !(await canReachUser(ctx.em, actor, permission, entry.user.id))) {
    return fail('NOT_FOUND', 'There is no such time entry that you may change.', 'id');
  }
  if (entry.status === 'invoiced' || entry.invoice) {
    return fail('INVOICED', 'This time is on an invoice and can no longer be changed.', 'id');
  }
  const locked = await lockedWeekStatus(ctx.em, entry.user.id, entry.date);
  if (locked) return fail('WEEK_LOCKED', lockedMessage(locked, entry.date), 'id');
  return entry;
}

export async function updateEntry(
  ctx: RequestContext,
  actor: Actor,
  input: Partial<EntryFields> & { id: string },
): Promise<EntryResult> {
  const entry = await findChangeable(ctx, actor, input.id, 'timeEntry.update');
  if (!('id' in entry)) return entry;
  const before = snapshot(entry);
  const merged: EntryFields = {
    projectId: input.projectId ?? entry.project.id,
    taskId: input.taskId !== undefined ? input.taskId : (entry.task?.id ?? null),
    date: input.date ?? entry.date,
    minutes: input.minutes ?? entry.minutes,
    description: input.description ?? entry.description,
    billable: input.billable ?? entry.billable,
  };
  const checked = await validateFields(ctx.em, merged);
  if ('errors' in checked) return checked;
  if (merged.date !== entry.date) {
    const locked = await lockedWeekStatus(ctx.em, entry.user.id, merged.date);
    if (locked) return fail('WEEK_LOCKED', lockedMessage(locked, merged.date), 'date');
  }
  ctx.em.assign(entry, {
    project: checked.project.id,
    task: checked.task?.id ?? null,
    date: merged.date,
    minutes: merged.minutes,
    description: merged.description.trim(),
    billable: merged.billable ?? entry.billable,
  });
  await ctx.em.flush();
  const after = snapshot(entry);
  const changed = Object.keys(after).filter(
    k =>
      JSON.stringify(after[k as keyof typeof after]) !==
      JSON.stringify(before[k as keyof typeof before]),
  );
  if (changed.length) {
    await audit(ctx, actor, 'time_entry.updated', entry, {
      before: Object.fromEntries(changed.map(k => [k, before[k as keyof typeof before]])),
      after: Object.fromEntries(changed.map(k => [k, after[k as keyof typeof after]])),
    });
  }
  return { entry, errors: [] };
}

export async function deleteEntry(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<EntryResult> {
  const entry = await findChangeable(ctx, actor, id, 'timeEntry.delete');
  if (!('id' in entry)) return entry;
  await audit(ctx, actor, 'time_entry.deleted', entry, { before: snapshot(entry) });
  await ctx.em.remove(entry).flush();
  return { entry, errors: [] };
}
