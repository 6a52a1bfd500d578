import { addDays, isIsoDate, weekStart } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import DataLoader from 'dataloader';
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
import { requireActor, requireUser } from '../../core/context.js';
import { badUserInput, forbidden } from '../../core/errors.js';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import { canReachUser, reachableUserIds } from '../team/scope.js';
import { TimeEntry } from '../time-entry/time-entry.entity.js';
import { TimeEntryNode } from '../time-entry/time-entry.type.js';
import { User } from '../user/user.entity.js';
import { UserNode } from '../user/user.type.js';
import { Timesheet } from './timesheet.entity.js';
import {
  approveWeek,
  rejectWeek,
  reopenWeek,
  submitWeek,
  type SheetResult,
} from './timesheet.service.js';
import {
  TimesheetConnection,
  TimesheetNode,
  TimesheetPayload,
  TimesheetStatusEnum,
} from './timesheet.type.js';

@ArgsType()
class TimesheetsArgs extends ConnectionArgs {
  @Field(() => TimesheetStatusEnum, {
    nullable: true,
    description: 'SUBMITTED for an approvals inbox.',
  })
  status?: TimesheetStatusEnum | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
}

/** The filter of the timesheet list (with the actor's scope), shared with the CSV export. */
export async function timesheetsWhere(
  ctx: RequestContext,
  args: { status?: string | null; userId?: string | null },
): Promise<Record<string, unknown>> {
  const actor = requireActor(ctx);
  if (args.userId && !isUuid(args.userId))
    throw badUserInput('"userId" is not a valid id.', 'userId');
  const where: Record<string, unknown> = {};
  const reachable = await reachableUserIds(ctx.em, actor, 'timesheet.read');
  if (reachable)
    where.user = { $in: args.userId ? reachable.filter(u => u === args.userId) : reachable };
  else if (args.userId) where.user = args.userId;
  if (args.status) where.status = args.status;
  return where;
}

type WeekKey = { userId: string; weekStart: string };

/** Entries of many (user, week) pairs in one statement. */
const entryLoaders = new WeakMap<RequestContext, DataLoader<WeekKey, TimeEntry[], string>>();
function entriesOfWeek(ctx: RequestContext): DataLoader<WeekKey, TimeEntry[], string> {
  let loader = entryLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<WeekKey, TimeEntry[], string>(
      async keys => {
        const users = [...new Set(keys.map(k => k.userId))];
        const weeks = keys.map(k => k.weekStart).sort();
        const rows = await ctx.em.find(
          TimeEntry,
          { user: { $in: users }, date: { $gte: weeks[0]!, $lte: addDays(weeks.at(-1)!, 6) } },
          { orderBy: { date: 'asc', createdAt: 'asc' } },
        );
        return keys.map(k =>
          rows.filter(r => r.user.id === k.userId && weekStart(r.date) === k.weekStart),
        );
      },
      { cacheKeyFn: k => `${k.userId}/${k.weekStart}` },
    );
    entryLoaders.set(ctx, loader);
  }
  return loader;
}

async function view(ctx: RequestContext, sheet: Timesheet): Promise<TimesheetNode> {
  const entries = await entriesOfWeek(ctx).load({
    userId: sheet.user.id,
    weekStart: sheet.weekStart,
  });
  const total = entries.reduce((s, e) => s + e.minutes, 0);
  return TimesheetNode.of(sheet.user.id, sheet.weekStart, sheet, total);
}

async function toPayload(ctx: RequestContext, result: SheetResult): Promise<TimesheetPayload> {
  if (result.timesheet) entriesOfWeek(ctx).clearAll();
  return Object.assign(new TimesheetPayload(), {
    timesheet: result.timesheet ? await view(ctx, result.timesheet) : null,
    errors: result.errors,
  });
}

@Resolver(() => TimesheetNode)
export class TimesheetResolver {
  @Query(() => TimesheetNode, {
    description: 'The week containing `week` (any day, YYYY-MM-DD) of the viewer or of `userId`.',
  })
  async timesheet(
    @Arg('week', () => String) week: string,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TimesheetNode> {
    const actor = requireActor(ctx);
    if (!isIsoDate(week))
      throw badUserInput('"week" must be a day of the week as YYYY-MM-DD.', 'week');
    const owner = userId ?? (actor.kind === 'user' ? actor.userId : null);
    if (!owner) throw badUserInput('A service must name the person: give "userId".', 'userId');
    if (!isUuid(owner) || !(await canReachUser(ctx.em, actor, 'timesheet.read', owner))) {
      throw forbidden('You may not see that person’s timesheets.');
    }
    const monday = weekStart(week);
    const sheet = await ctx.em.findOne(Timesheet, { user: owner, weekStart: monday });
    const entries = await entriesOfWeek(ctx).load({ userId: owner, weekStart: monday });
    return TimesheetNode.of(
      owner,
      monday,
      sheet,
      entries.reduce((s, e) => s + e.minutes, 0),
    );
  }

  @Query(() => TimesheetConnection, {
    description: 'Submitted or decided weeks the viewer may see, newest first.',
  })
  async timesheets(@Args(() => TimesheetsArgs) args: TimesheetsArgs, @Ctx() ctx: RequestContext) {
    const where = await timesheetsWhere(ctx, args);
    const page = await paginate(ctx.em, Timesheet, where, 'weekStart', args, 'desc');
    const nodes = await Promise.all(page.nodes.map(s => view(ctx, s)));
    return {
      ...page,
      nodes,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })),
    };
  }

  @FieldResolver(() => UserNode)
  async user(@Root() sheet: TimesheetNode, @Ctx() ctx: RequestContext): Promise<UserNode> {
    const user = await ctx.loadById(User, sheet.userId);
    if (!user) throw new Error(`timesheet of unknown user ${sheet.userId}`);
    return UserNode.from(user);
  }

  @FieldResolver(() => UserNode, { nullable: true, description: 'Who approved or rejected it.' })
  async decidedBy(
    @Root() sheet: TimesheetNode,
    @Ctx() ctx: RequestContext,
  ): Promise<UserNode | null> {
    if (!sheet.decidedById) return null;
    const user = await ctx.loadById(User, sheet.decidedById);
    return user ? UserNode.from(user) : null;
  }

  @FieldResolver(() => [TimeEntryNode])
  async entries(
    @Root() sheet: TimesheetNode,
    @Ctx() ctx: RequestContext,
  ): Promise<TimeEntryNode[]> {
    const entries = await entriesOfWeek(ctx).load({
      userId: sheet.userId,
      weekStart: sheet.weekStart,
    });
    return entries.map(e => TimeEntryNode.from(e));
  }

  @Mutation(() => TimesheetPayload, {
    description: 'Submits the viewer’s week for approval; locks it.',
  })
  async timesheetSubmit(
    @Arg('week', () => String) week: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TimesheetPayload> {
    return toPayload(ctx, await submitWeek(ctx, requireUser(ctx), week));
  }

  @Mutation(() => TimesheetPayload, {
    description: 'Approves a submitted week and fixes rates and amounts.',
  })
  async timesheetApprove(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TimesheetPayload> {
    return toPayload(ctx, await approveWeek(ctx, requireUser(ctx), id));
  }

  @Mutation(() => TimesheetPayload, { description: 'Sends a submitted week back with a comment.' })
  async timesheetReject(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TimesheetPayload> {
    return toPayload(ctx, await rejectWeek(ctx, requireUser(ctx), id, comment));
  }

  @Mutation(() => TimesheetPayload, { description: 'Reopens an approved week (administrators).' })
  async timesheetReopen(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TimesheetPayload> {
    return toPayload(ctx, await reopenWeek(ctx, requireUser(ctx), id));
  }
}
