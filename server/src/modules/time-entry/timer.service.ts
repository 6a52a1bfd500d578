import { roundUp, todayIn } from '@horae/shared/time';
import type { UserActor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Project, Task } from '../project/project.entity.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import type { TimeEntry } from './time-entry.entity.js';
import { Timer } from './time-entry.entity.js';
import { createEntry } from './time-entry.service.js';

export type TimerResult = { timer: Timer | null; entry: TimeEntry | null; errors: UserError[] };

export async function currentTimer(ctx: RequestContext, actor: UserActor): Promise<Timer | null> {
  return ctx.em.findOne(Timer, { user: actor.userId });
}

/**
 * Stops the running timer: the elapsed time, rounded up to the site's step, becomes a time entry
 * on the day the timer started (in the user's time zone).
 */
export async function stopTimer(ctx: RequestContext, actor: UserActor): Promise<TimerResult> {
  const timer = await currentTimer(ctx, actor);
  if (!timer)
    return { timer: null, entry: null, errors: [UserError.of('NO_TIMER', 'No timer is running.')] };
  const site = await ctx.em.findOneOrFail(Site, actor.siteId);
  const user = await ctx.em.findOneOrFail(User, actor.userId);
  const endedAt = new Date();
  const elapsed = Math.max(1, Math.ceil((endedAt.getTime() - timer.startedAt.getTime()) / 60_000));
  const minutes = Math.min(24 * 60, roundUp(elapsed, site.roundingMinutes));
  const result = await createEntry(ctx, actor, {
    userId: actor.userId,
    projectId: timer.project.id,
    taskId: timer.task?.id ?? null,
    date: todayIn(user.timeZone ?? site.timeZone, timer.startedAt),
    minutes,
    description: timer.description,
    billable: null,
    startedAt: timer.startedAt,
    endedAt,
  });
  if (result.errors.length) return { timer, entry: null, errors: result.errors };
  await ctx.em.remove(timer).flush();
  return { timer: null, entry: result.entry, errors: [] };
}

/** Starts a timer; a timer already running is stopped first, so there is never more than one. */
export async function startTimer(
  ctx: RequestContext,
  actor: UserActor,
  input: { projectId: string; taskId: string | null; description: string },
): Promise<TimerResult> {
  const project = await ctx.em.findOne(Project, { id: input.projectId, archived: false });
  if (!project) {
    return {
      timer: null,
      entry: null,
      errors: [UserError.of('UNKNOWN_PROJECT', 'There is no such open project.', 'projectId')],
    };
  }
  if (
    input.taskId &&
    !(await ctx.em.findOne(Task, { id: input.taskId, project: project.id, archived: false }))
  ) {
    return {
      timer: null,
      entry: null,
      errors: [
        UserError.of(
          'UNKNOWN_TASK',
          `That task does not belong to project ${project.name}.`,
          'taskId',
        ),
      ],
    };
  }
  let stopped: TimeEntry | null = null;
  if (await currentTimer(ctx, actor)) {
    const result = await stopTimer(ctx, actor);
    if (result.errors.length) return result;
    stopped = result.entry;
  }
  const timer = ctx.em.create(Timer, {
    site: actor.siteId,
    user: actor.userId,
    project: project.id,
    task: input.taskId,
    description: input.description.trim(),
    startedAt: new Date(),
  });
  await ctx.em.flush();
  return { timer, entry: stopped, errors: [] };
}
