import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import {
  confirmEnrollment,
  disableMfa,
  regenerateRecoveryCodes,
  startEnrollment,
} from './mfa.service.js';

const INLINE_PASSWORD =
  'Optional inline re-authentication (see PasswordChangeInput.currentPassword); a sign-in or ' +
  '`reauthenticate` within the last 10 minutes is enough without it.';

@ObjectType('MfaEnrollment', { simpleResolvers: true })
class MfaEnrollment {
  @Field(() => String, { description: 'For typing into the app when scanning is not possible.' })
  secret!: string;
  @Field(() => String) otpauthUri!: string;
  @Field(() => String, { description: 'The otpauth URI as an SVG QR code.' }) qrCodeSvg!: string;
}

@ObjectType('MfaEnrollStartPayload', { simpleResolvers: true })
class MfaEnrollStartPayload {
  @Field(() => MfaEnrollment, { nullable: true }) enrollment!: MfaEnrollment | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('MfaEnrollConfirmPayload', { simpleResolvers: true })
class MfaEnrollConfirmPayload {
  @Field(() => [String], { description: 'Ten single-use recovery codes, shown only now.' })
  recoveryCodes!: string[];
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('MfaDisablePayload', { simpleResolvers: true })
class MfaDisablePayload {
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('MfaRecoveryCodesRegeneratePayload', { simpleResolvers: true })
class MfaRecoveryCodesRegeneratePayload {
  @Field(() => [String], { description: 'Ten new single-use recovery codes, shown only now.' })
  recoveryCodes!: string[];
  @Field(() => [UserError]) errors!: UserError[];
}

@Resolver()
export class MfaResolver {
  @Mutation(() => MfaEnrollStartPayload, {
    description:
      'Starts setting up an authenticator app. Needs a sign-in or `reauthenticate` within the last 10 minutes.',
  })
  async mfaEnrollStart(
    // Checked by the `recentlyAuthenticated` rule before this runs.
    @Arg('currentPassword', () => String, { nullable: true, description: INLINE_PASSWORD })
    _currentPassword: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaEnrollStartPayload> {
    const result = await startEnrollment(ctx, requireUser(ctx));
    return Object.assign(new MfaEnrollStartPayload(), {
      enrollment: result instanceof UserError ? null : Object.assign(new MfaEnrollment(), result),
      errors: result instanceof UserError ? [result] : [],
    });
  }

  @Mutation(() => MfaEnrollConfirmPayload, {
    description:
      'Turns two-step sign-in on with a code from the app; returns recovery codes once. Needs a ' +
      'sign-in or `reauthenticate` within the last 10 minutes.',
  })
  async mfaEnrollConfirm(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaEnrollConfirmPayload> {
    const result = await confirmEnrollment(ctx, requireUser(ctx), code);
    return Object.assign(new MfaEnrollConfirmPayload(), {
      recoveryCodes: result instanceof UserError ? [] : result,
      errors: result instanceof UserError ? [result] : [],
    });
  }

  @Mutation(() => MfaDisablePayload, {
    description:
      'Turns two-step sign-in off. Needs a sign-in or `reauthenticate` (with a code) within the last 10 minutes.',
  })
  async mfaDisable(
    // Checked by the `recentlyAuthenticated` rule before this runs.
    @Arg('currentPassword', () => String, { nullable: true, description: INLINE_PASSWORD })
    _currentPassword: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaDisablePayload> {
    await disableMfa(ctx, requireUser(ctx));
    return Object.assign(new MfaDisablePayload(), { disabled: true, errors: [] });
  }

  @Mutation(() => MfaRecoveryCodesRegeneratePayload, {
    description:
      'Replaces the recovery codes with ten new ones (the old ones stop working). Needs a sign-in ' +
      'or `reauthenticate` within the last 10 minutes.',
  })
  async mfaRecoveryCodesRegenerate(
    @Ctx() ctx: RequestContext,
  ): Promise<MfaRecoveryCodesRegeneratePayload> {
    const result = await regenerateRecoveryCodes(ctx, requireUser(ctx));
    return Object.assign(new MfaRecoveryCodesRegeneratePayload(), {
      recoveryCodes: result instanceof UserError ? [] : result,
      errors: result instanceof UserError ? [result] : [],
    });
  }
}
