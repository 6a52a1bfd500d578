import { GraphQLError } from 'graphql';
import { allow, rule, type and } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { describePermission, type Permission } from '@horae/shared/permissions';
import type { RequestContext } from '../core/context.js';
import { forbidden, unauthenticated } from '../core/errors.js';

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

const permissionRules = new Map<Permission, IRule>();

/** `can('user.read')`: signed in and holding the permission through a group (or service). */
export function can(permission: Permission): IRule {
  let r = permissionRules.get(permission);
  if (!r) {
    r = rule(`can:${permission}`, { cache: 'contextual' })(
      (_parent, _args, ctx: RequestContext) => {
        if (!ctx.actor) return notSignedIn(ctx);
        if (ctx.actor.mfaEnrollmentRequired) {
          return new GraphQLError(
            'Your site requires two-step sign-in. Turn it on under Account before continuing.',
            { extensions: { code: 'FORBIDDEN', reason: 'MFA_ENROLLMENT_REQUIRED' } },
          );
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
