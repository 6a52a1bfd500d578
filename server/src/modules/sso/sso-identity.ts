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
