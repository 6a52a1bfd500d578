import { isUuid } from '@horae/shared/validation';
import { isIsoDate } from '@horae/shared/time';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { badUserInput } from '../../core/errors.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { reachableUserIds } from '../team/scope.js';
import { Project, Task } from '../project/project.entity.js';
import { ProjectNode, TaskNode } from '../project/project.type.js';
import { User } from '../user/user.entity.js';
import { UserNode } from '../user/user.type.js';
import { TimeEntry } from './time-entry.entity.js';
import { createEntry, deleteEntry, updateEntry, type EntryResult } from './time-entry.service.js';
import {
  TimeEntryConnection,
  TimeEntryCreateInput,
  TimeEntryDeletePayload,
  TimeEntryNode,
  TimeEntryPayload,
  TimeEntryStatusEnum,
  TimeEntryUpdateInput,
} from './time-entry.type.js';

/** The filter of the time entry list (with the actor's scope), shared with the CSV export. */
export async function timeEntriesWhere(
  ctx: RequestContext,
  args: {
    from?: string | null;
    to?: string | null;
    userId?: string | null;
    projectId?: string | null;
    customerId?: string | null;
    status?: string | null;
    billable?: boolean | null;
  },
): Promise<Record<string, unknown>> {
  const actor = requireActor(ctx);
  const where: Record<string, unknown> = {};
  for (const [name, value] of [
    ['from', args.from],
    ['to', args.to],
  ] as const) {
    if (value && !isIsoDate(value))
      throw badUserInput(`"${name}" must be a date as YYYY-MM-DD.`, name);
  }
  if (args.from || args.to) {
    where.date = {
      ...(args.from ? { $gte: args.from } : {}),
      ...(args.to ? { $lte: args.to } : {}),
    };
  }
  const reachable = await reachableUserIds(ctx.em, actor, 'timeEntry.read');
  const users = args.userId ? [args.userId] : null;
  if (reachable && users) where.user = { $in: users.filter(u => reachable.includes(u)) };
  else if (reachable) where.user = { $in: reachable };
  else if (users) where.user = { $in: users };
  if (args.projectId) where.project = args.projectId;
  else if (args.customerId) {
    where.project = isUuid(args.customerId) ? { customer: args.customerId } : { id: { $in: [] } };
  }
  if (args.status) where.status = args.status;
  if (args.billable != null) where.billable = args.billable;
  return where;
}

@ArgsType()
class TimeEntriesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'First day, inclusive (YYYY-MM-DD).' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day, inclusive (YYYY-MM-DD).' })
  to?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only time on this customer’s projects.' })
  customerId?: string | null;
  @Field(() => TimeEntryStatusEnum, { nullable: true }) status?: TimeEntryStatusEnum | null;
  @Field(() => Boolean, { nullable: true }) billable?: boolean | null;
}

function toPayload(result: EntryResult): TimeEntryPayload {
  return Object.assign(new TimeEntryPayload(), {
    timeEntry: result.entry ? TimeEntryNode.from(result.entry) : null,
    errors: result.errors,
  });
}

@Resolver(() => TimeEntryNode)
export class TimeEntryResolver {
  @Query(() => TimeEntryConnection, {
    description:
      'Time entries the viewer may see (own, team or all by their timeEntry.read scope), newest first.',
  })
  async timeEntries(
    @Args(() => TimeEntriesArgs) args: TimeEntriesArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const where = await timeEntriesWhere(ctx, args);
    // Who, which project (and customer) and task are shown with every entry: one statement for
    // the page and its related rows; the field resolvers below then find them loaded.
    const page = await paginate(ctx.em, TimeEntry, where, 'date', args, 'desc', [
      'user',
      'project.customer',
      'task',
    ]);
    return mapConnection(page, e => TimeEntryNode.from(e));
  }

  @FieldResolver(() => UserNode)
  async user(@Root() entry: TimeEntryNode, @Ctx() ctx: RequestContext): Promise<UserNode> {
    const user = await ctx.loadById(User, entry.userId);
    if (!user) throw new Error(`time entry ${entry.id} has no user`);
    return UserNode.from(user);
  }

  @FieldResolver(() => ProjectNode)
  async project(@Root() entry: TimeEntryNode, @Ctx() ctx: RequestContext): Promise<ProjectNode> {
    const project = await ctx.loadById(Project, entry.projectId);
    if (!project) throw new Error(`time entry ${entry.id} has no project`);
    return ProjectNode.from(project);
  }

  @FieldResolver(() => TaskNode, { nullable: true })
  async task(@Root() entry: TimeEntryNode, @Ctx() ctx: RequestContext): Promise<TaskNode | null> {
    if (!entry.taskId) return null;
    const task = await ctx.loadById(Task, entry.taskId);
    return task ? TaskNode.from(task) : null;
  }

  @Mutation(() => TimeEntryPayload)
  async timeEntryCreate(
    @Arg('input', () => TimeEntryCreateInput) input: TimeEntryCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeEntryPayload> {
    const { startedAt, endedAt } = input;
    let minutes = input.minutes ?? null;
    if (minutes == null && startedAt && endedAt) {
      if (endedAt <= startedAt) {
        return toPayload({
          entry: null,
          errors: [UserError.of('INVALID_PERIOD', 'The end must be after the start.', 'endedAt')],
        });
      }
      minutes = Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000);
    }
    if (minutes == null) {
      return toPayload({
        entry: null,
        errors: [
          UserError.of('INVALID_DURATION', 'Give minutes, or a start and an end.', 'minutes'),
        ],
      });
    }
    return toPayload(
      await createEntry(ctx, requireActor(ctx), {
        ...input,
        minutes,
        taskId: input.taskId ?? null,
        billable: input.billable ?? null,
        userId: input.userId ?? null,
        startedAt: startedAt ?? null,
        endedAt: endedAt ?? null,
      }),
    );
  }

  @Mutation(() => TimeEntryPayload, {
    description: 'Refused for weeks that are submitted or approved.',
  })
  async timeEntryUpdate(
    @Arg('input', () => TimeEntryUpdateInput) input: TimeEntryUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeEntryPayload> {
    return toPayload(
      await updateEntry(ctx, requireActor(ctx), {
        id: input.id,
        projectId: input.projectId ?? undefined,
        taskId: input.taskId,
        date: input.date ?? undefined,
        minutes: input.minutes ?? undefined,
        description: input.description ?? undefined,
        billable: input.billable ?? undefined,
      }),
    );
  }

  @Mutation(() => TimeEntryDeletePayload)
  async timeEntryDelete(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeEntryDeletePayload> {
    const result = await deleteEntry(ctx, requireActor(ctx), id);
    return Object.assign(new TimeEntryDeletePayload(), {
      deletedId: result.entry ? id : null,
      errors: result.errors,
    });
  }
}
