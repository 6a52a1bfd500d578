import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Project, Task } from '../project/project.entity.js';
import { ProjectNode, TaskNode } from '../project/project.type.js';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { TimeEntryNode, TimerNode, TimerPayload, TimerStartInput } from './time-entry.type.js';
import { currentTimer, startTimer, stopTimer, type TimerResult } from './timer.service.js';

function toPayload(result: TimerResult): TimerPayload {
  return Object.assign(new TimerPayload(), {
    timer: result.timer ? TimerNode.from(result.timer) : null,
    stoppedEntry: result.entry ? TimeEntryNode.from(result.entry) : null,
    errors: result.errors,
  });
}

@Resolver(() => TimerNode)
export class TimerResolver {
  @Query(() => TimerNode, {
    nullable: true,
    description: 'The viewer’s running timer, on any device.',
  })
  async timer(@Ctx() ctx: RequestContext): Promise<TimerNode | null> {
    const timer = await currentTimer(ctx, requireUser(ctx));
    return timer ? TimerNode.from(timer) : null;
  }

  @FieldResolver(() => ProjectNode)
  async project(@Root() timer: TimerNode, @Ctx() ctx: RequestContext): Promise<ProjectNode> {
    const project = await ctx.loadById(Project, timer.projectId);
    if (!project) throw new Error(`timer ${timer.id} has no project`);
    return ProjectNode.from(project);
  }

  @FieldResolver(() => TaskNode, { nullable: true })
  async task(@Root() timer: TimerNode, @Ctx() ctx: RequestContext): Promise<TaskNode | null> {
    if (!timer.taskId) return null;
    const task = await ctx.loadById(Task, timer.taskId);
    return task ? TaskNode.from(task) : null;
  }

  @Mutation(() => TimerPayload, { description: 'Starts a timer; a running one is stopped first.' })
  async timerStart(
    @Arg('input', () => TimerStartInput) input: TimerStartInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TimerPayload> {
    return toPayload(
      await startTimer(ctx, requireUser(ctx), { ...input, taskId: input.taskId ?? null }),
    );
  }

  @Mutation(() => TimerPayload, { description: 'Stops the timer and registers the time.' })
  async timerStop(@Ctx() ctx: RequestContext): Promise<TimerPayload> {
    return toPayload(await stopTimer(ctx, requireUser(ctx)));
  }
}
