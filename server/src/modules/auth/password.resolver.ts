import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAudit } from '../audit/audit.service.js';
import { hasConfirmedFactor } from '../mfa/mfa.service.js';
import { Site } from '../site/site.entity.js';
import { Session } from './session.entity.js';
import { User } from '../user/user.entity.js';
import { breachedFile } from './breached.js';
import { hashPassword } from './password-hash.js';
import { checkNewPassword } from './password-policy.js';
import { lastAuthenticatedAt } from './reauthentication.service.js';
import { startSession } from './session.service.js';

@InputType('PasswordChangeInput')
class PasswordChangeInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Optional inline re-authentication: when sent it must be right, and without two-step sign-in ' +
      'it counts as `reauthenticate`. Otherwise a sign-in or `reauthenticate` within the last 10 ' +
      'minutes is needed (else REAUTHENTICATION_REQUIRED).',
  })
  currentPassword?: string | null;
  @Field(() => String) newPassword!: string;
}

@ObjectType('PasswordCheck', { simpleResolvers: true })
class PasswordCheck {
  @Field(() => Int, { description: '0 (very weak) to 4 (very strong).' }) score!: number;
  @Field(() => [UserError], { description: 'Why the password would be refused; empty when fine.' })
  problems!: UserError[];
}

@ObjectType('PasswordChangePayload', { simpleResolvers: true })
class PasswordChangePayload {
  @Field(() => Boolean) changed!: boolean;
  @Field(() => Int, { description: 'Other sessions of yours that were signed out.' })
  otherSessionsEnded!: number;
  @Field(() => [UserError]) errors!: UserError[];
}

async function policyContext(ctx: RequestContext, userId: string, siteId: string) {
  const user = await ctx.em.findOneOrFail(User, userId);
  const site = await ctx.em.findOneOrFail(Site, siteId);
  return {
    user,
    context: {
      breachedFile: breachedFile(ctx.config.dataDir, process.env.HORAE_BREACHED_FILE),
      userInputs: [user.displayName, user.email, site.name, site.slug],
      minScore: site.minPasswordScore,
      // With two-step sign-in on, 8 characters are enough (SECURITY.md, "Passwords").
      hasMfa: await hasConfirmedFactor(ctx, user.id),
    },
  };
}

@Resolver()
export class PasswordResolver {
  @Mutation(() => PasswordCheck, {
    description:
      'Checks a candidate password against every rule (length, strength for this person and site, breached lists) without changing anything.',
  })
  async passwordCheck(
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PasswordCheck> {
    const actor = requireUser(ctx);
    const { context } = await policyContext(ctx, actor.userId, actor.siteId);
    const problems = await checkNewPassword(password, context);
    const { assessPassword } = await import('@horae/shared/password');
    return Object.assign(new PasswordCheck(), {
      score: assessPassword(password, context).score,
      problems: problems.map(p => UserError.of(p.code, p.message, 'password')),
    });
  }

  @Mutation(() => PasswordChangePayload, {
    description:
      'Changes the viewer’s password; ends their other sessions and renews this one. Needs a ' +
      'sign-in or `reauthenticate` within the last 10 minutes.',
  })
  async passwordChange(
    @Arg('input', () => PasswordChangeInput) input: PasswordChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PasswordChangePayload> {
    const actor = requireUser(ctx);
    const { user, context } = await policyContext(ctx, actor.userId, actor.siteId);
    const payload = (errors: UserError[], otherSessionsEnded = 0) =>
      Object.assign(new PasswordChangePayload(), {
        changed: errors.length === 0,
        otherSessionsEnded,
        errors,
      });
    // Who it is was proved by the `recentlyAuthenticated` rule (recently, or `currentPassword`).
    const problems = await checkNewPassword(input.newPassword, context);
    if (problems.length)
      return payload(problems.map(p => UserError.of(p.code, p.message, 'newPassword')));
    user.passwordHash = await hashPassword(input.newPassword);
    await ctx.em.flush();
    const authenticatedAt = await lastAuthenticatedAt(ctx, actor);
    const ended = await ctx.em.nativeUpdate(
      Session,
      { user: actor.userId, revokedAt: null },
      { revokedAt: new Date(), revokedReason: 'password_changed' },
    );
    // A new session id at every privilege change; the others are gone.
    const site = await ctx.em.findOneOrFail(Site, actor.siteId);
    // The renewed session keeps the moment of the last proof: changing does not extend the window.
    const { session } = await startSession(ctx, site, user, { authenticatedAt });
    ctx.actor = { ...actor, sessionId: session.id };
    await appendAudit(ctx.em, {
      siteId: actor.siteId,
      action: 'auth.password_changed',
      actorType: 'user',
      actorId: actor.userId,
      targetType: 'user',
      targetId: actor.userId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      data: { sessionsEnded: ended },
    });
    return payload([], Math.max(0, ended - 1));
  }
}
