import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

/** A browser session. The cookie holds a random id; only its SHA-256 is stored. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref().deleteRule('cascade'),
    tokenHash: p.type('bytea').unique(),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    lastSeenAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    /** Absolute expiry, fixed at sign-in from the site's setting. */
    expiresAt: p.datetime(),
    /** Set while a password sign-in waits for its second factor; such a session authorises nothing. */
    mfaPendingUntil: p.datetime().nullable(),
    /**
     * When the person last proved who they are in this session: at sign-in (after the second
     * factor) or with `reauthenticate`. Sensitive changes need it recent; null never counts.
     */
    authenticatedAt: p.datetime().nullable(),
    /** How the person signed in; single sign-on counts as multi-factor (the IdP authenticates). */
    authMethod: p.enum(['password', 'sso'] as const).default('password'),
    revokedAt: p.datetime().nullable(),
    revokedReason: p.string().length(40).nullable(),
    ip: p.string().length(64).nullable(),
    userAgent: p.string().length(500).nullable(),
  },
  indexes: [{ properties: ['site', 'user'] }],
});
export type Session = InferEntity<typeof Session>;
