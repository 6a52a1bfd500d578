import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Sign-in attempts and blocks are shared by every server process through Postgres. They are not
 * tenant data (an address attacks many sites at once) and carry no email: accounts are keyed by a
 * SHA-256 of site and email.
 */
export const LoginAttempt = defineEntity({
  name: 'LoginAttempt',
  tableName: 'login_attempt',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    /** IPv4 address, or the /64 of an IPv6 address. */
    ipKey: p.string().length(64),
    /** The /24 (IPv4) or /48 (IPv6) around it. */
    rangeKey: p.string().length(64),
    accountKey: p.string().length(64),
    targetSiteId: p.uuid().nullable(),
    success: p.boolean(),
    occurredAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  indexes: [
    { properties: ['ipKey', 'occurredAt'] },
    { properties: ['accountKey', 'occurredAt'] },
    { properties: ['rangeKey'] },
  ],
});
export type LoginAttempt = InferEntity<typeof LoginAttempt>;

export const BLOCK_SCOPES = ['ip', 'ip_account', 'range'] as const;
export type BlockScope = (typeof BLOCK_SCOPES)[number];

export const LoginBlock = defineEntity({
  name: 'LoginBlock',
  tableName: 'login_block',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    scope: p.enum(BLOCK_SCOPES),
    key: p.string().length(140),
    /** The site whose sign-in page the blocked attempts targeted (for its administrators). */
    targetSiteId: p.uuid().nullable(),
    reason: p.string().length(200),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    blockedUntil: p.datetime(),
    liftedAt: p.datetime().nullable(),
    liftedBy: p.uuid().nullable(),
  },
  indexes: [
    { properties: ['key', 'blockedUntil'] },
    { properties: ['targetSiteId', 'blockedUntil'] },
  ],
});
export type LoginBlock = InferEntity<typeof LoginBlock>;
