import { hash, verify, type Options } from '@node-rs/argon2';
import { normalizePassword } from '@horae/shared/validation';
import { pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

/**
 * Legacy hashes imported from a previous system: PBKDF2-SHA256 in PHC form
 * `$pbkdf2-sha256$i=600000,l=32$<base64 salt>$<base64 hash>`, at least 600,000 iterations.
 * They are verified once and replaced by Argon2id at that sign-in (see login).
 */
const PBKDF2 =
  /^\$pbkdf2-sha256\$i=(\d+)(?:,l=(\d+))?\$([A-Za-z0-9+/.=_-]+)\$([A-Za-z0-9+/.=_-]+)$/;
export const PBKDF2_MIN_ITERATIONS = 600_000;

/** Iterations cost the server at every sign-in: more than this would let a file stall logins. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
const PBKDF2_KEY_BYTES = 32;

export function isLegacyHash(phc: string): boolean {
  return PBKDF2.test(phc);
}

/**
 * Why a hash brought in from another system cannot be stored (null when it can): it must be the
 * PBKDF2-SHA256 form that sign-in verifies, strong enough, with a 32-byte key. The message never
 * repeats the hash.
 */
export function legacyHashProblem(phc: string): string | null {
  const form =
    'Give a PBKDF2-SHA256 hash as $pbkdf2-sha256$i=<iterations>,l=32$<base64 salt>$<base64 hash>.';
  const m = PBKDF2.exec(phc);
  if (/^\$pbkdf2-sha256\$i=\d+$/.test(phc)) {
    return 'The hash was cut off at its comma: in a comma-separated file, put it in double quotes.';
  }
  if (!m) return `This is not a password hash Horae can take. ${form}`;
  const iterations = Number(m[1]);
  if (iterations < PBKDF2_MIN_ITERATIONS) {
    return `The hash uses ${iterations.toLocaleString('en')} iterations; at least ${PBKDF2_MIN_ITERATIONS.toLocaleString('en')} are needed. Such people can be invited instead (leave the hash blank).`;
  }
  if (iterations > PBKDF2_MAX_ITERATIONS) {
    return `The hash uses more than ${PBKDF2_MAX_ITERATIONS.toLocaleString('en')} iterations, which would make every sign-in too slow.`;
  }
  const salt = Buffer.from(m[3]!, 'base64');
  const key = Buffer.from(m[4]!, 'base64');
  const length = m[2] === undefined ? key.length : Number(m[2]);
  if (salt.length < 8 || key.length !== PBKDF2_KEY_BYTES || length !== PBKDF2_KEY_BYTES) {
    return `The salt or the hash has the wrong length (a salt of at least 8 bytes and a 32-byte hash, l=32). ${form}`;
  }
  return null;
}

async function verifyPbkdf2(phc: string, password: string): Promise<boolean> {
  const m = PBKDF2.exec(phc);
  if (!m) return false;
  const iterations = Number(m[1]);
  if (iterations < PBKDF2_MIN_ITERATIONS) return false;
  const salt = Buffer.from(m[3]!, 'base64');
  const expected = Buffer.from(m[4]!, 'base64');
  const actual = await pbkdf2Async(password, salt, iterations, expected.length, 'sha256');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** OWASP minimum for Argon2id; the PHC string records them so they can be raised later. */
export const ARGON2_PARAMS: Options = {
  // Algorithm.Argon2id (a const enum that isolatedModules cannot import).
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export async function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), ARGON2_PARAMS);
}

/** Spent on unknown accounts so that they take as long as known ones. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  phc: string | null | undefined,
  password: string,
): Promise<boolean> {
  const normalized = normalizePassword(password);
  if (!phc) {
    dummyHash ??= hash('horae-timing-equaliser', ARGON2_PARAMS);
    await verify(await dummyHash, normalized).catch(() => false);
    return false;
  }
  try {
    if (isLegacyHash(phc)) return await verifyPbkdf2(phc, normalized);
    return await verify(phc, normalized);
  } catch {
    return false;
  }
}
