import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';

/**
 * Sign-in attempts through the identity provider whose callback has been accepted, kept until
 * their 10 minutes are over: the state of an attempt works once.
 */
export const SsoUsedState = defineEntity({
  name: 'SsoUsedState',
  tableName: 'sso_used_state',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    stateHash: p.type('bytea').unique(),
    expiresAt: p.datetime(),
  },
  indexes: [{ properties: ['site', 'expiresAt'] }],
});
export type SsoUsedState = InferEntity<typeof SsoUsedState>;
