import { hash, verify, type Options } from '@node-rs/argon2';
import { normalizePassword } from '@horae/shared/validation';

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
    return await verify(phc, normalized);
  } catch {
    return false;
  }
}
