import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { groupsOfUsers } from '../group/group.service.js';
import { GroupNode } from '../group/group.type.js';
import { Site } from '../site/site.entity.js';
import { SiteNode } from '../site/site.type.js';
import { User } from '../user/user.entity.js';
import { UserNode } from '../user/user.type.js';
import { hasConfirmedFactor } from '../mfa/mfa.service.js';
import { completeMfaLogin, login, logout, type LoginOutcome } from './login.service.js';
import { Viewer } from './viewer.type.js';

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String, { description: 'The site slug, e.g. "demo".' }) site!: string;
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}

@ObjectType('LoginPayload', { simpleResolvers: true })
export class LoginPayload {
  @Field(() => Viewer, { nullable: true }) viewer!: Viewer | null;
  @Field(() => Boolean, {
    description:
      'The password was right and a second factor is needed: call loginMfa within 5 minutes.',
  })
  mfaRequired!: boolean;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('LogoutPayload', { simpleResolvers: true })
export class LogoutPayload {
  @Field(() => Boolean) ok!: boolean;
}

export async function loadViewer(ctx: RequestContext): Promise<Viewer> {
  const actor = requireUser(ctx);
  const user = await ctx.em.findOneOrFail(User, actor.userId);
  const site = await ctx.em.findOneOrFail(Site, actor.siteId);
  const groups = (await groupsOfUsers(ctx.em, [user.id])).get(user.id) ?? [];
  return Object.assign(new Viewer(), {
    user: UserNode.from(user),
    site: SiteNode.from(site),
    groups: groups.map(g => GroupNode.from(g)),
    can: [...actor.permissions].sort(),
    mfaEnabled: await hasConfirmedFactor(ctx, user.id),
    mfaEnrollmentRequired: actor.mfaEnrollmentRequired,
  });
}

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { description: 'Who is signed in. UNAUTHENTICATED when nobody is.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer> {
    return loadViewer(ctx);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Signs in with a password and sets the session cookie. A wrong site, email or password ' +
      'all give the same INVALID_CREDENTIALS error.',
  })
  async login(
    @Arg('input', () => LoginInput) input: LoginInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return toLoginPayload(ctx, await login(ctx, input));
  }

  @Mutation(() => LoginPayload, {
    description:
      'The second step of sign-in: a code from the authenticator app or a recovery code.',
  })
  async loginMfa(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return toLoginPayload(ctx, await completeMfaLogin(ctx, code));
  }

  @Mutation(() => LogoutPayload, {
    description: 'Ends the session on the server and clears the cookie.',
  })
  async logout(@Ctx() ctx: RequestContext): Promise<LogoutPayload> {
    await logout(ctx);
    return Object.assign(new LogoutPayload(), { ok: true });
  }
}

async function toLoginPayload(ctx: RequestContext, outcome: LoginOutcome): Promise<LoginPayload> {
  const payload = new LoginPayload();
  payload.mfaRequired = outcome.ok === 'mfa';
  if (outcome.ok === 'mfa') {
    payload.viewer = null;
    payload.errors = [];
    return payload;
  }
  if (!outcome.ok) {
    payload.viewer = null;
    payload.errors = [UserError.of(outcome.code, outcome.message)];
    return payload;
  }
  payload.viewer = await loadViewer(ctx);
  payload.errors = [];
  return payload;
}
