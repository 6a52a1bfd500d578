import { z } from 'zod';

/** Password length rules (SECURITY.md). Strength and breach checks come on top of these. */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MIN_LENGTH_WITH_MFA = 8;
export const PASSWORD_MAX_LENGTH = 256;

export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export type PasswordProblem = { code: 'TOO_SHORT' | 'TOO_LONG'; message: string };

/** Length is counted in Unicode code points after NFKC normalisation. */
export function checkPasswordLength(password: string, hasMfa = false): PasswordProblem | null {
  const length = [...normalizePassword(password)].length;
  const min = hasMfa ? PASSWORD_MIN_LENGTH_WITH_MFA : PASSWORD_MIN_LENGTH;
  if (length < min) {
    return {
      code: 'TOO_SHORT',
      message: `The password is too short: use at least ${min} characters (it has ${length}).`,
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      code: 'TOO_LONG',
      message: `The password is too long: use at most ${PASSWORD_MAX_LENGTH} characters.`,
    };
  }
  return null;
}

export const siteSlugSchema = z
  .string()
  .min(2, 'A site slug has at least 2 characters.')
  .max(63, 'A site slug has at most 63 characters.')
  .regex(
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
    'A site slug uses lower-case letters, digits and inner hyphens only.',
  );

export const emailSchema = z
  .string()
  .trim()
  .max(320, 'An email address has at most 320 characters.')
  .email('Enter a valid email address.')
  .transform(s => s.toLowerCase());

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'A name is required.')
  .max(200, 'A name has at most 200 characters.');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else cannot name a row and is treated as "not found". */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
