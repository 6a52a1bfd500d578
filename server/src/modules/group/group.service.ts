import type { EntityManager } from '@mikro-orm/postgresql';
import { cleanOverrides, userExposure, type CatalogField } from '@horae/shared/fields';
import {
  ALL_PERMISSIONS,
  BUILT_IN_GROUP_NAMES,
  BUILT_IN_GROUP_PERMISSIONS,
  combineGrants,
  type Permission,
  type Scope,
} from '@horae/shared/permissions';
import { BUILT_IN_GROUPS, Group, GroupMembership, type BuiltInGroup } from './group.entity.js';

/** Creates Administrators, Managers and Employees for a new site. */
export function createBuiltInGroups(
  em: EntityManager,
  siteId: string,
): Record<BuiltInGroup, Group> {
  const groups = {} as Record<BuiltInGroup, Group>;
  for (const key of BUILT_IN_GROUPS) {
    groups[key] = em.create(Group, {
      site: siteId,
      name: BUILT_IN_GROUP_NAMES[key],
      builtIn: key,
      permissions: [...BUILT_IN_GROUP_PERMISSIONS[key]],
    });
  }
  return groups;
}

export async function groupsOfUsers(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, Group[]>> {
  const memberships = await em.find(
    GroupMembership,
    { user: { $in: [...userIds] } },
    { populate: ['group'], orderBy: { group: { name: 'asc' } } },
  );
  const byUser = new Map<string, Group[]>(userIds.map(id => [id, []]));
  for (const m of memberships) byUser.get(m.user.id)?.push(m.group.getEntity());
  return byUser;
}

/**
 * The actor's permissions and the widest scope of each, over all their groups, and the catalogued
 * fields they may read. Administrators hold every permission of the catalog as it is today (also
 * ones added after their site was created) and see every field.
 */
export function grantsOf(groups: readonly Group[]): {
  permissions: Set<Permission>;
  scopes: Map<Permission, Scope>;
  exposure: Set<CatalogField>;
} {
  const scopes = combineGrants(
    groups.flatMap((g): readonly string[] =>
      g.builtIn === 'administrators' ? ALL_PERMISSIONS : g.permissions,
    ),
  );
  const exposure = userExposure(
    groups.map(g => ({
      overrides: cleanOverrides(g.fieldExposure),
      administrators: g.builtIn === 'administrators',
    })),
  );
  return { permissions: new Set(scopes.keys()), scopes, exposure };
}
