import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Group } from '../modules/group/group.entity.js';
import type { CatalogField } from '@horae/shared/fields';
import type { Permission, Scope } from '@horae/shared/permissions';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';

export type UserActor = {
  kind: 'user';
  userId: string;
  siteId: string;
  sessionId: string;
  permissions: ReadonlySet<Permission>;
  /** How far each held permission reaches (unscoped permissions are 'all'). */
  scopes: ReadonlyMap<Permission, Scope>;
  /** The site requires MFA and this user has not turned it on: only their own account works. */
  mfaEnrollmentRequired: boolean;
  /** Catalogued sensitive fields this user may read (see @horae/shared/fields). */
  exposure: ReadonlySet<CatalogField>;
};

/** A partner integration calling with one of its API tokens. */
export type ServiceActor = {
  kind: 'service';
  serviceId: string;
  siteId: string;
  tokenId: string;
  /** A short-lived token an administrator minted to see what the service sees. */
  preview: boolean;
  permissions: ReadonlySet<Permission>;
  /** Always 'all': a service is not a person, it has no own records or team. */
  scopes: ReadonlyMap<Permission, Scope>;
  mfaEnrollmentRequired: false;
  exposure: ReadonlySet<CatalogField>;
};

/** Who is making the request: a signed-in person or a service token. */
export type Actor = UserActor | ServiceActor;

export type AuthProblem = 'SESSION_EXPIRED' | 'SESSION_REVOKED' | 'INVALID_TOKEN';

export type CookieInstruction =
  { kind: 'set'; value: string; maxAgeSeconds: number } | { kind: 'clear' };

export type RequestContext = {
  config: Config;
  logger: Logger;
  mailer: Mailer;
  /** Forked EntityManager inside this request's transaction. */
  em: EntityManager;
  actor: Actor | null;
  authProblem: AuthProblem | null;
  /** A password sign-in waiting for its second factor (loginMfa); not an actor yet. */
  pendingMfa: { sessionId: string; userId: string; siteId: string } | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /**
   * What the HTTP layer applies after execution. A shared object because Apollo shallow-clones
   * the context: plain fields set during execution would not be seen outside.
   */
  outcome: {
    sessionCookie: CookieInstruction | null;
    internalError: boolean;
    /** Sent as Retry-After when a request was rate limited. */
    retryAfterSeconds?: number;
  };
  /** Batches relation loads so a page costs the same number of statements at any size. */
  loaders: { groupsByUser: DataLoader<string, Group[]> };
  /**
   * Loads an entity by id, batching every call made in the same tick into one statement
   * (`where id in (...)`), so resolving a relation for a page of rows costs one query.
   */
  loadById: <T extends object>(entity: EntityName<T>, id: string) => Promise<T | null>;
  /** Sets `app.site_id` for RLS and the ORM filter for the rest of the transaction. */
  enterSite: (siteId: string) => Promise<void>;
};

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('requireActor called without an actor: shield rule missing');
  return ctx.actor;
}

/** For operations only people can do (their own account, timers); guarded by `isUser`. */
export function requireUser(ctx: RequestContext): UserActor {
  const actor = requireActor(ctx);
  if (actor.kind !== 'user')
    throw new Error('requireUser called for a service: shield rule missing');
  return actor;
}
