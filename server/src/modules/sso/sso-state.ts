import { hkdfSync } from 'node:crypto';
import { decrypt, encrypt, safeEqual } from '../../core/secrets.js';

/** Ten minutes from leaving for the identity provider to coming back. */
export const SSO_STATE_TTL_MS = 10 * 60_000;

/** Like the session cookie: `__Host-` needs Secure, which plain http://localhost cannot have. */
export function ssoCookieName(secure: boolean): string {
  return secure ? '__Host-horae_sso' : 'horae_sso';
}

/**
 * What the browser carries to the identity provider and back, in an encrypted HttpOnly cookie:
 * the state (also in the URL), the nonce expected in the ID token, the PKCE verifier, and the
 * site the attempt belongs to. Only this browser can complete the attempt it started.
 */
export type SsoAttempt = {
  siteId: string;
  slug: string;
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
  /** Where the browser goes after a successful callback: a path on this origin (see below). */
  returnTo?: string;
  /** Confirms the signed-in person again (a fresh proof for their session), not a new sign-in. */
  reauth?: boolean;
};

const RETURN_TO_MAX_LENGTH = 1000;

/**
 * A `returnTo` the callback may redirect to, or '/': only a path on this origin. Not `//host`
 * (protocol-relative), and no backslashes or control characters, which browsers normalise
 * ('/\evil.example' and '/<tab>/evil.example' both become '//evil.example').
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > RETURN_TO_MAX_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  if (/[\\\p{Cc}]/u.test(value)) return '/';
  return value;
}

/** A key of its own for these cookies, derived from the installation's secret key. */
function cookieKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'horae sso attempt', 32));
}

export function sealAttempt(attempt: SsoAttempt, secretKey: Buffer): string {
  return encrypt(JSON.stringify(attempt), cookieKey(secretKey)).toString('base64url');
}

/** The attempt in the cookie, or null when it is missing, tampered with or expired. */
export function openAttempt(
  cookieValue: string | undefined,
  secretKey: Buffer,
  now = Date.now(),
): SsoAttempt | null {
  if (!cookieValue) return null;
  let attempt: SsoAttempt;
  try {
    attempt = JSON.parse(
      decrypt(Buffer.from(cookieValue, 'base64url'), cookieKey(secretKey)),
    ) as SsoAttempt;
  } catch {
    return null;
  }
  return typeof attempt.expiresAt === 'number' && attempt.expiresAt > now ? attempt : null;
}

/** The state in the callback URL is the one this browser's cookie carries. */
export function stateMatches(attempt: SsoAttempt, state: unknown): boolean {
  return typeof state === 'string' && safeEqual(Buffer.from(attempt.state), Buffer.from(state));
}
