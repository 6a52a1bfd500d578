import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_LENGTH_WITH_MFA } from '@horae/shared/validation';
import type { RequestContext } from '../../core/context.js';
import { randomToken, sha256 } from '../../core/secrets.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAudit } from '../audit/audit.service.js';
import { breachedFile } from '../auth/breached.js';
import { hashPassword } from '../auth/password-hash.js';
import { checkNewPassword } from '../auth/password-policy.js';
import { revokeAllSessionsOf } from '../auth/session.service.js';
import { hasConfirmedFactor } from '../mfa/mfa.service.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import { mailAllowance, recordMailRequest } from './mail-limit.js';
import { UserToken, type TokenPurpose } from './user-token.entity.js';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 3_600_000,
  password_reset: 60 * 60_000,
};

const LINK_PATH: Record<TokenPurpose, string> = {
  invitation: '/accept-invitation',
  password_reset: '/reset-password',
};

/** Creates a single-use link for the user and mails it. Earlier unused links of the same kind stop working. */
export async function sendTokenMail(
  ctx: RequestContext,
  site: Site,
  user: User,
  purpose: TokenPurpose,
): Promise<void> {
  const secret = randomToken(32);
  await ctx.em.nativeUpdate(
    UserToken,
    { user: user.id, purpose, usedAt: null },
    { usedAt: new Date() },
  );
  ctx.em.create(UserToken, {
    site: site.id,
    user: user.id,
    purpose,
    tokenHash: sha256(secret),
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]),
  });
  await ctx.em.flush();
  const link = new URL(`${LINK_PATH[purpose]}?token=${secret}`, ctx.config.publicUrl).toString();
  const mail =
    purpose === 'invitation'
      ? {
          subject: `You are invited to ${site.name} on Horae`,
          text: `Hello ${user.displayName},\n\nYou have been invited to ${site.name} on Horae. Choose your password here (the link works once, for 7 days):\n\n${link}\n\nSite: ${site.slug}\nEmail: ${user.email}\n`,
        }
      : {
          subject: `Reset your Horae password for ${site.name}`,
          text: `Hello ${user.displayName},\n\nSomeone asked to reset your password for ${site.name} on Horae. If it was you, choose a new one here (the link works once, for 1 hour):\n\n${link}\n\nIf it was not you, ignore this mail: your password stays as it is.\n`,
        };
  await ctx.mailer.send({ to: user.email, ...mail });
}

/**
 * Always answers the same, whether or not the email belongs to someone on the site: the mail
 * only goes out when it does, and within the limits of `MAIL_LIMITS`.
 */
export async function requestPasswordReset(
  ctx: RequestContext,
  siteSlug: string,
  email: string,
): Promise<void> {
  // Counted before anything is looked up: an unknown address costs the client the same.
  const allowance = await mailAllowance(ctx, 'password_reset', email, { limitClient: true });
  const site = await ctx.em.findOne(Site, { slug: siteSlug.trim().toLowerCase() });
  if (site) await ctx.enterSite(site.id);
  const user = site
    ? await ctx.em.findOne(User, { email: email.trim().toLowerCase(), status: 'active' })
    : null;
  if (allowance.refused) {
    ctx.logger.warn(
      {
        requestId: ctx.requestId,
        siteId: site?.id ?? null,
        userId: user?.id ?? null,
        limit: allowance.refused,
      },
      'password reset mail not sent: rate limit reached',
    );
  }
  if (!site || !user) {
    await recordMailRequest(ctx, allowance, site?.id ?? null, false);
    return;
  }
  const audit = (action: string, data?: Record<string, unknown>) =>
    appendAudit(ctx.em, {
      siteId: site.id,
      action,
      actorType: 'anonymous',
      targetType: 'user',
      targetId: user.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      ...(data ? { data } : {}),
    });
  if (allowance.refused) {
    // Same answer as always; only the mail is held back (no flooding of someone's inbox).
    await recordMailRequest(ctx, allowance, site.id, false);
    await audit('auth.password_reset_throttled', { limit: allowance.refused });
    return;
  }
  await sendTokenMail(ctx, site, user, 'password_reset');
  await recordMailRequest(ctx, allowance, site.id, true);
  await audit('auth.password_reset_requested');
}

type ResolvedToken = {
  token_id: string;
  site_id: string;
  user_id: string;
  purpose: TokenPurpose;
  expires_at: Date;
  used_at: Date | null;
};

const BAD_LINK =
  'This link is not valid any more: it was used already, has expired, or was replaced by a newer one. Ask for a new one.';

/**
 * The site and person of a link that can still be used: issued for this purpose, unused, not
 * expired, and its person active. Null otherwise, whatever the reason.
 */
async function resolvePasswordLink(
  ctx: RequestContext,
  purpose: TokenPurpose,
  secret: string,
): Promise<{ tokenId: string; site: Site; user: User } | null> {
  const rows = await ctx.em.execute<ResolvedToken[]>('select * from horae_resolve_user_token(?)', [
    sha256(secret.trim()),
  ]);
  const row = rows[0];
  if (
    !row ||
    row.purpose !== purpose ||
    row.used_at ||
    new Date(row.expires_at).getTime() <= Date.now()
  ) {
    return null;
  }
  await ctx.enterSite(row.site_id);
  const site = await ctx.em.findOneOrFail(Site, row.site_id);
  const user = await ctx.em.findOne(User, { id: row.user_id, status: 'active' });
  return user ? { tokenId: row.token_id, site, user } : null;
}

/** What the new password is measured against besides the breached lists (shared rules). */
async function passwordContextOf(ctx: RequestContext, site: Site, user: User) {
  return {
    userInputs: [user.displayName, user.email, site.name, site.slug],
    minScore: site.minPasswordScore,
    // A reset leaves two-step sign-in on, so its shorter minimum applies (invitees have none yet).
    hasMfa: await hasConfirmedFactor(ctx, user.id),
  };
}

export type PasswordLinkRules = {
  minPasswordScore: number;
  minPasswordLength: number;
  userInputs: string[];
};

/**
 * What the live strength meter needs before the password is sent: the rules `usePasswordLink`
 * will apply. Null for any link that would be refused, so the answer tells nothing more.
 */
export async function passwordLinkRules(
  ctx: RequestContext,
  purpose: TokenPurpose,
  secret: string,
): Promise<PasswordLinkRules | null> {
  const link = await resolvePasswordLink(ctx, purpose, secret);
  if (!link) return null;
  const context = await passwordContextOf(ctx, link.site, link.user);
  return {
    minPasswordScore: context.minScore,
    minPasswordLength: context.hasMfa ? PASSWORD_MIN_LENGTH_WITH_MFA : PASSWORD_MIN_LENGTH,
    userInputs: context.userInputs,
  };
}

/** Sets a password from an emailed link (invitation or reset). The link works once. */
export async function usePasswordLink(
  ctx: RequestContext,
  purpose: TokenPurpose,
  secret: string,
  newPassword: string,
): Promise<UserError[]> {
  const link = await resolvePasswordLink(ctx, purpose, secret);
  if (!link) return [UserError.of('INVALID_LINK', BAD_LINK, 'token')];
  const { site, user } = link;
  const problems = await checkNewPassword(newPassword, {
    breachedFile: breachedFile(ctx.config.dataDir, process.env.HORAE_BREACHED_FILE),
    ...(await passwordContextOf(ctx, site, user)),
  });
  if (problems.length) return problems.map(p => UserError.of(p.code, p.message, 'password'));
  user.passwordHash = await hashPassword(newPassword);
  await ctx.em.nativeUpdate(UserToken, { id: link.tokenId }, { usedAt: new Date() });
  await ctx.em.flush();
  const ended = await revokeAllSessionsOf(ctx.em, user.id, purpose);
  await appendAudit(ctx.em, {
    siteId: site.id,
    action: purpose === 'invitation' ? 'auth.invitation_accepted' : 'auth.password_reset',
    actorType: 'user',
    actorId: user.id,
    targetType: 'user',
    targetId: user.id,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data: { sessionsEnded: ended },
  });
  return [];
}
