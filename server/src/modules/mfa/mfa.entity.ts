import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

/** A TOTP authenticator (RFC 6238). The secret is stored encrypted (AES-256-GCM). */
export const MfaFactor = defineEntity({
  name: 'MfaFactor',
  tableName: 'mfa_factor',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref().unique().deleteRule('cascade'),
    secretEncrypted: p.type('bytea'),
    /** Null until the person has proven the app works by entering a code. */
    confirmedAt: p.datetime().nullable(),
    /** The last 30-second step accepted: each code works once. */
    lastStep: p.bigint('number').nullable(),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
});
export type MfaFactor = InferEntity<typeof MfaFactor>;

/** Ten single-use codes for when the phone is gone; only their SHA-256 is stored. */
export const RecoveryCode = defineEntity({
  name: 'RecoveryCode',
  tableName: 'recovery_code',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref().deleteRule('cascade'),
    codeHash: p.type('bytea'),
    usedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['site', 'user'] }],
});
export type RecoveryCode = InferEntity<typeof RecoveryCode>;
