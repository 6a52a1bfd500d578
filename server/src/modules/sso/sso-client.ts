import { isIP } from 'node:net';
import * as oidc from 'openid-client';
import type { Config } from '../../core/config.js';
import { decrypt, loadSecretKey, sha256 } from '../../core/secrets.js';
import type { Site } from '../site/site.entity.js';

/** The one redirect URI every site registers at its identity provider. */
export function ssoCallbackUrl(config: Config): string {
  return new URL('/auth/sso/callback', config.publicUrl).toString();
}

export function secretKey(config: Config): Buffer {
  return loadSecretKey(config.dataDir, config.secretKey);
}

/** What a site needs before SSO can be offered; null when something is missing. */
export type SsoSettings = { issuer: string; clientId: string; clientSecret: string };

export function ssoSettingsOf(site: Site, config: Config): SsoSettings | null {
  if (!site.ssoIssuer || !site.ssoClientId || !site.ssoClientSecret) return null;
  return {
    issuer: site.ssoIssuer,
    clientId: site.ssoClientId,
    clientSecret: decrypt(site.ssoClientSecret, secretKey(config)),
  };
}

/** The site offers single sign-on: a mode other than OFF and a complete configuration. */
export function offersSso(site: Site): boolean {
  return site.ssoMode !== 'off' && !!site.ssoIssuer && !!site.ssoClientId && !!site.ssoClientSecret;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isPrivateAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) {
    const [a, b] = bare.split('.').map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  if (isIP(bare) === 6) return bare === '::1' || /^(fc|fd|fe80)/i.test(bare);
  return false;
}

/**
 * Why an issuer URL cannot be used, or null. Identity providers are reached over HTTPS; plain
 * http is accepted for a provider on this machine outside production (development and tests).
 * Addresses inside private networks are refused in production: the server fetches this URL.
 */
export function issuerProblem(issuer: string, config: Config): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'Enter the issuer as a full URL, such as https://login.microsoftonline.com/<tenant id>/v2.0.';
  }
  if (url.search || url.hash || url.username || url.password) {
    return 'The issuer URL cannot have a query, fragment or user name.';
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol === 'https:') {
    if (config.env === 'production' && (loopback || isPrivateAddress(url.hostname))) {
      return 'The issuer must be reachable on the internet, not a local or private address.';
    }
    return null;
  }
  if (url.protocol === 'http:' && loopback && config.env !== 'production') return null;
  return 'The issuer must use https://.';
}

const DISCOVERY_TTL_MS = 15 * 60_000;
const cache = new Map<string, { configuration: oidc.Configuration; until: number }>();

/**
 * Reads the provider's discovery document (issuer + /.well-known/openid-configuration).
 * openid-client checks that the document names the configured issuer, so a Microsoft Entra ID
 * issuer must be the tenant-specific one.
 */
async function discover(settings: SsoSettings, config: Config): Promise<oidc.Configuration> {
  if (issuerProblem(settings.issuer, config)) throw new Error('issuer not allowed');
  const insecure = new URL(settings.issuer).protocol === 'http:';
  return oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    settings.clientSecret,
    undefined,
    { timeout: 5, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
  );
}

/** The provider's metadata and this site's client, cached for 15 minutes. */
export async function clientConfiguration(
  settings: SsoSettings,
  config: Config,
): Promise<oidc.Configuration> {
  const key = sha256(
    JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]),
  ).toString('hex');
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.configuration;
  const configuration = await discover(settings, config);
  cache.set(key, { configuration, until: Date.now() + DISCOVERY_TTL_MS });
  return configuration;
}

/** Reads the discovery document at save time; a sentence for the administrator when it fails. */
export async function discoveryProblem(issuer: string, config: Config): Promise<string | null> {
  try {
    await discover({ issuer, clientId: 'horae', clientSecret: '' }, config);
    return null;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
      return (
        'The identity provider names a different issuer in its configuration. Use exactly the ' +
        'issuer it publishes; for Microsoft Entra ID that is ' +
        'https://login.microsoftonline.com/<tenant id>/v2.0 (not "common" or "organizations").'
      );
    }
    return (
      `Horae could not read the OpenID configuration at ${issuer.replace(/\/$/, '')}` +
      '/.well-known/openid-configuration. Check the issuer URL and that the provider is reachable.'
    );
  }
}
