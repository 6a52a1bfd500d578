import DataLoader from 'dataloader';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { UserNode } from '../user/user.type.js';
import { UserToken } from './user-token.entity.js';

@ObjectType('UserInvitation', {
  simpleResolvers: true,
  description: 'An invitation mailed to a person who has not chosen a password yet.',
})
export class UserInvitation {
  @Field(() => DateTimeISOResolver) sentAt!: Date;
  @Field(() => DateTimeISOResolver, {
    description: 'When its link stops working; after that, send another one.',
  })
  expiresAt!: Date;
}

/** Per-request, keyed by the context object and dropped with it (see project.loaders.ts). */
const perRequest = new WeakMap<RequestContext, DataLoader<string, UserInvitation | null>>();

function openInvitations(ctx: RequestContext): DataLoader<string, UserInvitation | null> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    const em = ctx.em;
    loader = new DataLoader(async userIds => {
      // Sending another invitation marks the earlier ones used, so each person has at most one
      // unused; a password chosen some other way (a reset) also ends the invitation.
      const tokens = await em.find(
        UserToken,
        {
          user: { id: { $in: [...userIds] }, passwordHash: null },
          purpose: 'invitation',
          usedAt: null,
        },
        { orderBy: { createdAt: 'asc' } },
      );
      const byUser = new Map(tokens.map(t => [t.user.id, t]));
      return userIds.map(id => {
        const token = byUser.get(id);
        if (!token) return null;
        return Object.assign(new UserInvitation(), {
          sentAt: token.createdAt,
          expiresAt: token.expiresAt,
        });
      });
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => UserNode)
export class UserInvitationResolver {
  @FieldResolver(() => UserInvitation, {
    nullable: true,
    description:
      'The invitation waiting for this person to choose a password (it may have expired); null once they have one, or when none was sent.',
  })
  invitation(@Root() user: UserNode, @Ctx() ctx: RequestContext): Promise<UserInvitation | null> {
    return openInvitations(ctx).load(user.id);
  }
}
