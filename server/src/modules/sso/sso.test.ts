import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.js';
import { issuerProblem } from './sso-client.js';
import { openAttempt, safeReturnPath, sealAttempt, type SsoAttempt } from './sso-state.js';
import { authenticatedRecentlyAtProvider, identityFrom } from './sso-identity.js';

const key = Buffer.alloc(32, 9);
const attempt: SsoAttempt = {
  siteId: '00000000-0000-4000-8000-000000000001',
  slug: 'acme',
  state: 'state-value',
  nonce: 'nonce-value',
  verifier: 'verifier-value',
  expiresAt: Date.now() + 60_000,
};

describe('the sign-in attempt cookie', () => {
  it('opens only with the key that sealed it, untampered and in time', () => {
    const sealed = sealAttempt(attempt, key);
    expect(sealed).not.toContain('verifier-value');
    expect(openAttempt(sealed, key)).toEqual(attempt);
    expect(openAttempt(sealed, Buffer.alloc(32, 8))).toBeNull();
    expect(
      openAttempt(sealed.slice(0, -3) + (sealed.endsWith('AAA') ? 'BBB' : 'AAA'), key),
    ).toBeNull();
    expect(openAttempt(sealed, key, attempt.expiresAt + 1)).toBeNull();
    expect(openAttempt(undefined, key)).toBeNull();
  });
});

describe('identity from the provider’s claims', () => {
  it('trusts an email only when the provider says it is verified', () => {
    const sub = 'abc';
    expect(identityFrom({ sub, email: 'A@Acme.Example', email_verified: true })).toMatchObject({
      email: 'a@acme.example',
      verified: true,
    });
    expect(identityFrom({ sub, email: 'a@acme.example', email_verified: false }).verified).toBe(
      false,
    );
    expect(identityFrom({ sub, email: 'a@acme.example' }).verified).toBe(false);
  });

  it('accepts Microsoft Entra ID’s xms_edov claim when email_verified is absent', () => {
    const sub = 'abc';
    expect(identityFrom({ sub, email: 'a@acme.example', xms_edov: true }).verified).toBe(true);
    expect(
      identityFrom({ sub, email: 'a@acme.example', email_verified: false, xms_edov: true })
        .verified,
    ).toBe(false);
  });
});

describe('issuer URLs an administrator may enter', () => {
  const test = loadConfig({ NODE_ENV: 'test' });
  const production = loadConfig({ NODE_ENV: 'production' });

  it('takes https issuers such as Microsoft Entra ID’s tenant issuer', () => {
    const entra = 'https://login.microsoftonline.com/2f4a9838-26b7-47ee-be60-ccc1fdec5953/v2.0';
    expect(issuerProblem(entra, production)).toBeNull();
  });

  it('refuses plain http, except a provider on this machine outside production', () => {
    expect(issuerProblem('http://idp.example.com', test)).toBe('The issuer must use https://.');
    expect(issuerProblem('http://127.0.0.1:8080', test)).toBeNull();
    expect(issuerProblem('http://127.0.0.1:8080', production)).toBe(
      'The issuer must use https://.',
    );
  });

  it('refuses local and private addresses in production, and URLs with a query', () => {
    expect(issuerProblem('https://10.1.2.3/realms/x', production)).toMatch(/private address/);
    expect(issuerProblem('https://localhost/realms/x', production)).toMatch(/private address/);
    expect(issuerProblem('https://idp.example.com/?x=1', production)).toMatch(/query/);
    expect(issuerProblem('not a url', production)).toMatch(/full URL/);
  });
});

describe('where the browser goes after single sign-on', () => {
  it('returns to a path on this origin', () => {
    expect(safeReturnPath('/time?week=2026-W10#today')).toBe('/time?week=2026-W10#today');
    expect(safeReturnPath('/')).toBe('/');
  });

  it('goes home instead of anywhere a browser could read as another origin', () => {
    for (const unsafe of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'evil.example',
      'javascript:alert(1)',
      '',
      `/${'a'.repeat(1000)}`,
      ['/time'],
      undefined,
    ]) {
      expect(safeReturnPath(unsafe)).toBe('/');
    }
  });
});

describe('a re-authentication at the provider', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  it('is recent when the provider authenticated within five minutes, or does not say', () => {
    expect(authenticatedRecentlyAtProvider(now / 1000 - 10, now)).toBe(true);
    expect(authenticatedRecentlyAtProvider(undefined, now)).toBe(true);
    expect(authenticatedRecentlyAtProvider(now / 1000 - 301, now)).toBe(false);
    expect(authenticatedRecentlyAtProvider('1700000000', now)).toBe(false);
  });
});
