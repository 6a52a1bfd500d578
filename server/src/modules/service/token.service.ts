import { combineGrants, SERVICE_PERMISSIONS, type Permission } from '@horae/shared/permissions';
import { cleanOverrides, serviceExposure } from '@horae/shared/fields';
import type { EntityManager } from '@mikro-orm/postgresql';
import net from 'node:net';
import type { RequestContext, ServiceActor } from '../../core/context.js';
import { randomToken, sha256 } from '../../core/secrets.js';
import { type Service, ServiceToken } from './service.entity.js';

/** Recognisable by people and by secret scanners; the rest is 256 bits from the CSPRNG. */
export const TOKEN_PREFIX = 'horae_pat_';
const TOKEN_PATTERN = /^horae_pat_[A-Za-z0-9_-]{43}$/;
/** How much of the secret lists show: enough to tell tokens apart, far too little to guess. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 6;
/** Don't write last-used on every request; a minute is precise enough (the IP is always kept). */
const TOUCH_INTERVAL_MS = 60_000;

export function newTokenSecret(): { secret: string; prefix: string; hash: Buffer } {
  const secret = `${TOKEN_PREFIX}${randomToken(32)}`;
  return { secret, prefix: secret.slice(0, SHOWN_CHARACTERS), hash: sha256(secret) };
}

/** Normalises an IPv4-mapped IPv6 address to IPv4. */
function plainAddress(ip: string): string {
  return ip.startsWith('::ffff:') && net.isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
}

/** Parses one allow-list entry (address or CIDR range); null when it is neither. */
export function parseAllowedIp(
  entry: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', bits] = entry.trim().split('/') as [string, string | undefined];
  const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
  if (!family) return null;
  const max = family === 'ipv4' ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > max ||
    (bits !== undefined && !/^\d+$/.test(bits))
  ) {
    return null;
  }
  return { address, prefix, family };
}

export function ipAllowed(allowed: readonly string[], ip: string | null): boolean {
  if (allowed.length === 0) return true;
  if (!ip) return false;
  const list = new net.BlockList();
  for (const entry of allowed) {
    const parsed = parseAllowedIp(entry);
    if (parsed) list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  const address = plainAddress(ip);
  return list.check(address, net.isIPv4(address) ? 'ipv4' : 'ipv6');
}

/** What a service may do: its stored permissions, within what services may ever hold. */
export function servicePermissions(stored: readonly string[]): Set<Permission> {
  return new Set([...combineGrants(stored).keys()].filter(p => SERVICE_PERMISSIONS.includes(p)));
}

export function serviceActor(service: Service, token: ServiceToken): ServiceActor {
  const permissions = servicePermissions(service.permissions);
  return {
    kind: 'service',
    serviceId: service.id,
    siteId: service.site.id,
    tokenId: token.id,
    preview: token.preview,
    permissions,
    scopes: new Map([...permissions].map(p => [p, 'all' as const])),
    mfaEnrollmentRequired: false,
    exposure: serviceExposure(cleanOverrides(service.fieldExposure)),
  };
}

export type TokenResolution =
  { actor: ServiceActor; requestsPerMinute: number } | { problem: 'INVALID_TOKEN'; reason: string };

/**
 * Turns `Authorization: Bearer horae_pat_...` into a service actor. Every failure gives the
 * caller the same answer (which one is only logged): malformed, unknown, revoked, expired, of a
 * deleted service, or used from an address the service does not allow.
 */
export async function resolveServiceToken(
  ctx: RequestContext,
  authorization: string,
): Promise<TokenResolution> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const secret = match?.[1];
  if (!secret || !TOKEN_PATTERN.test(secret))
    return { problem: 'INVALID_TOKEN', reason: 'malformed' };
  const rows = await ctx.em.execute<{ token_id: string; site_id: string; service_id: string }[]>(
    'select * from horae_resolve_service_token(?)',
    [sha256(secret)],
  );
  const row = rows[0];
  if (!row) return { problem: 'INVALID_TOKEN', reason: 'unknown' };
  await ctx.enterSite(row.site_id);
  const token = await ctx.em.findOne(ServiceToken, { id: row.token_id }, { populate: ['service'] });
  if (!token) return { problem: 'INVALID_TOKEN', reason: 'unknown' };
  if (token.revokedAt) return { problem: 'INVALID_TOKEN', reason: 'revoked' };
  const now = Date.now();
  if (token.expiresAt && token.expiresAt.getTime() <= now) {
    return { problem: 'INVALID_TOKEN', reason: 'expired' };
  }
  const service = token.service.getEntity();
  if (!ipAllowed(service.allowedIps, ctx.ip)) {
    return { problem: 'INVALID_TOKEN', reason: `address ${ctx.ip ?? 'unknown'} not allowed` };
  }
  const stale = !token.lastUsedAt || now - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS;
  if (stale || token.lastUsedIp !== ctx.ip) {
    await ctx.em.nativeUpdate(
      ServiceToken,
      { id: token.id },
      { lastUsedAt: new Date(now), lastUsedIp: ctx.ip?.slice(0, 64) ?? null },
    );
  }
  return { actor: serviceActor(service, token), requestsPerMinute: service.requestsPerMinute };
}

/**
 * Ends the preview tokens a person minted (they act as a service on that person's behalf):
 * deactivating someone ends every session and token of theirs at once. The service's own tokens
 * belong to the integration, not to whoever issued them, and keep working.
 */
export async function revokePreviewTokensOf(em: EntityManager, userId: string): Promise<number> {
  return em.nativeUpdate(
    ServiceToken,
    { createdBy: userId, preview: true, revokedAt: null },
    { revokedAt: new Date() },
  );
}

/**
 * Counts one request against the service's per-minute quota, in its own statement outside the
 * request transaction (so a service's requests never wait on each other's locks), shared by every
 * server process. Returns the seconds to wait when the quota is used up.
 */
export async function countServiceRequest(
  em: EntityManager,
  serviceId: string,
  requestsPerMinute: number,
): Promise<{ limited: false } | { limited: true; retryAfterSeconds: number }> {
  const rows = await em.execute<{ request_count: number; window_started: Date }[]>(
    'select * from horae_count_service_request(?)',
    [serviceId],
  );
  const row = rows[0];
  if (!row || row.request_count <= requestsPerMinute) return { limited: false };
  const windowEnds = new Date(row.window_started).getTime() + 60_000;
  return {
    limited: true,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - Date.now()) / 1000)),
  };
}
