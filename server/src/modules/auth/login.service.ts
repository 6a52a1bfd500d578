import { PASSWORD_MAX_LENGTH } from '@horae/shared/validation';
import type { RequestContext } from '../../core/context.js';
import { appendAudit } from '../audit/audit.service.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import {
  attemptKeys,
  rateLimited,
  recordAttempt,
  secondsUntilAllowed,
} from '../throttle/throttle.service.js';
import { hashPassword, isLegacyHash, verifyPassword } from './password-hash.js';
import { hasConfirmedFactor, verifySecondFactor } from '../mfa/mfa.service.js';
import { buildActor, revokeSession, startSession } from './session.service.js';
import { mayUsePasswordDespiteSso, SSO_REQUIRED_MESSAGE } from '../sso/sso.service.js';

export type LoginInput = { site: string; email: string; password: string };

export type LoginOutcome =
  | { ok: true; userId: string }
  | { ok: 'mfa' }
  | {
      ok: false;
      code: 'INVALID_CREDENTIALS' | 'ACCOUNT_DEACTIVATED' | 'WRONG_CODE' | 'SSO_REQUIRED';
      message: string;
    };

/** One answer for a wrong site, a wrong email and a wrong password. */
export const INVALID_CREDENTIALS_MESSAGE =
  'The site, email or password is not right. Check them and try again.';

const invalid: LoginOutcome = {
  ok: false,
  code: 'INVALID_CREDENTIALS',
  message: INVALID_CREDENTIALS_MESSAGE,
};

export async function login(ctx: RequestContext, input: LoginInput): Promise<LoginOutcome> {
  const slug = input.site.trim().toLowerCase();
  const email = input.email.trim().toLowerCase();
  // Over-long input cannot be a valid password; refuse before spending a hash on it.
  const password = input.password.length > PASSWORD_MAX_LENGTH * 4 ? '' : input.password;

  const keys = attemptKeys(ctx.ip, slug, email);
  const wait = await secondsUntilAllowed(ctx.em, keys);
  if (wait > 0) {
    ctx.outcome.retryAfterSeconds = wait;
    throw rateLimited(wait);
  }
  const site = slug ? await ctx.em.findOne(Site, { slug }) : null;
  const record = (success: boolean) =>
    recordAttempt(
      { em: ctx.em, siteId: site?.id ?? null, ip: ctx.ip, requestId: ctx.requestId },
      keys,
      success,
    );
  if (!site) {
    await verifyPassword(null, password);
    await record(false);
    return invalid;
  }
  await ctx.enterSite(site.id);
  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  const audit = (action: string, data: Record<string, unknown>, actorId: string | null) =>
    appendAudit(ctx.em, {
      siteId: site.id,
      action,
      actorType: actorId ? 'user' : 'anonymous',
      actorId,
      targetType: 'user',
      targetId: user?.id ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      data,
    });

  // A site that requires single sign-on refuses passwords except from break-glass administrators;
  // the refusal reads the same whether the password was right or not.
  if (
    site.ssoMode === 'required' &&
    !(user && passwordOk && (await mayUsePasswordDespiteSso(ctx, user.id)))
  ) {
    if (!user || !passwordOk) await record(false);
    await audit('auth.login_failed', { email, reason: 'sso_required' }, null);
    return { ok: false, code: 'SSO_REQUIRED', message: SSO_REQUIRED_MESSAGE };
  }
  if (!user || !passwordOk) {
    await record(false);
    await audit(
      'auth.login_failed',
      { email, reason: !user ? 'unknown_email' : 'wrong_password' },
      null,
    );
    return invalid;
  }
  await record(true);
  if (user.status !== 'active') {
    await audit('auth.login_failed', { email, reason: 'deactivated' }, null);
    return {
      ok: false,
      code: 'ACCOUNT_DEACTIVATED',
      message: 'This account has been deactivated. Ask an administrator of your site.',
    };
  }
  if (user.passwordHash && isLegacyHash(user.passwordHash)) {
    // Imported PBKDF2 hash: replaced by Argon2id now that we have the password.
    user.passwordHash = await hashPassword(password);
    await ctx.em.flush();
    await audit('auth.password_rehashed', { from: 'pbkdf2-sha256', to: 'argon2id' }, user.id);
  }
  // A fresh session id at every sign-in: any session the browser already had is ended.
  if (ctx.actor?.kind === 'user') await revokeSession(ctx.em, ctx.actor.sessionId, 'replaced');
  if (ctx.pendingMfa) await revokeSession(ctx.em, ctx.pendingMfa.sessionId, 'replaced');
  if (await hasConfirmedFactor(ctx, user.id)) {
    // The password was right; the session only counts once the second factor is given.
    await startSession(ctx, site, user, { mfaPending: true });
    await audit('auth.password_accepted_mfa_pending', { email }, user.id);
    return { ok: 'mfa' };
  }
  const { session } = await startSession(ctx, site, user);
  ctx.actor = await buildActor(ctx, site, user.id, session.id);
  ctx.authProblem = null;
  await audit('auth.login_succeeded', { email, sessionId: session.id }, user.id);
  return { ok: true, userId: user.id };
}

export async function logout(ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  ctx.outcome.sessionCookie = { kind: 'clear' };
  if (ctx.pendingMfa) await revokeSession(ctx.em, ctx.pendingMfa.sessionId, 'logout');
  if (actor?.kind !== 'user') return;
  await revokeSession(ctx.em, actor.sessionId, 'logout');
  await appendAudit(ctx.em, {
    siteId: actor.siteId,
    action: 'auth.logout',
    actorType: 'user',
    actorId: actor.userId,
    targetType: 'session',
    targetId: actor.sessionId,
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
  ctx.actor = null;
}

/** Completes a sign-in that is waiting for its second factor (TOTP or a recovery code). */
export async function completeMfaLogin(ctx: RequestContext, code: string): Promise<LoginOutcome> {
  const pending = ctx.pendingMfa;
  if (!pending) {
    return { ok: false, code: 'INVALID_CREDENTIALS', message: 'Sign in with your password first.' };
  }
  const site = await ctx.em.findOneOrFail(Site, pending.siteId);
  const user = await ctx.em.findOneOrFail(User, pending.userId);
  const keys = attemptKeys(ctx.ip, site.slug, user.email);
  const wait = await secondsUntilAllowed(ctx.em, keys);
  if (wait > 0) {
    ctx.outcome.retryAfterSeconds = wait;
    throw rateLimited(wait);
  }
  const method = await verifySecondFactor(ctx, user.id, site.id, code);
  await recordAttempt(
    { em: ctx.em, siteId: site.id, ip: ctx.ip, requestId: ctx.requestId },
    keys,
    method !== null,
  );
  if (!method) {
    await appendAudit(ctx.em, {
      siteId: site.id,
      action: 'auth.mfa_failed',
      actorType: 'anonymous',
      targetType: 'user',
      targetId: user.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
    });
    return {
      ok: false,
      code: 'WRONG_CODE',
      message: 'That code is not right. Enter the current code from your app, or a recovery code.',
    };
  }
  await revokeSession(ctx.em, pending.sessionId, 'mfa_completed');
  const { session } = await startSession(ctx, site, user);
  ctx.actor = await buildActor(ctx, site, user.id, session.id);
  ctx.pendingMfa = null;
  await appendAudit(ctx.em, {
    siteId: site.id,
    action: 'auth.login_succeeded',
    actorType: 'user',
    actorId: user.id,
    targetType: 'user',
    targetId: user.id,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data: { email: user.email, sessionId: session.id, secondFactor: method },
  });
  return { ok: true, userId: user.id };
}
