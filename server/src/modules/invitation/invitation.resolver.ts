import { isUuid } from '@horae/shared/validation';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAudit } from '../audit/audit.service.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import {
  passwordLinkRules,
  requestPasswordReset,
  sendTokenMail,
  usePasswordLink,
} from './invitation.service.js';
import { MAIL_LIMITS, mailAllowance, recordMailRequest } from './mail-limit.js';

@InputType('PasswordResetRequestInput')
class PasswordResetRequestInput {
  @Field(() => String) site!: string;
  @Field(() => String) email!: string;
}

@InputType('PasswordLinkInput')
class PasswordLinkInput {
  @Field(() => String, { description: 'The token from the emailed link.' }) token!: string;
  @Field(() => String) password!: string;
}

@ObjectType('OkPayload', { simpleResolvers: true })
class OkPayload {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [UserError]) errors!: UserError[];
}

enum PasswordLinkPurpose {
  INVITATION = 'invitation',
  PASSWORD_RESET = 'password_reset',
}
registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'Which page the emailed link opens: accepting an invitation or a password reset.',
});

@ObjectType('PasswordLinkRules', {
  simpleResolvers: true,
  description:
    'What a password chosen from an emailed link is measured against (besides length and the breached lists).',
})
class PasswordLinkRules {
  @Field(() => Int, { description: 'The site’s minimum strength: 3 or 4 (of 0 to 4).' })
  minPasswordScore!: number;
  @Field(() => Int, {
    description: 'Characters at least: 15, or 8 for a person with two-step sign-in on.',
  })
  minPasswordLength!: number;
  @Field(() => [String], {
    description:
      'The person’s name and email and the site’s name and address: a password built from them counts as weaker.',
  })
  userInputs!: string[];
}

const ok = (errors: UserError[] = []) =>
  Object.assign(new OkPayload(), { ok: errors.length === 0, errors });

@Resolver()
export class InvitationResolver {
  @Mutation(() => OkPayload, {
    description:
      'Mails a reset link if the email belongs to someone on the site; the answer is the same either way.',
  })
  async passwordResetRequest(
    @Arg('input', () => PasswordResetRequestInput) input: PasswordResetRequestInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OkPayload> {
    await requestPasswordReset(ctx, input.site, input.email);
    return ok();
  }

  @Query(() => PasswordLinkRules, {
    nullable: true,
    description:
      'The rules a password from this emailed link must pass, for a strength meter before sending. Null for every link that cannot be used (unknown, used, expired, replaced, another purpose), alike.',
  })
  async passwordLinkRules(
    @Arg('token', () => String, { description: 'The token from the emailed link.' }) token: string,
    @Arg('purpose', () => PasswordLinkPurpose) purpose: PasswordLinkPurpose,
    @Ctx() ctx: RequestContext,
  ): Promise<PasswordLinkRules | null> {
    const rules = await passwordLinkRules(ctx, purpose, token);
    return rules ? Object.assign(new PasswordLinkRules(), rules) : null;
  }

  @Mutation(() => OkPayload, {
    description: 'Sets a new password from a reset link and ends every session.',
  })
  async passwordReset(
    @Arg('input', () => PasswordLinkInput) input: PasswordLinkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OkPayload> {
    return ok(await usePasswordLink(ctx, 'password_reset', input.token, input.password));
  }

  @Mutation(() => OkPayload, { description: 'Chooses the first password from an invitation link.' })
  async invitationAccept(
    @Arg('input', () => PasswordLinkInput) input: PasswordLinkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OkPayload> {
    return ok(await usePasswordLink(ctx, 'invitation', input.token, input.password));
  }

  @Mutation(() => OkPayload, {
    description: 'Mails an invitation (7 days, single use) to a person who has no password yet.',
  })
  async userInvite(
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<OkPayload> {
    const actor = requireUser(ctx);
    const user = isUuid(userId)
      ? await ctx.em.findOne(User, { id: userId }, { populate: ['passwordHash'] })
      : null;
    if (!user)
      return ok([UserError.of('NOT_FOUND', 'There is no such user on this site.', 'userId')]);
    if (user.passwordHash) {
      return ok([
        UserError.of(
          'ALREADY_ACTIVE',
          `${user.displayName} has a password already; they can reset it themselves.`,
          'userId',
        ),
      ]);
    }
    const allowance = await mailAllowance(ctx, 'invitation', user.email, { limitClient: false });
    if (allowance.refused) {
      await recordMailRequest(ctx, allowance, actor.siteId, false);
      return ok([
        UserError.of(
          'TOO_MANY_MAILS',
          `${user.displayName} has been sent ${MAIL_LIMITS.perAddress.mails} invitations in the last hour. Wait a while before sending another.`,
          'userId',
        ),
      ]);
    }
    await sendTokenMail(ctx, await ctx.em.findOneOrFail(Site, actor.siteId), user, 'invitation');
    await recordMailRequest(ctx, allowance, actor.siteId, true);
    await appendAudit(ctx.em, {
      siteId: actor.siteId,
      action: 'user.invited',
      actorType: 'user',
      actorId: actor.userId,
      targetType: 'user',
      targetId: user.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      data: { email: user.email },
    });
    return ok();
  }
}
