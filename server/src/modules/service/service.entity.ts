import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

/**
 * A partner integration. It authenticates with its own tokens, holds its own permission set
 * (never site administration) and its own field exposure.
 */
export const Service = defineEntity({
  name: 'Service',
  tableName: 'service',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    name: p.string().length(100),
    description: p.string().length(1000).default(''),
    contact: p.string().length(200).default(''),
    /** Addresses or CIDR ranges the tokens may be used from; empty means anywhere. */
    allowedIps: p.array().defaultRaw("'{}'"),
    /** Permissions (resource.action); scoped ones always reach the whole site for a service. */
    permissions: p.array().defaultRaw("'{}'"),
    /** Field catalog overrides: field -> exposed. */
    fieldExposure: p.json<Record<string, boolean>>().defaultRaw("'{}'"),
    requestsPerMinute: p.integer().default(600),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'name'] }],
});
export type Service = InferEntity<typeof Service>;

/** An API token of a service. The secret is shown once; only its SHA-256 is stored. */
export const ServiceToken = defineEntity({
  name: 'ServiceToken',
  tableName: 'service_token',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    service: () => p.manyToOne(Service).ref().deleteRule('cascade'),
    name: p.string().length(100),
    /** The first characters of the secret, to recognise it in lists and in leaked-secret scans. */
    prefix: p.string().length(24),
    tokenHash: p.type('bytea').unique(),
    /** A short-lived token an administrator minted to preview what the service sees. */
    preview: p.boolean().default(false),
    createdBy: () => p.manyToOne(User).ref().nullable().deleteRule('set null'),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    lastUsedIp: p.string().length(64).nullable(),
    revokedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['site', 'service'] }],
});
export type ServiceToken = InferEntity<typeof ServiceToken>;

/**
 * Requests a service made in one minute, shared by every server process. Written only through
 * the SECURITY DEFINER function `horae_count_service_request`, outside the request transaction.
 */
export const ServiceRequestWindow = defineEntity({
  name: 'ServiceRequestWindow',
  tableName: 'service_request_window',
  properties: {
    service: () => p.manyToOne(Service).ref().primary().deleteRule('cascade'),
    windowStart: p.datetime().primary(),
    count: p.integer(),
  },
});
export type ServiceRequestWindow = InferEntity<typeof ServiceRequestWindow>;
