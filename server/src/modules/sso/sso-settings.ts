import type { RequestContext } from '../../core/context.js';
import { encrypt } from '../../core/secrets.js';
import { UserError } from '../../graphql/user-error.js';
import type { Site } from '../site/site.entity.js';
import { discoveryProblem, issuerProblem, secretKey } from './sso-client.js';

/** The single sign-on part of SiteSettingsInput. */
export type SsoSettingsInput = {
  /** The SsoMode enum's values: off, optional, required. */
  ssoMode?: string | null;
  ssoIssuer?: string | null;
  ssoClientId?: string | null;
  ssoClientSecret?: string | null;
  ssoAutoCreate?: boolean | null;
};

/** Input keys handled here; the generic settings loop leaves them alone. */
export const SSO_INPUT_KEYS: ReadonlySet<string> = new Set([
  'ssoMode',
  'ssoIssuer',
  'ssoClientId',
  'ssoClientSecret',
  'ssoAutoCreate',
]);

export type SsoSettingsChange = {
  errors: UserError[];
  /** Applies the change to the site; true when the client secret was set, replaced or removed. */
  apply: () => boolean;
};

/** null keeps the value, "" clears it. */
function next(value: string | null | undefined, current: string | null): string | null {
  if (value == null) return current;
  return value.trim() || null;
}

/** At least one active administrator who could still sign in with password + code. */
async function hasBreakGlassAdministrator(ctx: RequestContext): Promise<boolean> {
  const rows = await ctx.em.execute<{ n: string }[]>(
    `select count(*) as n from group_membership m
       join user_group g on g.id = m.group_id and g.built_in = 'administrators'
       join app_user u on u.id = m.user_id and u.status = 'active'
       join mfa_factor f on f.user_id = u.id and f.confirmed_at is not null`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * Checks the single sign-on settings of siteSettingsUpdate. Turning SSO on needs issuer, client
 * id and secret; a new issuer is checked by reading its discovery document; requiring SSO needs
 * an administrator with two-step sign-in (the break-glass account).
 */
export async function checkSsoSettings(
  ctx: RequestContext,
  site: Site,
  input: SsoSettingsInput,
): Promise<SsoSettingsChange> {
  const errors: UserError[] = [];
  const issuer = next(input.ssoIssuer, site.ssoIssuer ?? null);
  const clientId = next(input.ssoClientId, site.ssoClientId ?? null);
  const secret = input.ssoClientSecret == null ? undefined : input.ssoClientSecret.trim() || null;
  const hasSecret = secret === undefined ? site.ssoClientSecret != null : secret !== null;
  const mode = (input.ssoMode ?? site.ssoMode) as Site['ssoMode'];

  if (issuer !== null && issuer.length > 500) {
    errors.push(UserError.of('INVALID_ISSUER', 'Use at most 500 characters.', 'ssoIssuer'));
  } else if (issuer !== null && issuer !== (site.ssoIssuer ?? null)) {
    const problem =
      issuerProblem(issuer, ctx.config) ?? (await discoveryProblem(issuer, ctx.config));
    if (problem) errors.push(UserError.of('INVALID_ISSUER', problem, 'ssoIssuer'));
  }
  if (clientId !== null && clientId.length > 255) {
    errors.push(UserError.of('INVALID_CLIENT_ID', 'Use at most 255 characters.', 'ssoClientId'));
  }
  if (secret && secret.length > 1000) {
    errors.push(
      UserError.of('INVALID_CLIENT_SECRET', 'Use at most 1000 characters.', 'ssoClientSecret'),
    );
  }
  if (mode !== 'off' && (!issuer || !clientId || !hasSecret)) {
    errors.push(
      UserError.of(
        'SSO_INCOMPLETE',
        'Single sign-on needs the issuer, the client ID and the client secret. Fill them in, or choose Off.',
        'ssoMode',
      ),
    );
  } else if (
    mode === 'required' &&
    site.ssoMode !== 'required' &&
    !(await hasBreakGlassAdministrator(ctx))
  ) {
    errors.push(
      UserError.of(
        'NO_BREAK_GLASS_ADMINISTRATOR',
        'Before requiring single sign-on, turn on two-step sign-in for at least one administrator ' +
          '(under Account): administrators with two-step sign-in can still use their password if ' +
          'the identity provider fails.',
        'ssoMode',
      ),
    );
  }

  return {
    errors,
    apply: () => {
      site.ssoMode = mode;
      site.ssoIssuer = issuer;
      site.ssoClientId = clientId;
      if (input.ssoAutoCreate != null) site.ssoAutoCreate = input.ssoAutoCreate;
      if (secret === undefined) return false;
      site.ssoClientSecret = secret === null ? null : encrypt(secret, secretKey(ctx.config));
      return true;
    },
  };
}
