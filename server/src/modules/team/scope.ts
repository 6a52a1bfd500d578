import type { EntityManager } from '@mikro-orm/postgresql';
import type { Permission, Scope } from '@horae/shared/permissions';
import type { Actor, UserActor } from '../../core/context.js';

/** The widest scope the actor holds for a permission, or null when they lack it. */
export function scopeOf(actor: Actor, permission: Permission): Scope | null {
  return actor.scopes.get(permission) ?? null;
}

/**
 * The actor's team: themselves, the members of groups they manage and the members of projects
 * they lead. One statement; the RLS policies keep it inside the site.
 */
export async function teamUserIds(em: EntityManager, actor: UserActor): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(
    `select ?::uuid as user_id
     union
     select m.user_id from group_membership m
       join group_membership mine on mine.group_id = m.group_id
      where mine.user_id = ? and mine.is_manager
     union
     select pm.user_id from project_member pm
       join project p on p.id = pm.project_id
      where p.lead_id = ?`,
    [actor.userId, actor.userId, actor.userId],
  );
  return rows.map(r => r.user_id);
}

/**
 * The users whose records a scoped permission reaches: null means everyone on the site, an empty
 * array means nobody (the actor lacks the permission).
 */
export async function reachableUserIds(
  em: EntityManager,
  actor: Actor,
  permission: Permission,
): Promise<string[] | null> {
  const scope = scopeOf(actor, permission);
  if (scope === 'all') return null;
  // A service's permissions always reach the whole site (it has no records or team of its own).
  if (actor.kind === 'service') return scope ? null : [];
  if (scope === 'team') return teamUserIds(em, actor);
  if (scope === 'own') return [actor.userId];
  return [];
}

export async function canReachUser(
  em: EntityManager,
  actor: Actor,
  permission: Permission,
  userId: string,
): Promise<boolean> {
  const ids = await reachableUserIds(em, actor, permission);
  return ids === null || ids.includes(userId);
}
