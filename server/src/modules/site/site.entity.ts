import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const MFA_REQUIREMENTS = ['none', 'admins', 'all'] as const;
export const SSO_MODES = ['off', 'optional', 'required'] as const;

/** A tenant. Not itself tenant-owned: every other table points at it through `site_id`. */
export const Site = defineEntity({
  name: 'Site',
  tableName: 'site',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    slug: p.string().length(63).unique(),
    name: p.string().length(200),
    minPasswordScore: p.smallint().default(3),
    mfaRequired: p.enum(MFA_REQUIREMENTS).default('none'),
    ssoMode: p.enum(SSO_MODES).default('off'),
    sessionIdleMinutes: p.smallint().default(30),
    sessionAbsoluteHours: p.smallint().default(12),
    /** IANA zone for ISO weeks and "today" when a user has none. */
    timeZone: p.string().length(64).default('Europe/Amsterdam'),
    currency: p.string().length(3).default('EUR'),
    /** Minor units per hour: the last step of task -> project -> user -> site. */
    defaultHourlyRate: p.integer().default(0),
    /** Timer durations round up to this many minutes (1 = no rounding). */
    roundingMinutes: p.smallint().default(1),
    /** OIDC single sign-on (modules/sso): the identity provider's issuer and this site's client. */
    ssoIssuer: p.string().length(500).nullable(),
    ssoClientId: p.string().length(255).nullable(),
    /** AES-256-GCM with the installation's secret key; never returned through the API. */
    ssoClientSecret: p.type('bytea').nullable(),
    /** Unknown people who sign in through the identity provider are created in Employees. */
    ssoAutoCreate: p.boolean().default(false),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
});
export type Site = InferEntity<typeof Site>;
