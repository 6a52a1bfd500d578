/**
 * The permission catalog: every permission is `resource.action`. Groups and (later) services hold
 * sets of these strings. The server builds its graphql-shield rules from this file and the SPA
 * uses it to show only what the viewer may do, so the two can never disagree.
 */
export const PERMISSION_CATALOG = {
  user: {
    label: 'Users',
    actions: {
      read: 'See the people of the site',
      create: 'Add people to the site',
      update: 'Change names and group memberships',
      deactivate: 'Deactivate and reactivate people (ends their sessions)',
    },
  },
  group: {
    label: 'Groups',
    actions: {
      read: 'See groups and their permissions',
    },
  },
  site: {
    label: 'Site settings',
    actions: {
      read: 'See security settings',
      update: 'Change security settings',
    },
  },
  audit: {
    label: 'Audit log',
    actions: {
      read: 'Read the audit log',
      verify: 'Verify the audit hash chain',
    },
  },
} as const satisfies Record<string, { label: string; actions: Record<string, string> }>;

type Catalog = typeof PERMISSION_CATALOG;
export type Resource = keyof Catalog;
export type Permission = {
  [R in Resource]: `${R}.${Extract<keyof Catalog[R]['actions'], string>}`;
}[Resource];

export const ALL_PERMISSIONS: readonly Permission[] = Object.entries(PERMISSION_CATALOG).flatMap(
  ([resource, def]) =>
    Object.keys(def.actions).map(action => `${resource}.${action}` as Permission),
);

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

export function describePermission(permission: Permission): string {
  const [resource, action] = permission.split('.') as [Resource, string];
  const actions = PERMISSION_CATALOG[resource].actions as Record<string, string>;
  return actions[action] ?? permission;
}

/** What the three groups every site starts with may do. */
export const BUILT_IN_GROUP_PERMISSIONS: Record<
  'administrators' | 'managers' | 'employees',
  readonly Permission[]
> = {
  administrators: ALL_PERMISSIONS,
  managers: ['user.read', 'group.read'],
  employees: [],
};

export const BUILT_IN_GROUP_NAMES = {
  administrators: 'Administrators',
  managers: 'Managers',
  employees: 'Employees',
} as const;

export function hasPermission(granted: Iterable<string>, permission: Permission): boolean {
  for (const p of granted) if (p === permission) return true;
  return false;
}
