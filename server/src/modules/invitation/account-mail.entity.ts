import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TOKEN_PURPOSES } from './user-token.entity.js';

/**
 * Every request for an account mail (password reset, invitation), whether a mail went out or not.
 * Shared by all server processes through Postgres to cap mails per address and requests per
 * client address. Not tenant data (one inbox can be on many sites) and no email is stored: the
 * address is keyed by its SHA-256.
 */
export const AccountMailRequest = defineEntity({
  name: 'AccountMailRequest',
  tableName: 'account_mail_request',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    purpose: p.enum(TOKEN_PURPOSES),
    /** SHA-256 (hex) of the trimmed, lower-cased email address. */
    addressKey: p.string().length(64),
    /** The requesting client: an IPv4 address or the /64 of an IPv6 address. */
    ipKey: p.string().length(64),
    targetSiteId: p.uuid().nullable(),
    sent: p.boolean(),
    occurredAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  indexes: [{ properties: ['addressKey', 'occurredAt'] }, { properties: ['ipKey', 'occurredAt'] }],
});
export type AccountMailRequest = InferEntity<typeof AccountMailRequest>;
