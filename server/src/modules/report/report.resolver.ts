import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { Customer } from '../customer/customer.entity.js';
import { CustomerNode } from '../customer/customer.type.js';
import { Project, Task } from '../project/project.entity.js';
import { ProjectNode, TaskNode } from '../project/project.type.js';
import { User } from '../user/user.entity.js';
import { UserNode } from '../user/user.type.js';
import { buildReport } from './report.service.js';
import { Report, ReportInput, ReportRow } from './report.type.js';

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Report, {
    description:
      'Hours and amounts of the time the viewer may see (report.read: own, team or all), grouped by the chosen dimensions, with totals.',
  })
  async report(
    @Arg('input', () => ReportInput) input: ReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Report> {
    return buildReport(ctx, requireActor(ctx), input);
  }
}

/** The objects behind a row's ids, each kind loaded in one batched statement for all rows. */
@Resolver(() => ReportRow)
export class ReportRowResolver {
  @FieldResolver(() => CustomerNode, { nullable: true, description: 'On CUSTOMER rows.' })
  async customer(@Root() row: ReportRow, @Ctx() ctx: RequestContext): Promise<CustomerNode | null> {
    const customer = row.customerId ? await ctx.loadById(Customer, row.customerId) : null;
    return customer ? CustomerNode.from(customer) : null;
  }

  @FieldResolver(() => ProjectNode, { nullable: true, description: 'On PROJECT and TASK rows.' })
  async project(@Root() row: ReportRow, @Ctx() ctx: RequestContext): Promise<ProjectNode | null> {
    const project = row.projectId ? await ctx.loadById(Project, row.projectId) : null;
    return project ? ProjectNode.from(project) : null;
  }

  @FieldResolver(() => TaskNode, {
    nullable: true,
    description: 'On TASK rows; null there for time without a task.',
  })
  async task(@Root() row: ReportRow, @Ctx() ctx: RequestContext): Promise<TaskNode | null> {
    const task = row.taskId ? await ctx.loadById(Task, row.taskId) : null;
    return task ? TaskNode.from(task) : null;
  }

  @FieldResolver(() => UserNode, { nullable: true, description: 'On USER rows.' })
  async user(@Root() row: ReportRow, @Ctx() ctx: RequestContext): Promise<UserNode | null> {
    const user = row.userId ? await ctx.loadById(User, row.userId) : null;
    return user ? UserNode.from(user) : null;
  }
}
