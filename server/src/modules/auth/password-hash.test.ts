import { describe, expect, it } from 'vitest';
import { isLegacyHash, legacyHashProblem } from './password-hash.js';

const SALT = Buffer.alloc(16, 7).toString('base64');
const KEY = Buffer.alloc(32, 9).toString('base64');
const phc = (params: string, salt = SALT, key = KEY) => `$pbkdf2-sha256$${params}$${salt}$${key}`;

describe('hashes imported from a previous system', () => {
  it('takes the PBKDF2-SHA256 form that sign-in verifies', () => {
    for (const hash of [
      phc('i=600000,l=32'),
      phc('i=1000000'),
      phc('i=600000,l=32', 'c2FsdHNhbHQ'),
    ]) {
      expect(legacyHashProblem(hash), hash).toBeNull();
      expect(isLegacyHash(hash)).toBe(true);
    }
  });

  it('says why it refuses the others, without repeating the hash', () => {
    const cases: [string, RegExp][] = [
      ['$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', /not a password hash Horae can take/],
      [phc('i=600000,l=64').replace('sha256', 'sha512'), /not a password hash/],
      ['plain-text-password', /not a password hash/],
      [phc('i=599999,l=32'), /599,999 iterations; at least 600,000/],
      [phc('i=20000000,l=32'), /more than 10,000,000 iterations/],
      [phc('i=600000,l=16'), /wrong length/],
      [phc('i=600000,l=32', SALT, Buffer.alloc(16).toString('base64')), /wrong length/],
      [phc('i=600000,l=32', 'c2FsdA'), /wrong length/],
      ['$pbkdf2-sha256$i=600000', /cut off at its comma/],
    ];
    for (const [hash, reason] of cases) {
      const problem = legacyHashProblem(hash);
      expect(problem, hash).toMatch(reason);
      expect(problem).not.toContain(KEY);
      expect(problem).not.toContain(SALT);
    }
  });
});
