import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

export const BUILT_IN_GROUPS = ['administrators', 'managers', 'employees'] as const;
export type BuiltInGroup = (typeof BUILT_IN_GROUPS)[number];

export const Group = defineEntity({
  name: 'Group',
  tableName: 'user_group',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    name: p.string().length(100),
    /** Set for the three groups every site starts with; they cannot be deleted. */
    builtIn: p.enum(BUILT_IN_GROUPS).nullable(),
    permissions: p.array().defaultRaw("'{}'"),
    /** Field catalog overrides for members: field -> exposed. */
    fieldExposure: p.json<Record<string, boolean>>().defaultRaw("'{}'"),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'name'] }],
});
export type Group = InferEntity<typeof Group>;

export const GroupMembership = defineEntity({
  name: 'GroupMembership',
  tableName: 'group_membership',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    group: () => p.manyToOne(Group).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref().deleteRule('cascade'),
    /** Managers of a group approve its members' time (team scope). */
    isManager: p.boolean().default(false),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['group', 'user'] }],
  indexes: [{ properties: ['site', 'user'] }],
});
export type GroupMembership = InferEntity<typeof GroupMembership>;
