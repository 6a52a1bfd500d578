import { chain, or, rule } from 'graphql-shield';
import type { RequestContext } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import {
  can,
  isAuthenticated,
  isUser,
  notSignedIn,
  recentlyAuthenticated,
  type RuleTree,
} from '../../graphql/rules.js';

/** Changing a group's exposure needs group.manage; a service's needs service.manage. */
const canManageSubject = rule('canManageExposureSubject', { cache: 'strict' })((
  _parent,
  args: { input?: { subjectKind?: string } },
  ctx: RequestContext,
) => {
  if (!ctx.actor) return notSignedIn(ctx);
  const permission = args.input?.subjectKind === 'service' ? 'service.manage' : 'group.manage';
  if (ctx.actor.permissions.has(permission)) return true;
  return forbidden(`You do not have permission to do this: it needs "${permission}".`);
});

export const exposureRules: RuleTree = {
  Query: {
    fieldExposure: or(can('group.read'), can('service.read')),
    access: isAuthenticated,
    serviceSchema: can('service.read'),
  },
  // What a group or service may read is a permission too: a recent proof of who it is.
  Mutation: { fieldExposureSet: chain(canManageSubject, recentlyAuthenticated) },
  Viewer: { exposure: isUser },
  Access: { schema: isAuthenticated },
};
