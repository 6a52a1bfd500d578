import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthProblem, RequestContext, UserActor } from '../../core/context.js';
import { randomToken, sha256 } from '../../core/secrets.js';
import { grantsOf, groupsOfUsers } from '../group/group.service.js';
import { hasConfirmedFactor } from '../mfa/mfa.service.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import { Session } from './session.entity.js';

/** Browsers on plain http://localhost cannot use `__Host-` cookies (they require Secure). */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-horae_session' : 'horae_session';
}

/** Don't write last_seen_at on every request; a minute of precision is plenty for idle expiry. */
const TOUCH_INTERVAL_MS = 60_000;

type ResolvedSession = {
  session_id: string;
  site_id: string;
  user_id: string;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  mfa_pending_until: Date | null;
};

export type SessionResolution =
  | { actor: UserActor }
  | { pending: { sessionId: string; userId: string; siteId: string } }
  | { problem: AuthProblem };

/**
 * Turns a session cookie into an actor. Runs at the start of the request transaction; the site
 * comes from the session row, never from anything the client sent.
 */
export async function resolveSession(
  ctx: RequestContext,
  cookieValue: string,
): Promise<SessionResolution> {
  const rows = await ctx.em.execute<ResolvedSession[]>('select * from horae_resolve_session(?)', [
    sha256(cookieValue),
  ]);
  const row = rows[0];
  if (!row) return { problem: 'INVALID_TOKEN' };
  await ctx.enterSite(row.site_id);
  const site = await ctx.em.findOneOrFail(Site, row.site_id);
  const now = Date.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + site.sessionIdleMinutes * 60_000;
  // Expiry first: the first request after it ends the session, and the requests after that (the
  // cookie stays) still hear that it expired rather than that it was ended.
  if (now >= new Date(row.expires_at).getTime() || now >= idleLimit) {
    if (!row.revoked_at) {
      await ctx.em.nativeUpdate(
        Session,
        { id: row.session_id, revokedAt: null },
        { revokedAt: new Date(), revokedReason: 'expired' },
      );
    }
    return { problem: 'SESSION_EXPIRED' };
  }
  if (row.revoked_at) return { problem: 'SESSION_REVOKED' };
  const user = await ctx.em.findOne(User, { id: row.user_id, status: 'active' });
  if (!user) return { problem: 'SESSION_REVOKED' };
  if (row.mfa_pending_until) {
    if (now >= new Date(row.mfa_pending_until).getTime()) return { problem: 'SESSION_EXPIRED' };
    return { pending: { sessionId: row.session_id, userId: user.id, siteId: row.site_id } };
  }
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    await ctx.em.nativeUpdate(Session, { id: row.session_id }, { lastSeenAt: new Date(now) });
  }
  return { actor: await buildActor(ctx, site, user.id, row.session_id) };
}

/**
 * The actor for a signed-in user: permissions from their groups, and whether the site's MFA
 * requirement still asks them to turn on two-step sign-in (until then only their own account
 * may be used).
 */
export async function buildActor(
  ctx: RequestContext,
  site: Site,
  userId: string,
  sessionId: string,
): Promise<UserActor> {
  const groups = (await groupsOfUsers(ctx.em, [userId])).get(userId) ?? [];
  const mustHaveMfa =
    site.mfaRequired === 'all' ||
    (site.mfaRequired === 'admins' && groups.some(g => g.builtIn === 'administrators'));
  return {
    kind: 'user',
    userId,
    siteId: site.id,
    sessionId,
    ...grantsOf(groups),
    // Single sign-on counts as multi-factor: the identity provider is the authenticator.
    mfaEnrollmentRequired:
      mustHaveMfa &&
      !(await hasConfirmedFactor(ctx, userId)) &&
      (await ctx.em.count(Session, { id: sessionId, authMethod: 'sso' })) === 0,
  };
}

/** Creates a session and returns the cookie value (the only place the raw id ever exists). */
/** Five minutes to enter the second factor after the password. */
export const MFA_PENDING_MS = 5 * 60_000;

export async function startSession(
  ctx: RequestContext,
  site: Site,
  user: User,
  options: {
    mfaPending?: boolean;
    /** A renewed session keeps the moment of the last proof; a sign-in is a proof (now). */
    authenticatedAt?: Date | null;
    /** Single sign-on counts as multi-factor; a renewed session keeps its method. */
    authMethod?: 'password' | 'sso';
    /** A session renewed under a new id keeps its absolute expiry (counted from the sign-in). */
    expiresAt?: Date;
  } = {},
): Promise<{ session: Session; cookieValue: string }> {
  const cookieValue = randomToken(32);
  const expiresAt =
    options.expiresAt ?? new Date(Date.now() + site.sessionAbsoluteHours * 3_600_000);
  const session = ctx.em.create(Session, {
    site: site.id,
    user: user.id,
    tokenHash: sha256(cookieValue),
    expiresAt,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    mfaPendingUntil: options.mfaPending ? new Date(Date.now() + MFA_PENDING_MS) : null,
    authMethod: options.authMethod ?? 'password',
    // A session waiting for its second factor has proved nothing yet.
    authenticatedAt: options.mfaPending
      ? null
      : options.authenticatedAt === undefined
        ? new Date()
        : options.authenticatedAt,
  });
  await ctx.em.flush();
  ctx.outcome.sessionCookie = {
    kind: 'set',
    value: cookieValue,
    maxAgeSeconds: Math.max(0, Math.ceil((expiresAt.getTime() - Date.now()) / 1000)),
  };
  return { session, cookieValue };
}

export async function revokeSession(
  em: EntityManager,
  sessionId: string,
  reason: string,
): Promise<void> {
  await em.nativeUpdate(
    Session,
    { id: sessionId, revokedAt: null },
    { revokedAt: new Date(), revokedReason: reason },
  );
}

/** Deactivation ends every session of the user at once. */
export async function revokeAllSessionsOf(
  em: EntityManager,
  userId: string,
  reason: string,
): Promise<number> {
  return em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null },
    { revokedAt: new Date(), revokedReason: reason },
  );
}
