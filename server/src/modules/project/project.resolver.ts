import { isUuid } from '@horae/shared/validation';
import { SafeIntResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { Customer } from '../customer/customer.entity.js';
import { likePattern } from '../../graphql/search.js';
import { CustomerNode } from '../customer/customer.type.js';
import { User } from '../user/user.entity.js';
import { UserNode } from '../user/user.type.js';
import { Project } from './project.entity.js';
import { projectLoaders } from './project.loaders.js';
import { createProject, mineFilter, updateProject, type ProjectResult } from './project.service.js';
import { ProjectConnection, ProjectNode, ProjectPayload, TaskNode } from './project.type.js';

/** The filter of the project list, shared with the CSV export. */
export async function projectsWhere(
  ctx: RequestContext,
  args: {
    search?: string | null;
    customerId?: string | null;
    includeArchived?: boolean | null;
    mine?: boolean | null;
  },
): Promise<Record<string, unknown>> {
  const conditions: Record<string, unknown>[] = [];
  if (!args.includeArchived) conditions.push({ archived: false });
  if (args.search?.trim()) {
    const like = likePattern(args.search);
    conditions.push({ $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] });
  }
  if (args.customerId != null) {
    // An id that cannot name a customer matches nothing.
    conditions.push(isUuid(args.customerId) ? { customer: args.customerId } : { id: { $in: [] } });
  }
  if (args.mine) {
    const actor = requireActor(ctx);
    // A service is a member of no project: "mine" matches nothing for it.
    if (actor.kind === 'user') conditions.push(await mineFilter(ctx, actor.userId));
    else conditions.push({ id: { $in: [] } });
  }
  return conditions.length ? { $and: conditions } : {};
}

@ArgsType()
class ProjectsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Matches name or code (case-insensitive).' })
  search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the projects of this customer.' })
  customerId?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only the projects the viewer works on (member or lead): what they register time on.',
  })
  mine?: boolean | null;
}

@InputType('ProjectCreateInput')
class ProjectCreateInput {
  @Field(() => ID, { description: 'A customer of the site that is not archived.' })
  customerId!: string;
  @Field(() => String, { description: 'Required, at most 200 characters.' }) name!: string;
  @Field(() => String, {
    description: 'Unique per site, stored upper-case: letters, digits, "-", "_", "." (≤ 30).',
  })
  code!: string;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  billableByDefault?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Minutes, 0 or more.' })
  budgetMinutes?: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Minor units (cents), 0 or more.' })
  budgetAmount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minor units (cents) per hour, 0 or more.' })
  hourlyRate?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startsOn.' })
  endsOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'A user of the site; approves team time.' })
  leadId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Users of the site who work on it.' })
  memberIds?: string[] | null;
}

@InputType('ProjectUpdateInput', {
  description:
    'Changes the fields given. Omitted fields keep their value; null clears budgets, rate, dates and lead.',
})
class ProjectUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Moves the project to another customer.' })
  customerId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => Boolean, { nullable: true }) billableByDefault?: boolean | null;
  @Field(() => Int, { nullable: true }) budgetMinutes?: number | null;
  @Field(() => SafeIntResolver, { nullable: true }) budgetAmount?: number | null;
  @Field(() => Int, { nullable: true }) hourlyRate?: number | null;
  @Field(() => String, { nullable: true }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
  @Field(() => ID, { nullable: true }) leadId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces all members when given.' })
  memberIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Archive (true) or restore (false).' })
  archived?: boolean | null;
}

function toPayload(result: ProjectResult): ProjectPayload {
  return Object.assign(new ProjectPayload(), {
    project: result.project ? ProjectNode.from(result.project) : null,
    errors: result.errors,
  });
}

@Resolver(() => ProjectNode)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects of the site, ordered by name.' })
  async projects(@Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: RequestContext) {
    const where = await projectsWhere(ctx, args);
    const page = await paginate(ctx.em, Project, where, 'name', args);
    return mapConnection(page, n => ProjectNode.from(n));
  }

  @Query(() => ProjectNode, {
    nullable: true,
    description: 'A project of the site by id (archived too), or null.',
  })
  async project(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectNode | null> {
    if (!isUuid(id)) return null;
    const project = await ctx.em.findOne(Project, { id });
    return project ? ProjectNode.from(project) : null;
  }

  @FieldResolver(() => CustomerNode)
  async customer(@Root() project: ProjectNode, @Ctx() ctx: RequestContext): Promise<CustomerNode> {
    const customer = await ctx.loadById(Customer, project.customerId);
    if (!customer) throw new Error(`Project ${project.id} has no customer ${project.customerId}`);
    return CustomerNode.from(customer);
  }

  @FieldResolver(() => UserNode, {
    nullable: true,
    description: 'Approves the time of the members (team scope).',
  })
  async lead(@Root() project: ProjectNode, @Ctx() ctx: RequestContext): Promise<UserNode | null> {
    if (!project.leadId) return null;
    const user = await ctx.loadById(User, project.leadId);
    return user ? UserNode.from(user) : null;
  }

  @FieldResolver(() => [UserNode], { description: 'The people who work on it, by name.' })
  async members(@Root() project: ProjectNode, @Ctx() ctx: RequestContext): Promise<UserNode[]> {
    const users = await projectLoaders(ctx).membersByProject.load(project.id);
    return users.map(u => UserNode.from(u));
  }

  @FieldResolver(() => [TaskNode], { description: 'Tasks of the project, by name.' })
  async tasks(
    @Root() project: ProjectNode,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false })
    includeArchived: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskNode[]> {
    const tasks = await projectLoaders(ctx).tasksByProject.load(project.id);
    return tasks.filter(t => includeArchived || !t.archived).map(t => TaskNode.from(t));
  }

  @Mutation(() => ProjectPayload, { description: 'Adds a project to a customer.' })
  async projectCreate(
    @Arg('input', () => ProjectCreateInput) input: ProjectCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectPayload> {
    return toPayload(await createProject(ctx, requireActor(ctx), input));
  }

  @Mutation(() => ProjectPayload, {
    description: 'Changes a project and its members, archives or restores it.',
  })
  async projectUpdate(
    @Arg('input', () => ProjectUpdateInput) input: ProjectUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectPayload> {
    if (!isUuid(input.id)) {
      return toPayload({
        project: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such project on this site.', 'id')],
      });
    }
    return toPayload(await updateProject(ctx, requireActor(ctx), input));
  }
}
