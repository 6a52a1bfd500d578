import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { reauthenticate } from './reauthentication.service.js';

@ObjectType('ReauthenticatePayload', { simpleResolvers: true })
class ReauthenticatePayload {
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Sensitive changes are allowed until then without asking again.',
  })
  validUntil!: Date | null;
  @Field(() => [UserError], {
    description: 'WRONG_PASSWORD (password), CODE_REQUIRED or WRONG_CODE (code).',
  })
  errors!: UserError[];
}

@Resolver()
export class ReauthenticationResolver {
  @Mutation(() => ReauthenticatePayload, {
    description:
      'Confirms it is still you: the password, plus a code from the authenticator app or a recovery ' +
      'code when two-step sign-in is on. Sensitive changes (password, two-step sign-in, signing out ' +
      'other sessions, site security settings, deactivating or erasing people and customers, groups, ' +
      'group memberships, field exposure, services and their tokens) need this within 10 minutes; ' +
      'otherwise they fail with REAUTHENTICATION_REQUIRED. Throttled like sign-in. On success the ' +
      'session gets a new id (a new cookie with this response); the old one stops working.',
  })
  async reauthenticate(
    @Arg('password', () => String) password: string,
    @Arg('code', () => String, { nullable: true }) code: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ReauthenticatePayload> {
    const outcome = await reauthenticate(ctx, requireUser(ctx), { password, code });
    return Object.assign(new ReauthenticatePayload(), {
      validUntil: outcome.ok ? outcome.validUntil : null,
      errors: outcome.ok ? [] : [UserError.of(outcome.code, outcome.message, outcome.field)],
    });
  }
}
