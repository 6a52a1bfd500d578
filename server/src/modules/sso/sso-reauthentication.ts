import type { RequestContext } from '../../core/context.js';
import { auditByUser } from '../audit/audit.service.js';
import { markAuthenticated } from '../auth/reauthentication.service.js';
import { resolveSession } from '../auth/session.service.js';
import type { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

export type SessionConfirmation = 'confirmed' | 'other_person' | 'other_site' | 'not_signed_in';

/**
 * Re-authentication through single sign-on: when this browser's session is valid and belongs to
 * the person the provider has just authenticated, on the same site, that session's proof is
 * renewed (as `reauthenticate` does with a password) and no new session starts. Anyone else is
 * refused and the session is left as it was.
 */
export async function confirmSignedInPerson(
  ctx: RequestContext,
  site: Site,
  sessionCookie: string | undefined,
  identity: { email: string; issuer: string },
): Promise<SessionConfirmation> {
  if (!sessionCookie) return 'not_signed_in';
  const resolved = await resolveSession(ctx, sessionCookie);
  // resolveSession enters the session's site; the rest happens on the attempt's.
  await ctx.enterSite(site.id);
  if (!('actor' in resolved)) return 'not_signed_in';
  const { actor } = resolved;
  if (actor.siteId !== site.id) return 'other_site';
  const target = { type: 'session', id: actor.sessionId };
  const user = await ctx.em.findOne(User, { email: identity.email });
  if (user?.id !== actor.userId) {
    await auditByUser(ctx, actor, 'auth.reauthentication_failed', target, {
      method: 'sso',
      reason: 'other_person',
      email: identity.email,
    });
    return 'other_person';
  }
  await markAuthenticated(ctx, actor.sessionId);
  await auditByUser(ctx, actor, 'auth.reauthenticated', target, {
    method: 'sso',
    issuer: identity.issuer,
  });
  return 'confirmed';
}
