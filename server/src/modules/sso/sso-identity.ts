/** Who the identity provider says signed in, from ID token (and UserInfo) claims. */
export type Identity = {
  email: string | null;
  verified: boolean;
  name: string | null;
  sub: string;
};

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * Only a verified address identifies a person. `email_verified` is the standard claim;
 * Microsoft Entra ID does not send it and offers the optional claim `xms_edov` (the address's
 * domain is verified by the tenant) instead, accepted only when `email_verified` is absent.
 */
export function identityFrom(claims: Record<string, unknown>): Identity {
  const verifiedClaim = claims.email_verified;
  const verified =
    verifiedClaim === undefined
      ? claims.xms_edov === true || claims.xms_edov === 'true'
      : verifiedClaim === true || verifiedClaim === 'true';
  return {
    email: stringClaim(claims.email)?.toLowerCase() ?? null,
    verified,
    name: stringClaim(claims.name),
    sub: String(claims.sub),
  };
}

/** How long before the callback the provider may have authenticated the person to confirm them. */
export const SSO_REAUTH_MAX_AGE_SECONDS = 5 * 60;

/**
 * The ID token's `auth_time` (seconds since the epoch), when the provider sends one, is recent:
 * a provider that ignored prompt=login and max_age=0 would otherwise pass off an old sign-in.
 * Providers that do not send it are trusted to have honoured prompt=login.
 */
export function authenticatedRecentlyAtProvider(authTime: unknown, now = Date.now()): boolean {
  if (authTime === undefined) return true;
  if (typeof authTime !== 'number' || !Number.isFinite(authTime)) return false;
  return now / 1000 - authTime <= SSO_REAUTH_MAX_AGE_SECONDS;
}
