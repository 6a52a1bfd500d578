import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app would show for `secret` (base32) at `timestamp`. */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate({
    timestamp,
  });
}

/**
 * A code for signing in after a code from `usedAt` was accepted: each 30-second step works once,
 * and the server accepts at most one step ahead, so use the current step when it is later,
 * otherwise the next one.
 */
export function laterTotpCode(secret: string, usedAt: number): string {
  const step = (t: number) => Math.floor(t / 30_000);
  const now = Date.now();
  return totpCode(secret, step(now) > step(usedAt) ? now : now + 30_000);
}
