import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { UserActor, RequestContext } from '../../core/context.js';
import { decrypt, encrypt, loadSecretKey, randomToken, sha256 } from '../../core/secrets.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import { MfaFactor, RecoveryCode } from './mfa.entity.js';

const PERIOD = 30;
const RECOVERY_CODES = 10;

function totpFor(secret: string, site: Site, user: User): TOTP {
  return new TOTP({
    issuer: `Horae (${site.name})`,
    label: user.email,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
  });
}

function key(ctx: RequestContext): Buffer {
  return loadSecretKey(ctx.config.dataDir, ctx.config.secretKey);
}

function audit(
  ctx: RequestContext,
  siteId: string,
  userId: string,
  action: string,
  data: Record<string, unknown> = {},
) {
  return auditByUser(ctx, { siteId, userId }, action, { type: 'user', id: userId }, data);
}

export async function hasConfirmedFactor(ctx: RequestContext, userId: string): Promise<boolean> {
  return (await ctx.em.count(MfaFactor, { user: userId, confirmedAt: { $ne: null } })) > 0;
}

export type Enrollment = { secret: string; otpauthUri: string; qrCodeSvg: string };

/**
 * Starts (or restarts) enrolment: a new secret, shown as a QR code and as text. Like every change
 * here, it needs a recent proof of who it is (the `recentlyAuthenticated` rule).
 */
export async function startEnrollment(
  ctx: RequestContext,
  actor: UserActor,
): Promise<Enrollment | UserError> {
  const user = await ctx.em.findOneOrFail(User, actor.userId);
  if (await hasConfirmedFactor(ctx, actor.userId)) {
    return UserError.of(
      'ALREADY_ENABLED',
      'Two-step sign-in is already on. Turn it off first to use a new app.',
    );
  }
  const site = await ctx.em.findOneOrFail(Site, actor.siteId);
  const secret = new Secret({ size: 20 }).base32;
  await ctx.em.nativeDelete(MfaFactor, { user: actor.userId });
  ctx.em.create(MfaFactor, {
    site: actor.siteId,
    user: actor.userId,
    secretEncrypted: encrypt(secret, key(ctx)),
  });
  await ctx.em.flush();
  const otpauthUri = totpFor(secret, site, user).toString();
  const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 });
  return { secret, otpauthUri, qrCodeSvg };
}

/** Accepts a 6-digit code once (±1 step of 30 s) and remembers the step used. */
async function acceptCode(ctx: RequestContext, factor: MfaFactor, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return false;
  const site = await ctx.em.findOneOrFail(Site, factor.site.id);
  const user = await ctx.em.findOneOrFail(User, factor.user.id);
  const totp = totpFor(decrypt(factor.secretEncrypted, key(ctx)), site, user);
  const now = Date.now();
  const delta = totp.validate({ token: code.replace(/\s/g, ''), timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (factor.lastStep != null && step <= factor.lastStep) return false;
  factor.lastStep = step;
  await ctx.em.flush();
  return true;
}

export async function confirmEnrollment(
  ctx: RequestContext,
  actor: UserActor,
  code: string,
): Promise<string[] | UserError> {
  const factor = await ctx.em.findOne(MfaFactor, { user: actor.userId, confirmedAt: null });
  if (!factor) return UserError.of('NOT_STARTED', 'Start setting up two-step sign-in first.');
  if (!(await acceptCode(ctx, factor, code))) {
    return UserError.of(
      'WRONG_CODE',
      'That code is not right. Check the time on your phone and enter the current code.',
      'code',
    );
  }
  factor.confirmedAt = new Date();
  const codes = await issueRecoveryCodes(ctx, actor);
  await audit(ctx, actor.siteId, actor.userId, 'auth.mfa_enabled');
  return codes;
}

/** A new set of recovery codes; any earlier ones stop working. Shown once, stored hashed. */
async function issueRecoveryCodes(ctx: RequestContext, actor: UserActor): Promise<string[]> {
  await ctx.em.nativeDelete(RecoveryCode, { user: actor.userId });
  const codes = Array.from({ length: RECOVERY_CODES }, () =>
    randomToken(10).replace(/[-_]/g, 'x').slice(0, 12).toLowerCase(),
  );
  for (const c of codes)
    ctx.em.create(RecoveryCode, { site: actor.siteId, user: actor.userId, codeHash: sha256(c) });
  await ctx.em.flush();
  return codes;
}

export async function regenerateRecoveryCodes(
  ctx: RequestContext,
  actor: UserActor,
): Promise<string[] | UserError> {
  if (!(await hasConfirmedFactor(ctx, actor.userId))) {
    return UserError.of('NOT_ENABLED', 'Turn on two-step sign-in first.');
  }
  const codes = await issueRecoveryCodes(ctx, actor);
  await audit(ctx, actor.siteId, actor.userId, 'auth.recovery_codes_regenerated');
  return codes;
}

export async function disableMfa(ctx: RequestContext, actor: UserActor): Promise<void> {
  const removed = await ctx.em.nativeDelete(MfaFactor, { user: actor.userId });
  await ctx.em.nativeDelete(RecoveryCode, { user: actor.userId });
  if (removed) await audit(ctx, actor.siteId, actor.userId, 'auth.mfa_disabled');
}

/** The second step of sign-in: a current code, or one of the recovery codes (each once). */
export async function verifySecondFactor(
  ctx: RequestContext,
  userId: string,
  siteId: string,
  code: string,
): Promise<'totp' | 'recovery' | null> {
  const factor = await ctx.em.findOne(MfaFactor, { user: userId, confirmedAt: { $ne: null } });
  if (!factor) return null;
  if (await acceptCode(ctx, factor, code)) return 'totp';
  const recovery = await ctx.em.findOne(RecoveryCode, {
    user: userId,
    codeHash: sha256(code.trim().toLowerCase()),
    usedAt: null,
  });
  if (recovery) {
    recovery.usedAt = new Date();
    await ctx.em.flush();
    await audit(ctx, siteId, userId, 'auth.recovery_code_used', {
      remaining: await ctx.em.count(RecoveryCode, { user: userId, usedAt: null }),
    });
    return 'recovery';
  }
  return null;
}
