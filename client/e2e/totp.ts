import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app would show for `secret` (base32) at `timestamp`. */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6 }).generate({
    timestamp,
  });
}
