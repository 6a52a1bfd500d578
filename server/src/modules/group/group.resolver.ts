import { isUuid } from '@horae/shared/validation';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { UserNode } from '../user/user.type.js';
import {
  createGroup,
  deleteGroup,
  setMembership,
  updateGroup,
  type GroupResult,
} from './group-admin.service.js';
import { Group, GroupMembership } from './group.entity.js';
import { GroupConnection, GroupNode } from './group.type.js';

@ObjectType('GroupMember', { simpleResolvers: true })
class GroupMemberNode {
  @Field(() => UserNode) user!: UserNode;
  @Field(() => Boolean, { description: 'Managers approve the time of the group’s members.' })
  isManager!: boolean;
}

@ObjectType('GroupPayload', { simpleResolvers: true })
class GroupPayload {
  @Field(() => GroupNode, { nullable: true }) group!: GroupNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('DeletePayload', { simpleResolvers: true })
export class DeletePayload {
  @Field(() => ID, { nullable: true, description: 'The id of what was deleted.' })
  deletedId!: string | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType('GroupCreateInput')
class GroupCreateInput {
  @Field(() => String) name!: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Grants: "resource.action", with ":own", ":team" or ":all" on scoped resources (default all).',
  })
  permissions?: string[] | null;
}

@InputType('GroupUpdateInput')
class GroupUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Replaces all grants when given. Administrators always hold every permission.',
  })
  permissions?: string[] | null;
}

@InputType('GroupMemberInput')
class GroupMemberInput {
  @Field(() => ID) groupId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => Boolean, { description: 'True adds (or keeps) the person, false removes them.' })
  member!: boolean;
  @Field(() => Boolean, { nullable: true }) isManager?: boolean | null;
}

function toPayload(result: GroupResult): GroupPayload {
  return Object.assign(new GroupPayload(), {
    group: result.group ? GroupNode.from(result.group) : null,
    errors: result.errors,
  });
}

const notFound = (field: string) =>
  toPayload({ group: null, errors: [UserError.of('NOT_FOUND', 'There is no such group.', field)] });

@Resolver(() => GroupNode)
export class GroupResolver {
  @Query(() => GroupConnection, { description: 'Groups of the site, ordered by name.' })
  async groups(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    const page = await paginate(ctx.em, Group, {}, 'name', args);
    return mapConnection(page, n => GroupNode.from(n));
  }

  @Query(() => GroupNode, { nullable: true })
  async group(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupNode | null> {
    if (!isUuid(id)) return null;
    const group = await ctx.em.findOne(Group, { id });
    return group ? GroupNode.from(group) : null;
  }

  @FieldResolver(() => [GroupMemberNode], { description: 'Members, by name.' })
  async members(@Root() group: GroupNode, @Ctx() ctx: RequestContext) {
    const memberships = await ctx.em.find(
      GroupMembership,
      { group: group.id },
      { populate: ['user'], orderBy: { user: { displayName: 'asc' } } },
    );
    return memberships.map(m =>
      Object.assign(new GroupMemberNode(), {
        user: UserNode.from(m.user.getEntity()),
        isManager: m.isManager,
      }),
    );
  }

  @Mutation(() => GroupPayload, { description: 'Creates a group with the given permissions.' })
  async groupCreate(
    @Arg('input', () => GroupCreateInput) input: GroupCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupPayload> {
    return toPayload(await createGroup(ctx, requireActor(ctx), input));
  }

  @Mutation(() => GroupPayload, {
    description: 'Renames a group or replaces its permissions; applies at the next request.',
  })
  async groupUpdate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => GroupUpdateInput) input: GroupUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupPayload> {
    if (!isUuid(id)) return notFound('id');
    return toPayload(await updateGroup(ctx, requireActor(ctx), id, input));
  }

  @Mutation(() => DeletePayload, {
    description: 'Deletes a group (not a built-in one); its members lose what it granted.',
  })
  async groupDelete(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const result = isUuid(id)
      ? await deleteGroup(ctx, requireActor(ctx), id)
      : { deletedId: null, errors: [UserError.of('NOT_FOUND', 'There is no such group.', 'id')] };
    return Object.assign(new DeletePayload(), result);
  }

  @Mutation(() => GroupPayload, {
    description:
      'Adds a person to a group, removes them, or makes them a manager of it. The last active administrator cannot be removed, and nobody removes their own administration rights.',
  })
  async groupMemberSet(
    @Arg('input', () => GroupMemberInput) input: GroupMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupPayload> {
    if (!isUuid(input.groupId)) return notFound('groupId');
    if (!isUuid(input.userId)) {
      return toPayload({
        group: null,
        errors: [UserError.of('UNKNOWN_USER', 'There is no such person on this site.', 'userId')],
      });
    }
    return toPayload(await setMembership(ctx, requireActor(ctx), input));
  }
}
