import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';

export const USER_STATUSES = ['active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    /** Stored lower-cased; unique per site. */
    email: p.string().length(320),
    displayName: p.string().length(200),
    status: p.enum(USER_STATUSES).default('active'),
    /** PHC string (argon2id), or null until the user sets a password. */
    passwordHash: p.text().nullable().lazy(),
    /** Minor units per hour; used when neither task nor project sets a rate. */
    hourlyRate: p.integer().nullable(),
    timeZone: p.string().length(64).nullable(),
    /** Set when the person's data was erased (GDPR): the row stays, pseudonymised. */
    erasedAt: p.datetime().nullable(),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'email'] }],
  indexes: [{ properties: ['site', 'displayName'] }],
});
export type User = InferEntity<typeof User>;
