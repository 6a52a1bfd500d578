import { isUuid } from '@horae/shared/validation';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAudit } from '../audit/audit.service.js';
import { LoginBlock } from './throttle.entity.js';

@ObjectType('LoginBlock', {
  simpleResolvers: true,
  description: 'Sign-in attempts refused for a while after repeated failures against this site.',
})
export class LoginBlockNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'ip, ip_account or range.' }) scope!: string;
  @Field(() => String, { description: 'The address or range (accounts appear only hashed).' })
  subject!: string;
  @Field(() => String) reason!: string;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  @Field(() => DateTimeISOResolver) blockedUntil!: Date;

  static from(b: LoginBlock): LoginBlockNode {
    return Object.assign(new LoginBlockNode(), {
      id: b.id,
      scope: b.scope,
      subject: b.key.split('|')[0]!,
      reason: b.reason,
      createdAt: b.createdAt,
      blockedUntil: b.blockedUntil,
    });
  }
}

@ObjectType('LoginBlockLiftPayload', { simpleResolvers: true })
export class LoginBlockLiftPayload {
  @Field(() => LoginBlockNode, { nullable: true }) block!: LoginBlockNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@Resolver(() => LoginBlockNode)
export class ThrottleResolver {
  @Query(() => [LoginBlockNode], { description: 'Active sign-in blocks caused on this site.' })
  async loginBlocks(@Ctx() ctx: RequestContext): Promise<LoginBlockNode[]> {
    const actor = requireUser(ctx);
    // Blocks are not tenant rows: the site condition here is what keeps other sites' out.
    const blocks = await ctx.em.find(
      LoginBlock,
      { targetSiteId: actor.siteId, liftedAt: null, blockedUntil: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' } },
    );
    return blocks.map(b => LoginBlockNode.from(b));
  }

  @Mutation(() => LoginBlockLiftPayload, { description: 'Ends a block early (audited).' })
  async loginBlockLift(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginBlockLiftPayload> {
    const actor = requireUser(ctx);
    const block = isUuid(id)
      ? await ctx.em.findOne(LoginBlock, { id, targetSiteId: actor.siteId, liftedAt: null })
      : null;
    if (!block) {
      return Object.assign(new LoginBlockLiftPayload(), {
        block: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such active block on this site.', 'id')],
      });
    }
    block.liftedAt = new Date();
    block.liftedBy = actor.userId;
    await ctx.em.flush();
    await appendAudit(ctx.em, {
      siteId: actor.siteId,
      action: 'auth.login_block_lifted',
      actorType: 'user',
      actorId: actor.userId,
      targetType: 'login_block',
      targetId: block.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      data: { scope: block.scope, reason: block.reason },
    });
    return Object.assign(new LoginBlockLiftPayload(), {
      block: LoginBlockNode.from(block),
      errors: [],
    });
  }
}
