import { describe, expect, it } from 'vitest';
import { checkPasswordLength, normalizePassword, siteSlugSchema } from './index.js';

describe('password length rules', () => {
  it('needs 15 characters without MFA and 8 with MFA', () => {
    expect(checkPasswordLength('a'.repeat(14))).toMatchObject({ code: 'TOO_SHORT' });
    expect(checkPasswordLength('a'.repeat(14))?.message).toMatch(
      /at least 15 characters \(it has 14\)/,
    );
    expect(checkPasswordLength('a'.repeat(15))).toBeNull();
    expect(checkPasswordLength('a'.repeat(8), true)).toBeNull();
    expect(checkPasswordLength('a'.repeat(7), true)).toMatchObject({ code: 'TOO_SHORT' });
  });

  it('accepts 64 and 256 characters and refuses 257', () => {
    expect(checkPasswordLength('b'.repeat(64))).toBeNull();
    expect(checkPasswordLength('b'.repeat(256))).toBeNull();
    expect(checkPasswordLength('b'.repeat(257))).toMatchObject({ code: 'TOO_LONG' });
  });

  it('counts Unicode code points after NFKC normalisation', () => {
    expect(normalizePassword('ﬁ')).toBe('fi');
    expect(normalizePassword('Å')).toBe('Å'); // Angstrom sign -> A with ring
    expect(checkPasswordLength('😀'.repeat(15))).toBeNull();
    expect(checkPasswordLength('😀'.repeat(14))).toMatchObject({ code: 'TOO_SHORT' });
  });
});

describe('site slugs', () => {
  it('accepts lower-case slugs and explains refusals', () => {
    expect(siteSlugSchema.safeParse('acme-bv').success).toBe(true);
    const bad = siteSlugSchema.safeParse('Acme BV');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/lower-case/);
  });
});
