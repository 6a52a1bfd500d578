import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';

/**
 * Append-only; written through raw SQL by the audit service so that the per-site sequence and
 * hash chain are computed under an advisory lock. The application role may only SELECT/INSERT.
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    seq: p.bigint('number'),
    occurredAt: p.datetime(),
    actorType: p.string().length(20),
    actorId: p.uuid().nullable(),
    action: p.string().length(100),
    targetType: p.string().length(50).nullable(),
    targetId: p.string().length(100).nullable(),
    ip: p.string().length(64).nullable(),
    requestId: p.string().length(64).nullable(),
    data: p.json<Record<string, unknown>>(),
    prevHash: p.type('bytea').nullable(),
    hash: p.type('bytea'),
  },
  uniques: [{ properties: ['site', 'seq'] }],
});
export type AuditEvent = InferEntity<typeof AuditEvent>;
