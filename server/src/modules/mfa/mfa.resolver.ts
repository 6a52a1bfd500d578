import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { confirmEnrollment, disableMfa, startEnrollment } from './mfa.service.js';

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

@Resolver()
export class MfaResolver {
  @Mutation(() => MfaEnrollStartPayload, {
    description: 'Starts setting up an authenticator app (needs the current password).',
  })
  async mfaEnrollStart(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaEnrollStartPayload> {
    const result = await startEnrollment(ctx, requireActor(ctx), currentPassword);
    return Object.assign(new MfaEnrollStartPayload(), {
      enrollment: result instanceof UserError ? null : Object.assign(new MfaEnrollment(), result),
      errors: result instanceof UserError ? [result] : [],
    });
  }

  @Mutation(() => MfaEnrollConfirmPayload, {
    description: 'Turns two-step sign-in on with a code from the app; returns recovery codes once.',
  })
  async mfaEnrollConfirm(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaEnrollConfirmPayload> {
    const result = await confirmEnrollment(ctx, requireActor(ctx), code);
    return Object.assign(new MfaEnrollConfirmPayload(), {
      recoveryCodes: result instanceof UserError ? [] : result,
      errors: result instanceof UserError ? [result] : [],
    });
  }

  @Mutation(() => MfaDisablePayload, {
    description: 'Turns two-step sign-in off (needs the current password).',
  })
  async mfaDisable(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MfaDisablePayload> {
    const error = await disableMfa(ctx, requireActor(ctx), currentPassword);
    return Object.assign(new MfaDisablePayload(), {
      disabled: !error,
      errors: error ? [error] : [],
    });
  }
}
