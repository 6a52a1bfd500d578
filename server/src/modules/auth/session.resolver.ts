import { isUuid } from '@horae/shared/validation';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAudit } from '../audit/audit.service.js';
import { Site } from '../site/site.entity.js';
import { Session } from './session.entity.js';
import { revokeSession } from './session.service.js';

@ObjectType('SessionInfo', { simpleResolvers: true, description: 'A signed-in browser or device.' })
export class SessionInfo {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  @Field(() => DateTimeISOResolver) lastSeenAt!: Date;
  @Field(() => DateTimeISOResolver, { description: 'When it ends at the latest.' })
  expiresAt!: Date;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => Boolean, { description: 'The session making this request.' }) current!: boolean;
}

@ObjectType('SessionRevokePayload', { simpleResolvers: true })
export class SessionRevokePayload {
  @Field(() => ID, { nullable: true }) revokedId!: string | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('SessionRevokeOthersPayload', { simpleResolvers: true })
export class SessionRevokeOthersPayload {
  @Field(() => Int, { description: 'How many other sessions were signed out.' })
  revokedCount!: number;
  @Field(() => [UserError]) errors!: UserError[];
}

@Resolver()
export class SessionResolver {
  @Query(() => [SessionInfo], { description: 'The viewer’s active sessions, most recent first.' })
  async mySessions(@Ctx() ctx: RequestContext): Promise<SessionInfo[]> {
    const actor = requireUser(ctx);
    const site = await ctx.em.findOneOrFail(Site, actor.siteId);
    const idleSince = new Date(Date.now() - site.sessionIdleMinutes * 60_000);
    const sessions = await ctx.em.find(
      Session,
      {
        user: actor.userId,
        revokedAt: null,
        expiresAt: { $gt: new Date() },
        lastSeenAt: { $gt: idleSince },
      },
      { orderBy: { lastSeenAt: 'desc' } },
    );
    return sessions.map(s =>
      Object.assign(new SessionInfo(), {
        id: s.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        ip: s.ip ?? null,
        userAgent: s.userAgent ?? null,
        current: s.id === actor.sessionId,
      }),
    );
  }

  @Mutation(() => SessionRevokePayload, {
    description: 'Signs one of the viewer’s sessions out everywhere (this one too, if chosen).',
  })
  async sessionRevoke(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SessionRevokePayload> {
    const actor = requireUser(ctx);
    const session = isUuid(id)
      ? await ctx.em.findOne(Session, { id, user: actor.userId, revokedAt: null })
      : null;
    if (!session) {
      return Object.assign(new SessionRevokePayload(), {
        revokedId: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such active session of yours.', 'id')],
      });
    }
    await revokeSession(ctx.em, session.id, 'revoked_by_user');
    await appendAudit(ctx.em, {
      siteId: actor.siteId,
      action: 'auth.session_revoked',
      actorType: 'user',
      actorId: actor.userId,
      targetType: 'session',
      targetId: session.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    if (session.id === actor.sessionId) ctx.outcome.sessionCookie = { kind: 'clear' };
    return Object.assign(new SessionRevokePayload(), { revokedId: session.id, errors: [] });
  }

  @Mutation(() => SessionRevokeOthersPayload, {
    description:
      'Signs the viewer out everywhere except this session. Needs a sign-in or `reauthenticate` ' +
      'within the last 10 minutes.',
  })
  async sessionRevokeOthers(@Ctx() ctx: RequestContext): Promise<SessionRevokeOthersPayload> {
    const actor = requireUser(ctx);
    const revokedCount = await ctx.em.nativeUpdate(
      Session,
      { user: actor.userId, revokedAt: null, id: { $ne: actor.sessionId } },
      { revokedAt: new Date(), revokedReason: 'revoked_by_user' },
    );
    await appendAudit(ctx.em, {
      siteId: actor.siteId,
      action: 'auth.other_sessions_revoked',
      actorType: 'user',
      actorId: actor.userId,
      targetType: 'user',
      targetId: actor.userId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      data: { sessionsEnded: revokedCount },
    });
    return Object.assign(new SessionRevokeOthersPayload(), { revokedCount, errors: [] });
  }
}
