import { isUuid } from '@horae/shared/validation';
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
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Actor, RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { likePattern } from '../../graphql/search.js';
import { UserError } from '../../graphql/user-error.js';
import { GroupNode } from '../group/group.type.js';
import { User } from './user.entity.js';
import { createUser, setUserStatus, updateUser, type UserResult } from './user.service.js';
import { UserConnection, UserNode, UserStatusEnum } from './user.type.js';

/**
 * The filter of the people list, shared with the CSV export. Searching matches email addresses
 * only for those who may read them (otherwise the search would reveal hidden addresses).
 */
export function usersWhere(
  args: { search?: string | null; status?: string | null },
  actor: Actor,
): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (args.search?.trim()) {
    const like = likePattern(args.search);
    where.$or = actor.exposure.has('User.email')
      ? [{ email: { $ilike: like } }, { displayName: { $ilike: like } }]
      : [{ displayName: { $ilike: like } }];
  }
  if (args.status) where.status = args.status;
  return where;
}

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Matches name or email (case-insensitive).' })
  search?: string | null;
  @Field(() => UserStatusEnum, { nullable: true }) status?: UserStatusEnum | null;
}

@InputType('UserCreateInput')
class UserCreateInput {
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [ID], { defaultValue: [] }) groupIds!: string[];
}

@InputType('UserUpdateInput')
class UserUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces all memberships when given.' })
  groupIds?: string[] | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Minor units (cents) per hour, 0 or more. Omitted keeps the rate; null clears it (the site’s default applies).',
  })
  hourlyRate?: number | null;
}

@ObjectType('UserPayload', { simpleResolvers: true })
class UserPayload {
  @Field(() => UserNode, { nullable: true }) user!: UserNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

function toPayload(result: UserResult): UserPayload {
  return Object.assign(new UserPayload(), {
    user: result.user ? UserNode.from(result.user) : null,
    errors: result.errors,
  });
}

function notFound(): UserPayload {
  return toPayload({
    user: null,
    errors: [UserError.of('NOT_FOUND', 'There is no such user on this site.', 'id')],
  });
}

@Resolver(() => UserNode)
export class UserResolver {
  @Query(() => UserConnection, { description: 'People of the site, ordered by email.' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: RequestContext) {
    const page = await paginate(ctx.em, User, usersWhere(args, requireActor(ctx)), 'email', args);
    return mapConnection(page, n => UserNode.from(n));
  }

  @Query(() => UserNode, { nullable: true, description: 'A user of the site by id, or null.' })
  async user(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UserNode | null> {
    if (!isUuid(id)) return null;
    const user = await ctx.em.findOne(User, { id });
    return user ? UserNode.from(user) : null;
  }

  @FieldResolver(() => [GroupNode])
  async groups(@Root() user: UserNode, @Ctx() ctx: RequestContext): Promise<GroupNode[]> {
    const groups = await ctx.loaders.groupsByUser.load(user.id);
    return groups.map(g => GroupNode.from(g));
  }

  @Mutation(() => UserPayload, {
    description: 'Adds a person to the site (they set a password by invitation).',
  })
  async userCreate(
    @Arg('input', () => UserCreateInput) input: UserCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPayload> {
    return toPayload(await createUser(ctx, requireActor(ctx), input));
  }

  @Mutation(() => UserPayload)
  async userUpdate(
    @Arg('input', () => UserUpdateInput) input: UserUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPayload> {
    if (!isUuid(input.id)) return notFound();
    return toPayload(await updateUser(ctx, requireActor(ctx), input));
  }

  @Mutation(() => UserPayload, {
    description: 'Blocks sign-in and ends every session of the user at once.',
  })
  async userDeactivate(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPayload> {
    if (!isUuid(id)) return notFound();
    return toPayload(await setUserStatus(ctx, requireActor(ctx), id, 'deactivated'));
  }

  @Mutation(() => UserPayload)
  async userReactivate(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UserPayload> {
    if (!isUuid(id)) return notFound();
    return toPayload(await setUserStatus(ctx, requireActor(ctx), id, 'active'));
  }
}
