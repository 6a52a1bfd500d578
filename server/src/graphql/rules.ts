import { GraphQLError } from 'graphql';
import { allow, rule, type and } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { FIELD_CATALOG, type CatalogField } from '@horae/shared/fields';
import { describePermission, type Permission } from '@horae/shared/permissions';
import type { RequestContext } from '../core/context.js';
import { MFA_ENROLLMENT_REQUIRED_MESSAGE, forbidden, unauthenticated } from '../core/errors.js';
import { checkRecentAuthentication } from '../modules/auth/reauthentication.service.js';

export type ShieldRule = Parameters<typeof and>[number];
export type RuleTree = Record<string, Record<string, ShieldRule>>;

const PROBLEM_MESSAGES = {
  SESSION_EXPIRED: 'Your session has expired. Sign in again to continue.',
  SESSION_REVOKED:
    'Your session has ended (you signed out elsewhere or were signed out by an administrator). Sign in again.',
  INVALID_TOKEN: 'The session or token sent with this request is not valid. Sign in again.',
} as const;

export function notSignedIn(ctx: RequestContext) {
  if (ctx.authProblem) return unauthenticated(PROBLEM_MESSAGES[ctx.authProblem], ctx.authProblem);
  return unauthenticated();
}

/** Public fields (sign-in itself). */
export const isPublic = allow;

export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent, _args, ctx: RequestContext) => (ctx.actor ? true : notSignedIn(ctx)),
);

/**
 * Sensitive changes (password, two-step sign-in, sessions, security settings, deactivations,
 * tokens, services, groups and field exposure): the person proved who they are within the last
 * 10 minutes (sign-in or `reauthenticate`), else REAUTHENTICATION_REQUIRED. Services pass: they
 * prove themselves with their token on every request. Put it after the permission rule with
 * `chain(can('…'), recentlyAuthenticated)` — `and` would evaluate it even when `can` fails.
 * Not cached: a `reauthenticate` earlier in the same request counts.
 */
export const recentlyAuthenticated = rule('recentlyAuthenticated', { cache: 'no_cache' })(
  (_parent, args: Record<string, unknown>, ctx: RequestContext) =>
    ctx.actor ? checkRecentAuthentication(ctx, args) : notSignedIn(ctx),
);

const conditionalReauthentication = new Map<string, IRule>();

/**
 * `recentlyAuthenticated`, but only for calls whose arguments make them sensitive (`applies`):
 * e.g. `userUpdate` changing someone's groups (their permissions), not renaming them. `what`
 * names the condition (the rule is `recentlyAuthenticated:<what>`). Chain it after the
 * permission rule, like `recentlyAuthenticated`.
 */
export function recentlyAuthenticatedWhen(
  what: string,
  applies: (args: Record<string, unknown>) => boolean,
): IRule {
  let r = conditionalReauthentication.get(what);
  if (!r) {
    r = rule(`recentlyAuthenticated:${what}`, { cache: 'no_cache' })(
      (_parent, args: Record<string, unknown>, ctx: RequestContext) => {
        if (!ctx.actor) return notSignedIn(ctx);
        return applies(args) ? checkRecentAuthentication(ctx, args) : true;
      },
    );
    conditionalReauthentication.set(what, r);
  }
  return r;
}

const permissionRules = new Map<Permission, IRule>();

/** `can('user.read')`: signed in and holding the permission through a group (or service). */
export function can(permission: Permission): IRule {
  let r = permissionRules.get(permission);
  if (!r) {
    r = rule(`can:${permission}`, { cache: 'contextual' })(
      (_parent, _args, ctx: RequestContext) => {
        if (!ctx.actor) return notSignedIn(ctx);
        if (ctx.actor.mfaEnrollmentRequired) {
          return new GraphQLError(MFA_ENROLLMENT_REQUIRED_MESSAGE, {
            extensions: { code: 'FORBIDDEN', reason: 'MFA_ENROLLMENT_REQUIRED' },
          });
        }
        if (ctx.actor.permissions.has(permission)) return true;
        return forbidden(
          `You do not have permission to do this: it needs "${permission}" (${describePermission(permission).toLowerCase()}).`,
        );
      },
    );
    permissionRules.set(permission, r);
  }
  return r;
}

/** A signed-in person (not a service token): their own account, timers, their own weeks. */
export const isUser = rule('isUser', { cache: 'contextual' })((
  _parent,
  _args,
  ctx: RequestContext,
) => {
  if (!ctx.actor) return notSignedIn(ctx);
  if (ctx.actor.kind === 'user') return true;
  return forbidden('Only a signed-in person can do this; a service token cannot.');
});

const exposureRules = new Map<CatalogField, IRule>();

/**
 * A catalogued sensitive field (see @horae/shared/fields): null with FORBIDDEN at its path unless
 * the actor's groups or the service expose it.
 */
export function exposed(field: CatalogField): IRule {
  let r = exposureRules.get(field);
  if (!r) {
    const aboutPerson = field.startsWith('User.');
    // Fields of a person depend on whose they are (everyone may read their own), so cached per
    // person id; 'strict' would hash the whole parent entity for every field of every row.
    r = rule(`exposed:${field}`, {
      cache: aboutPerson
        ? (parent: { id?: unknown } | undefined) => String(parent?.id)
        : 'contextual',
    })((parent: { id?: unknown } | undefined, _args, ctx: RequestContext) => {
      if (!ctx.actor) return notSignedIn(ctx);
      if (ctx.actor.exposure.has(field)) return true;
      if (aboutPerson && ctx.actor.kind === 'user' && parent?.id === ctx.actor.userId) return true;
      return new GraphQLError(
        `The field ${field} (${FIELD_CATALOG[field].label.toLowerCase()}) is hidden from you. A site administrator can expose it under Field exposure.`,
        { extensions: { code: 'FORBIDDEN', reason: 'FIELD_HIDDEN', field } },
      );
    });
    exposureRules.set(field, r);
  }
  return r;
}
