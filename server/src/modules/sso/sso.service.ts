import type { EntityManager } from '@mikro-orm/postgresql';
import { displayNameSchema, emailSchema } from '@horae/shared/validation';
import * as oidc from 'openid-client';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { sha256 } from '../../core/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import { revokeSession, startSession } from '../auth/session.service.js';
import { Group, GroupMembership } from '../group/group.entity.js';
import { groupsOfUsers } from '../group/group.service.js';
import { hasConfirmedFactor } from '../mfa/mfa.service.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import { clientConfiguration, offersSso, ssoCallbackUrl, ssoSettingsOf } from './sso-client.js';
import { authenticatedRecentlyAtProvider, identityFrom, type Identity } from './sso-identity.js';
import { confirmSignedInPerson } from './sso-reauthentication.js';
import { safeReturnPath, SSO_STATE_TTL_MS, type SsoAttempt } from './sso-state.js';

/** Codes the sign-in page turns into sentences (client/src/features/auth/sso-errors.ts). */
export type SsoErrorCode =
  | 'SSO_NOT_AVAILABLE'
  | 'SSO_IDP_UNREACHABLE'
  | 'SSO_STATE_INVALID'
  | 'SSO_CANCELLED'
  | 'SSO_FAILED'
  | 'SSO_NO_EMAIL'
  | 'SSO_EMAIL_UNVERIFIED'
  | 'SSO_UNKNOWN_USER'
  | 'SSO_DEACTIVATED'
  | 'SSO_NOT_RECENT'
  | 'SSO_REAUTH_OTHER_PERSON';

export type SsoStart =
  | { ok: true; redirectTo: URL; attempt: SsoAttempt }
  | { ok: false; error: SsoErrorCode; slug: string | null };

export type SsoFinish =
  | { ok: true; slug: string; returnTo: string }
  | { ok: false; error: SsoErrorCode; slug: string | null };

/** Scopes asked of every provider: the subject, the email address and a display name. */
const SCOPE = 'openid email profile';

/**
 * Leaves for the site's identity provider: authorization code flow with PKCE (S256), a fresh
 * state and nonce. Nothing is written: the attempt travels in the browser's encrypted cookie.
 * With `reauth` the provider is asked to authenticate the person again (prompt=login, where the
 * provider supports it, and max_age=0), to confirm the session that is already signed in.
 */
export async function beginSsoSignIn(
  em: EntityManager,
  config: Config,
  rawSlug: unknown,
  options: { returnTo?: unknown; reauth?: boolean } = {},
): Promise<SsoStart> {
  const slug = typeof rawSlug === 'string' ? rawSlug.trim().toLowerCase().slice(0, 63) : '';
  const site = slug ? await em.findOne(Site, { slug }) : null;
  const settings = site && offersSso(site) ? ssoSettingsOf(site, config) : null;
  if (!site || !settings) return { ok: false, error: 'SSO_NOT_AVAILABLE', slug: slug || null };
  let configuration: oidc.Configuration;
  try {
    configuration = await clientConfiguration(settings, config);
  } catch {
    return { ok: false, error: 'SSO_IDP_UNREACHABLE', slug };
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const attempt: SsoAttempt = {
    siteId: site.id,
    slug,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier,
    expiresAt: Date.now() + SSO_STATE_TTL_MS,
    returnTo: safeReturnPath(options.returnTo),
    reauth: options.reauth === true,
  };
  const redirectTo = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: ssoCallbackUrl(config),
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: attempt.state,
    nonce: attempt.nonce,
    ...(attempt.reauth ? freshAuthenticationParameters(configuration) : {}),
  });
  return { ok: true, redirectTo, attempt };
}

/**
 * Asks for a new authentication, not the provider's existing session. `prompt=login` is left out
 * for a provider that lists the prompts it supports without it (an unknown prompt is an error).
 */
function freshAuthenticationParameters(configuration: oidc.Configuration): Record<string, string> {
  const prompts = configuration.serverMetadata().prompt_values_supported;
  const login = !Array.isArray(prompts) || prompts.includes('login');
  return { max_age: '0', ...(login ? { prompt: 'login' } : {}) };
}

/** Each state is accepted once: a second callback with it (a replay) finds it taken. */
async function claimState(ctx: RequestContext, attempt: SsoAttempt): Promise<boolean> {
  await ctx.em.execute('delete from sso_used_state where site_id = ? and expires_at < now()', [
    attempt.siteId,
  ]);
  const rows = await ctx.em.execute<{ id: string }[]>(
    `insert into sso_used_state (site_id, state_hash, expires_at) values (?, ?, ?)
     on conflict (state_hash) do nothing returning id`,
    [attempt.siteId, sha256(attempt.state), new Date(attempt.expiresAt)],
  );
  return rows.length === 1;
}

/** ID token claims, completed from the UserInfo endpoint when the token carries no email. */
async function identityOf(
  configuration: oidc.Configuration,
  tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>,
): Promise<Identity> {
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  if (claims.email !== undefined || !configuration.serverMetadata().userinfo_endpoint) {
    return identityFrom(claims);
  }
  const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  return identityFrom({ ...claims, ...info, sub: claims.sub });
}

async function createEmployee(ctx: RequestContext, site: Site, identity: Identity, email: string) {
  const named = displayNameSchema.safeParse(identity.name ?? '');
  const displayName = named.success ? named.data : email.split('@')[0]!.slice(0, 200);
  const employees = await ctx.em.findOneOrFail(Group, { builtIn: 'employees' });
  const user = ctx.em.create(User, {
    site: site.id,
    email,
    displayName,
    status: 'active',
    passwordHash: null,
  });
  ctx.em.create(GroupMembership, { site: site.id, user, group: employees });
  await ctx.em.flush();
  await appendAudit(ctx.em, {
    siteId: site.id,
    action: 'user.created',
    actorType: 'system',
    targetType: 'user',
    targetId: user.id,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data: { after: { email, displayName, groups: [employees.name] }, via: 'sso' },
  });
  return user;
}

/** Ends the session this browser already had (possibly on another site): a fresh id at sign-in. */
async function endPreviousSession(ctx: RequestContext, cookieValue: string | undefined) {
  if (!cookieValue) return;
  const rows = await ctx.em.execute<{ session_id: string; site_id: string }[]>(
    'select session_id, site_id from horae_resolve_session(?)',
    [sha256(cookieValue)],
  );
  if (!rows[0]) return;
  await ctx.enterSite(rows[0].site_id);
  await revokeSession(ctx.em, rows[0].session_id, 'replaced');
}

/**
 * Completes a sign-in at the callback: the state is this browser's and unused, the code is
 * exchanged with the PKCE verifier, and openid-client validates the ID token (signature,
 * issuer, audience, expiry, nonce). The person is found by verified email on the attempt's site.
 */
export async function completeSsoSignIn(
  ctx: RequestContext,
  attempt: SsoAttempt,
  callbackUrl: URL,
  previousSessionCookie: string | undefined,
): Promise<SsoFinish> {
  await ctx.enterSite(attempt.siteId);
  const site = await ctx.em.findOne(Site, attempt.siteId);
  const fail = async (error: SsoErrorCode, reason: string, data: Record<string, unknown> = {}) => {
    if (site) {
      await appendAudit(ctx.em, {
        siteId: site.id,
        action: 'auth.sso_failed',
        actorType: 'anonymous',
        ip: ctx.ip,
        requestId: ctx.requestId,
        data: { reason, ...data },
      });
    }
    return { ok: false as const, error, slug: attempt.slug };
  };
  const settings = site && offersSso(site) ? ssoSettingsOf(site, ctx.config) : null;
  if (!site || !settings) return fail('SSO_NOT_AVAILABLE', 'sso_off');
  if (!(await claimState(ctx, attempt))) return fail('SSO_STATE_INVALID', 'state_reused');
  const idpError = callbackUrl.searchParams.get('error');
  if (idpError) {
    const code = idpError === 'access_denied' ? 'SSO_CANCELLED' : 'SSO_FAILED';
    return fail(code, 'idp_error', { idpError: idpError.slice(0, 100) });
  }
  let configuration: oidc.Configuration;
  try {
    configuration = await clientConfiguration(settings, ctx.config);
  } catch {
    return fail('SSO_IDP_UNREACHABLE', 'discovery_failed');
  }
  let identity: Identity;
  let authTime: unknown;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    identity = await identityOf(configuration, tokens);
    authTime = tokens.claims()?.auth_time;
  } catch (error) {
    // Name, code and message only: the error's details can carry the person's claims.
    const { name, message, code } = error as { name?: string; message?: string; code?: string };
    ctx.logger.warn(
      { requestId: ctx.requestId, siteId: site.id, error: { name, code, message } },
      'single sign-on response refused',
    );
    return fail('SSO_FAILED', 'token_rejected');
  }
  const email = identity.email ? emailSchema.safeParse(identity.email) : null;
  if (!email?.success) return fail('SSO_NO_EMAIL', 'no_email', { sub: identity.sub });
  if (!identity.verified) {
    return fail('SSO_EMAIL_UNVERIFIED', 'email_unverified', { email: email.data });
  }
  const returnTo = safeReturnPath(attempt.returnTo);
  if (attempt.reauth) {
    if (!authenticatedRecentlyAtProvider(authTime)) {
      return fail('SSO_NOT_RECENT', 'auth_time_stale', { email: email.data });
    }
    const confirmation = await confirmSignedInPerson(ctx, site, previousSessionCookie, {
      email: email.data,
      issuer: settings.issuer,
    });
    if (confirmation === 'confirmed') return { ok: true, slug: site.slug, returnTo };
    if (confirmation === 'other_person') {
      return { ok: false, error: 'SSO_REAUTH_OTHER_PERSON', slug: attempt.slug };
    }
    if (confirmation === 'other_site') {
      return fail('SSO_REAUTH_OTHER_PERSON', 'reauth_other_site', { email: email.data });
    }
    // The session ended meanwhile (expired, signed out): the fresh proof signs in instead.
  }
  let user = await ctx.em.findOne(User, { email: email.data });
  if (!user && !site.ssoAutoCreate) {
    return fail('SSO_UNKNOWN_USER', 'unknown_email', { email: email.data });
  }
  user ??= await createEmployee(ctx, site, identity, email.data);
  if (user.status !== 'active') {
    return fail('SSO_DEACTIVATED', 'deactivated', { email: email.data });
  }
  await endPreviousSession(ctx, previousSessionCookie);
  await ctx.enterSite(site.id);
  const { session } = await startSession(ctx, site, user, { authMethod: 'sso' });
  await appendAudit(ctx.em, {
    siteId: site.id,
    action: 'auth.login_succeeded',
    actorType: 'user',
    actorId: user.id,
    targetType: 'user',
    targetId: user.id,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data: { email: user.email, sessionId: session.id, method: 'sso', issuer: settings.issuer },
  });
  return { ok: true, slug: site.slug, returnTo };
}

/**
 * Break-glass when a site requires single sign-on: members of the built-in Administrators group
 * who have two-step sign-in turned on may still use password + code, so a broken identity
 * provider cannot lock the site out.
 */
export async function mayUsePasswordDespiteSso(
  ctx: RequestContext,
  userId: string,
): Promise<boolean> {
  const groups = (await groupsOfUsers(ctx.em, [userId])).get(userId) ?? [];
  return (
    groups.some(g => g.builtIn === 'administrators') && (await hasConfirmedFactor(ctx, userId))
  );
}

export const SSO_REQUIRED_MESSAGE =
  'This site requires single sign-on: use "Sign in with single sign-on". Only administrators ' +
  'with two-step sign-in may use a password here, for emergency access.';
