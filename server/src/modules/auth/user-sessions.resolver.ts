import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { Site } from '../site/site.entity.js';
import { UserNode } from '../user/user.type.js';
import { Session } from './session.entity.js';

/** Per-request, keyed by the context object and dropped with it (see project.loaders.ts). */
const perRequest = new WeakMap<RequestContext, DataLoader<string, number>>();

/** Counts what the person sees under Sessions on their account page: not ended, not idle. */
function activeSessionCounts(ctx: RequestContext): DataLoader<string, number> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    const em = ctx.em;
    const siteId = requireActor(ctx).siteId;
    loader = new DataLoader(async userIds => {
      const site = await em.findOneOrFail(Site, siteId);
      const now = Date.now();
      const sessions = await em.find(
        Session,
        {
          user: { $in: [...userIds] },
          revokedAt: null,
          expiresAt: { $gt: new Date(now) },
          lastSeenAt: { $gt: new Date(now - site.sessionIdleMinutes * 60_000) },
        },
        { fields: ['id', 'user'] },
      );
      const counts = new Map<string, number>();
      for (const s of sessions) counts.set(s.user.id, (counts.get(s.user.id) ?? 0) + 1);
      return userIds.map(id => counts.get(id) ?? 0);
    });
    perRequest.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => UserNode)
export class UserSessionsResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Signed-in browsers and devices of the person that have not ended or gone idle; deactivating the person ends them at once. Null with FORBIDDEN without user.deactivate.',
  })
  activeSessionCount(@Root() user: UserNode, @Ctx() ctx: RequestContext): Promise<number> {
    return activeSessionCounts(ctx).load(user.id);
  }
}
