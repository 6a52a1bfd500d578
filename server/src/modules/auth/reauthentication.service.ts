import { PASSWORD_MAX_LENGTH } from '@horae/shared/validation';
import { GraphQLError } from 'graphql';
import type { RequestContext, UserActor } from '../../core/context.js';
import { auditByUser } from '../audit/audit.service.js';
import { hasConfirmedFactor, verifySecondFactor } from '../mfa/mfa.service.js';
import { Site } from '../site/site.entity.js';
import { offersSso } from '../sso/sso-client.js';
import {
  attemptKeys,
  rateLimited,
  recordAttempt,
  secondsUntilAllowed,
} from '../throttle/throttle.service.js';
import { User } from '../user/user.entity.js';
import { verifyPassword } from './password-hash.js';
import { Session } from './session.entity.js';
import { revokeSession, startSession } from './session.service.js';

/** SECURITY.md, "Sessions and tokens": sensitive changes need a proof within the last 10 minutes. */
export const REAUTHENTICATION_WINDOW_MINUTES = 10;
const WINDOW_MS = REAUTHENTICATION_WINDOW_MINUTES * 60_000;

export type ReauthenticationOutcome =
  | { ok: true; validUntil: Date }
  | {
      ok: false;
      code: 'WRONG_PASSWORD' | 'CODE_REQUIRED' | 'WRONG_CODE';
      field: 'password' | 'code';
      message: string;
    };

/** When the person behind this session last proved who they are (sign-in or reauthenticate). */
export async function lastAuthenticatedAt(
  ctx: RequestContext,
  actor: UserActor,
): Promise<Date | null> {
  // Straight from the table: a reauthenticate earlier in the same request must count.
  const [row] = await ctx.em.execute<{ authenticated_at: Date | null }[]>(
    'select authenticated_at from session where id = ?',
    [actor.sessionId],
  );
  return row?.authenticated_at ? new Date(row.authenticated_at) : null;
}

export async function authenticatedRecently(
  ctx: RequestContext,
  actor: UserActor,
): Promise<boolean> {
  const at = await lastAuthenticatedAt(ctx, actor);
  return at !== null && Date.now() - at.getTime() < WINDOW_MS;
}

/** Records a fresh proof for the session (also for other proofs, e.g. a single sign-on round trip). */
export async function markAuthenticated(ctx: RequestContext, sessionId: string): Promise<Date> {
  const now = new Date();
  await ctx.em.nativeUpdate(Session, { id: sessionId }, { authenticatedAt: now });
  return new Date(now.getTime() + WINDOW_MS);
}

/** The ways this person can prove it is them again, told to the client with the error. */
export type ReauthenticationProofs = {
  secondFactor: boolean;
  /** The session began with single sign-on and the site still offers it: confirm there. */
  singleSignOn?: boolean;
  /** False for people who only ever sign in through single sign-on. */
  hasPassword?: boolean;
};

export function reauthenticationRequired(
  options: ReauthenticationProofs & {
    reason?: 'WRONG_PASSWORD' | 'CODE_REQUIRED';
    message?: string;
  },
): GraphQLError {
  const hasPassword = options.hasPassword ?? true;
  const password = options.secondFactor
    ? 'your password and a code from your authenticator app (or a recovery code)'
    : 'your password';
  const proof = !options.singleSignOn
    ? password
    : hasPassword
      ? `single sign-on or ${password}`
      : 'single sign-on';
  return new GraphQLError(
    options.message ??
      `Confirm it's you: changes like this one need ${proof} again when you signed in more than ${REAUTHENTICATION_WINDOW_MINUTES} minutes ago.`,
    {
      extensions: {
        code: 'REAUTHENTICATION_REQUIRED',
        secondFactor: options.secondFactor,
        singleSignOn: options.singleSignOn === true,
        hasPassword,
        ...(options.reason ? { reason: options.reason } : {}),
      },
    },
  );
}

/** How the person behind this session can confirm it is them (see reauthenticationRequired). */
export async function reauthenticationProofsOf(
  ctx: RequestContext,
  actor: UserActor,
): Promise<ReauthenticationProofs> {
  const [row] = await ctx.em.execute<{ auth_method: string; has_password: boolean }[]>(
    `select s.auth_method, u.password_hash is not null as has_password
       from session s join app_user u on u.id = s.user_id where s.id = ?`,
    [actor.sessionId],
  );
  const site = await ctx.em.findOneOrFail(Site, actor.siteId);
  return {
    secondFactor: await hasConfirmedFactor(ctx, actor.userId),
    singleSignOn: row?.auth_method === 'sso' && offersSso(site),
    hasPassword: row?.has_password ?? true,
  };
}

/**
 * Checks the password (and, with two-step sign-in on, a TOTP or recovery code) of the signed-in
 * person and renews the session's proof. Throttled exactly like sign-in, in the same counters, so
 * a stolen session cannot be used to guess the password.
 */
export async function reauthenticate(
  ctx: RequestContext,
  actor: UserActor,
  input: { password: string; code?: string | null | undefined },
): Promise<ReauthenticationOutcome> {
  const site = await ctx.em.findOneOrFail(Site, actor.siteId);
  const user = await ctx.em.findOneOrFail(User, actor.userId, { populate: ['passwordHash'] });
  const keys = attemptKeys(ctx.ip, site.slug, user.email);
  const wait = await secondsUntilAllowed(ctx.em, keys);
  if (wait > 0) {
    ctx.outcome.retryAfterSeconds = wait;
    throw rateLimited(wait);
  }
  const record = (success: boolean) =>
    recordAttempt(
      { em: ctx.em, siteId: site.id, ip: ctx.ip, requestId: ctx.requestId },
      keys,
      success,
    );
  const audit = (action: string, data: Record<string, unknown> = {}) =>
    auditByUser(ctx, actor, action, { type: 'session', id: actor.sessionId }, data);

  // Over-long input cannot be a valid password; refuse before spending a hash on it.
  const password = input.password.length > PASSWORD_MAX_LENGTH * 4 ? '' : input.password;
  if (!(await verifyPassword(user.passwordHash, password))) {
    await record(false);
    await audit('auth.reauthentication_failed', { reason: 'wrong_password' });
    return {
      ok: false,
      code: 'WRONG_PASSWORD',
      field: 'password',
      message: 'Your password is not right.',
    };
  }
  let secondFactor: 'totp' | 'recovery' | null = null;
  if (await hasConfirmedFactor(ctx, user.id)) {
    const code = input.code?.trim();
    if (!code) {
      return {
        ok: false,
        code: 'CODE_REQUIRED',
        field: 'code',
        message: 'Enter the current code from your authenticator app, or a recovery code.',
      };
    }
    secondFactor = await verifySecondFactor(ctx, user.id, site.id, code);
    if (!secondFactor) {
      await record(false);
      await audit('auth.reauthentication_failed', { reason: 'wrong_code' });
      return {
        ok: false,
        code: 'WRONG_CODE',
        field: 'code',
        message:
          'That code is not right. Enter the current code from your app, or a recovery code.',
      };
    }
  }
  await record(true);
  const renewed = await renewSession(ctx, actor, site, user);
  await audit('auth.reauthenticated', {
    ...(secondFactor ? { secondFactor } : {}),
    sessionId: renewed.sessionId,
  });
  return { ok: true, validUntil: renewed.validUntil };
}

/**
 * A new session id at this privilege change (SECURITY.md, "Sessions and tokens"): the proof is
 * fresh, the sign-in method and absolute expiry stay those of the sign-in, and the old id ends
 * at once. The browser gets the new cookie with this response; the rest of the request acts as
 * the new session.
 */
async function renewSession(
  ctx: RequestContext,
  actor: UserActor,
  site: Site,
  user: User,
): Promise<{ sessionId: string; validUntil: Date }> {
  const current = await ctx.em.findOneOrFail(Session, actor.sessionId);
  await revokeSession(ctx.em, current.id, 'reauthenticated');
  const { session } = await startSession(ctx, site, user, {
    authMethod: current.authMethod,
    expiresAt: current.expiresAt,
  });
  ctx.actor = { ...actor, sessionId: session.id };
  const provedAt = session.authenticatedAt ?? new Date();
  return { sessionId: session.id, validUntil: new Date(provedAt.getTime() + WINDOW_MS) };
}

/** `currentPassword`, top-level or in `input`, of a mutation that still accepts it inline. */
function inlinePassword(args: Record<string, unknown>): string | undefined {
  const input = args.input;
  const value =
    args.currentPassword ??
    (input && typeof input === 'object'
      ? (input as Record<string, unknown>).currentPassword
      : null);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The guard behind the `recentlyAuthenticated` shield rule: true when the session's proof is
 * recent, otherwise a REAUTHENTICATION_REQUIRED error. A `currentPassword` argument, when sent,
 * must be right and counts as `reauthenticate(password)`: enough on its own without two-step
 * sign-in; with it, `reauthenticate` must be called with a code.
 */
export async function checkRecentAuthentication(
  ctx: RequestContext,
  args: Record<string, unknown>,
): Promise<true | GraphQLError> {
  const actor = ctx.actor;
  if (!actor) throw new Error('checkRecentAuthentication called without an actor');
  // A service proves itself with its token on every request and has no password to re-enter;
  // whether it may do this at all is up to its permissions (e.g. an HR system deactivating).
  if (actor.kind !== 'user') return true;
  const password = inlinePassword(args);
  let passwordWithoutCode = false;
  if (password !== undefined) {
    let outcome: ReauthenticationOutcome;
    try {
      outcome = await reauthenticate(ctx, actor, { password });
    } catch (error) {
      // Shield turns thrown errors into FORBIDDEN; RATE_LIMITED must come through as it is.
      if (error instanceof GraphQLError) return error;
      throw error;
    }
    if (outcome.ok) return true;
    if (outcome.code === 'WRONG_PASSWORD') {
      return reauthenticationRequired({
        ...(await reauthenticationProofsOf(ctx, actor)),
        reason: 'WRONG_PASSWORD',
        message: 'Your current password is not right.',
      });
    }
    passwordWithoutCode = outcome.code === 'CODE_REQUIRED';
  }
  if (await authenticatedRecently(ctx, actor)) return true;
  const proofs = await reauthenticationProofsOf(ctx, actor);
  if (passwordWithoutCode) {
    return reauthenticationRequired({ ...proofs, secondFactor: true, reason: 'CODE_REQUIRED' });
  }
  return reauthenticationRequired(proofs);
}
