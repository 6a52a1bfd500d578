import type { EntityManager } from '@mikro-orm/postgresql';
import { displayNameSchema, emailSchema } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { optionalAmount } from '../customer/fields.js';
import { revokeAllSessionsOf } from '../auth/session.service.js';
import { revokePreviewTokensOf } from '../service/token.service.js';
import { activeAdministrators } from '../group/group-admin.service.js';
import { Group, GroupMembership } from '../group/group.entity.js';
import { User } from './user.entity.js';

export type UserResult = { user: User | null; errors: UserError[] };

const RATE = { field: 'hourlyRate', code: 'INVALID_RATE', label: 'An hourly rate' };

function fail(...errors: UserError[]): UserResult {
  return { user: null, errors };
}

async function resolveGroups(
  em: EntityManager,
  groupIds: readonly string[],
): Promise<Group[] | UserError> {
  const unique = [...new Set(groupIds)];
  const groups = unique.length ? await em.find(Group, { id: { $in: unique } }) : [];
  if (groups.length !== unique.length) {
    return UserError.of('UNKNOWN_GROUP', 'One of the chosen groups does not exist.', 'groupIds');
  }
  return groups;
}

/**
 * Makes `groups` the person's groups. A group they stay in keeps its membership, and with it
 * whether they manage that group (whose members' weeks they approve).
 */
async function setMemberships(em: EntityManager, siteId: string, user: User, groups: Group[]) {
  const keep = groups.map(g => g.id);
  await em.nativeDelete(
    GroupMembership,
    keep.length ? { user: user.id, group: { $nin: keep } } : { user: user.id },
  );
  const remaining = await em.find(GroupMembership, { user: user.id }, { fields: ['group'] });
  const already = new Set(remaining.map(m => m.group.id));
  for (const group of groups) {
    if (!already.has(group.id))
      em.create(GroupMembership, { site: siteId, user: user.id, group: group.id });
  }
  await em.flush();
}

function audit(
  ctx: RequestContext,
  actor: Actor,
  action: string,
  user: User,
  data: Record<string, unknown>,
) {
  return auditByUser(ctx, actor, action, { type: 'user', id: user.id }, data);
}

export async function createUser(
  ctx: RequestContext,
  actor: Actor,
  input: { email: string; displayName: string; groupIds: readonly string[] },
): Promise<UserResult> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success)
    return fail(UserError.of('INVALID_EMAIL', email.error.issues[0]!.message, 'email'));
  const name = displayNameSchema.safeParse(input.displayName);
  if (!name.success)
    return fail(UserError.of('INVALID_NAME', name.error.issues[0]!.message, 'displayName'));
  if (await ctx.em.count(User, { email: email.data })) {
    return fail(
      UserError.of('EMAIL_TAKEN', 'Someone on this site already uses that email.', 'email'),
    );
  }
  const groups = await resolveGroups(ctx.em, input.groupIds);
  if (groups instanceof UserError) return fail(groups);
  const user = ctx.em.create(User, {
    site: actor.siteId,
    email: email.data,
    displayName: name.data,
    status: 'active',
    passwordHash: null,
  });
  await ctx.em.flush();
  await setMemberships(ctx.em, actor.siteId, user, groups);
  await audit(ctx, actor, 'user.created', user, {
    after: {
      email: user.email,
      displayName: user.displayName,
      groups: groups.map(g => g.name).sort(),
    },
  });
  return { user, errors: [] };
}

export async function updateUser(
  ctx: RequestContext,
  actor: Actor,
  input: {
    id: string;
    displayName?: string | null;
    groupIds?: readonly string[] | null;
    /** Omitted (undefined) keeps the rate; null clears it. */
    hourlyRate?: number | null;
  },
): Promise<UserResult> {
  const user = await ctx.em.findOne(User, { id: input.id });
  if (!user) return fail(UserError.of('NOT_FOUND', 'There is no such user on this site.', 'id'));
  const rate = input.hourlyRate === undefined ? undefined : optionalAmount(input.hourlyRate, RATE);
  if (rate instanceof UserError) return fail(rate);
  // Every check before any change: a refused update changes nothing (the request commits).
  const name =
    input.displayName != null && input.displayName !== user.displayName
      ? displayNameSchema.safeParse(input.displayName)
      : null;
  if (name && !name.success)
    return fail(UserError.of('INVALID_NAME', name.error.issues[0]!.message, 'displayName'));
  const current = ctx.loaders.groupsByUser;
  let groups: Group[] | null = null;
  let previous: string[] = [];
  let next: string[] = [];
  if (input.groupIds != null) {
    const resolved = await resolveGroups(ctx.em, input.groupIds);
    if (resolved instanceof UserError) return fail(resolved);
    groups = resolved;
    const had = await current.load(user.id);
    previous = had.map(g => g.name).sort();
    next = resolved.map(g => g.name).sort();
    const leavesAdministrators =
      had.some(g => g.builtIn === 'administrators') &&
      !resolved.some(g => g.builtIn === 'administrators');
    if (leavesAdministrators && actor.kind === 'user' && user.id === actor.userId) {
      return fail(
        UserError.of('SELF_LOCKOUT', 'You cannot remove yourself from Administrators.', 'groupIds'),
      );
    }
    if (leavesAdministrators && (await isLastAdministrator(ctx, user.id))) {
      return fail(
        UserError.of(
          'LAST_ADMINISTRATOR',
          'This is the last active administrator of the site; make someone else an administrator first.',
          'groupIds',
        ),
      );
    }
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (name?.success) {
    before.displayName = user.displayName;
    after.displayName = name.data;
    user.displayName = name.data;
  }
  if (rate !== undefined && rate !== (user.hourlyRate ?? null)) {
    before.hourlyRate = user.hourlyRate ?? null;
    after.hourlyRate = rate;
    user.hourlyRate = rate;
  }
  if (groups && previous.join() !== next.join()) {
    before.groups = previous;
    after.groups = next;
    await setMemberships(ctx.em, actor.siteId, user, groups);
    current.clear(user.id);
  }
  await ctx.em.flush();
  if (Object.keys(after).length) await audit(ctx, actor, 'user.updated', user, { before, after });
  return { user, errors: [] };
}

export async function setUserStatus(
  ctx: RequestContext,
  actor: Actor,
  id: string,
  status: 'active' | 'deactivated',
): Promise<UserResult> {
  const user = await ctx.em.findOne(User, { id });
  if (!user) return fail(UserError.of('NOT_FOUND', 'There is no such user on this site.', 'id'));
  if (status === 'deactivated' && actor.kind === 'user' && user.id === actor.userId) {
    return fail(UserError.of('SELF_LOCKOUT', 'You cannot deactivate yourself.', 'id'));
  }
  if (status === 'deactivated' && (await isLastAdministrator(ctx, user.id))) {
    return fail(
      UserError.of(
        'LAST_ADMINISTRATOR',
        'This is the last active administrator of the site; make someone else an administrator first.',
        'id',
      ),
    );
  }
  if (user.status === status) return { user, errors: [] };
  const previous = user.status;
  user.status = status;
  await ctx.em.flush();
  const deactivated = status === 'deactivated';
  const revoked = deactivated ? await revokeAllSessionsOf(ctx.em, user.id, 'deactivated') : 0;
  // Every token of theirs too: preview tokens they minted would otherwise outlive them.
  const tokensRevoked = deactivated ? await revokePreviewTokensOf(ctx.em, user.id) : 0;
  await audit(ctx, actor, deactivated ? 'user.deactivated' : 'user.reactivated', user, {
    before: { status: previous },
    after: { status },
    sessionsRevoked: revoked,
    ...(deactivated ? { tokensRevoked } : {}),
  });
  return { user, errors: [] };
}

/** Whether `userId` is the only active member of the built-in Administrators group. */
async function isLastAdministrator(ctx: RequestContext, userId: string): Promise<boolean> {
  const admins = await activeAdministrators(ctx);
  return admins.length === 1 && admins[0] === userId;
}
