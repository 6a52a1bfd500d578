import { isScoped, parseGrant } from '@horae/shared/permissions';
import type { RequestContext, Actor } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { User } from '../user/user.entity.js';
import { Group, GroupMembership } from './group.entity.js';

export type GroupResult = { group: Group | null; errors: UserError[] };

const fail = (code: string, message: string, field: string | null = null): GroupResult => ({
  group: null,
  errors: [UserError.of(code, message, field)],
});

/** Checks and normalises grants: known permissions, scopes only on scoped resources, no repeats. */
export function checkGrants(grants: readonly string[]): string[] | UserError {
  const result = new Set<string>();
  for (const grant of grants) {
    const parsed = parseGrant(grant);
    if (!parsed) {
      return UserError.of(
        'UNKNOWN_PERMISSION',
        `"${grant}" is not a permission of the catalog (resource.action, with :own, :team or :all on time entries, timesheets and reports).`,
        'permissions',
      );
    }
    result.add(
      isScoped(parsed.permission) ? `${parsed.permission}:${parsed.scope}` : parsed.permission,
    );
  }
  return [...result].sort();
}

function checkName(name: string): string | UserError {
  const trimmed = name.trim();
  if (!trimmed) return UserError.of('NAME_REQUIRED', 'Give the group a name.', 'name');
  if (trimmed.length > 100) {
    return UserError.of('NAME_TOO_LONG', 'A group name has at most 100 characters.', 'name');
  }
  return trimmed;
}

async function nameTaken(ctx: RequestContext, name: string, exceptId?: string) {
  const other = await ctx.em.findOne(Group, { name });
  return other !== null && other.id !== exceptId;
}

export async function createGroup(
  ctx: RequestContext,
  actor: Actor,
  input: { name: string; permissions?: string[] | null },
): Promise<GroupResult> {
  const name = checkName(input.name);
  if (name instanceof UserError) return { group: null, errors: [name] };
  const grants = checkGrants(input.permissions ?? []);
  if (grants instanceof UserError) return { group: null, errors: [grants] };
  if (await nameTaken(ctx, name)) {
    return fail('NAME_TAKEN', `There is already a group called "${name}".`, 'name');
  }
  const group = ctx.em.create(Group, {
    site: actor.siteId,
    name,
    builtIn: null,
    permissions: grants,
  });
  await ctx.em.flush();
  await auditByUser(
    ctx,
    actor,
    'group.created',
    { type: 'group', id: group.id },
    {
      after: { name, permissions: grants },
    },
  );
  return { group, errors: [] };
}

export async function updateGroup(
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: { name?: string | null; permissions?: string[] | null },
): Promise<GroupResult> {
  const group = await ctx.em.findOne(Group, { id });
  if (!group) return fail('NOT_FOUND', 'There is no such group on this site.', 'id');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (input.name !== undefined && input.name !== null) {
    const name = checkName(input.name);
    if (name instanceof UserError) return { group: null, errors: [name] };
    if (name !== group.name) {
      if (await nameTaken(ctx, name, group.id)) {
        return fail('NAME_TAKEN', `There is already a group called "${name}".`, 'name');
      }
      before.name = group.name;
      after.name = name;
      group.name = name;
    }
  }
  if (input.permissions !== undefined && input.permissions !== null) {
    if (group.builtIn === 'administrators') {
      return fail(
        'BUILT_IN_LOCKED',
        'Administrators always hold every permission, so nobody can lock the site out. Create another group for narrower rights.',
        'permissions',
      );
    }
    const grants = checkGrants(input.permissions);
    if (grants instanceof UserError) return { group: null, errors: [grants] };
    const previous = [...group.permissions].sort();
    if (previous.join() !== grants.join()) {
      before.permissions = previous;
      after.permissions = grants;
      group.permissions = grants;
    }
  }
  await ctx.em.flush();
  if (Object.keys(after).length) {
    await auditByUser(
      ctx,
      actor,
      'group.updated',
      { type: 'group', id: group.id },
      {
        before,
        after,
      },
    );
  }
  return { group, errors: [] };
}

export async function deleteGroup(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<{ deletedId: string | null; errors: UserError[] }> {
  const group = await ctx.em.findOne(Group, { id });
  if (!group) {
    return {
      deletedId: null,
      errors: [UserError.of('NOT_FOUND', 'There is no such group.', 'id')],
    };
  }
  if (group.builtIn) {
    return {
      deletedId: null,
      errors: [
        UserError.of('BUILT_IN_LOCKED', `${group.name} is built in and cannot be deleted.`, 'id'),
      ],
    };
  }
  const members = await ctx.em.count(GroupMembership, { group: group.id });
  await auditByUser(
    ctx,
    actor,
    'group.deleted',
    { type: 'group', id: group.id },
    {
      before: { name: group.name, permissions: [...group.permissions].sort(), members },
    },
  );
  await ctx.em.nativeDelete(Group, { id: group.id });
  return { deletedId: id, errors: [] };
}

/** Active members of Administrators: the people who can still administer the site. */
/** The ids of the active members of the built-in Administrators group. */
export async function activeAdministrators(ctx: RequestContext): Promise<string[]> {
  const memberships = await ctx.em.find(
    GroupMembership,
    { group: { builtIn: 'administrators' }, user: { status: 'active' } },
    { fields: ['user'] },
  );
  return memberships.map(m => m.user.id);
}

export async function setMembership(
  ctx: RequestContext,
  actor: Actor,
  input: { groupId: string; userId: string; member: boolean; isManager?: boolean | null },
): Promise<GroupResult> {
  const group = await ctx.em.findOne(Group, { id: input.groupId });
  if (!group) return fail('NOT_FOUND', 'There is no such group on this site.', 'groupId');
  const user = await ctx.em.findOne(User, { id: input.userId });
  if (!user) return fail('UNKNOWN_USER', 'There is no such person on this site.', 'userId');
  const existing = await ctx.em.findOne(GroupMembership, { group: group.id, user: user.id });
  if (!input.member) {
    if (!existing) return { group, errors: [] };
    if (group.builtIn === 'administrators') {
      if (actor.kind === 'user' && actor.userId === user.id) {
        return fail(
          'SELF_LOCKOUT',
          'You cannot remove your own administration rights; ask another administrator.',
          'userId',
        );
      }
      const admins = await activeAdministrators(ctx);
      if (admins.length === 1 && admins[0] === user.id) {
        return fail(
          'LAST_ADMINISTRATOR',
          'This is the last active administrator of the site; add another one first.',
          'userId',
        );
      }
    }
    ctx.em.remove(existing);
    await ctx.em.flush();
    ctx.loaders.groupsByUser.clear(user.id);
    await auditByUser(
      ctx,
      actor,
      'group.member_removed',
      { type: 'group', id: group.id },
      {
        user: user.id,
        before: { member: true, isManager: existing.isManager },
        after: { member: false },
      },
    );
    return { group, errors: [] };
  }
  const isManager = input.isManager ?? existing?.isManager ?? false;
  if (existing && existing.isManager === isManager) return { group, errors: [] };
  const before = existing ? { member: true, isManager: existing.isManager } : { member: false };
  if (existing) existing.isManager = isManager;
  else
    ctx.em.create(GroupMembership, {
      site: actor.siteId,
      group: group.id,
      user: user.id,
      isManager,
    });
  await ctx.em.flush();
  ctx.loaders.groupsByUser.clear(user.id);
  await auditByUser(
    ctx,
    actor,
    'group.member_set',
    { type: 'group', id: group.id },
    {
      user: user.id,
      before,
      after: { member: true, isManager },
    },
  );
  return { group, errors: [] };
}
