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
      update: 'Change names, own hourly rates and group memberships',
      deactivate: 'Deactivate and reactivate people (ends their sessions)',
      exportData: "Download a person's personal data (GDPR access request)",
      erase: "Erase a person's personal data (GDPR), keeping their time pseudonymised",
    },
  },
  group: {
    label: 'Groups',
    actions: {
      read: 'See groups and their permissions',
      manage: 'Create, change and delete groups, their members, permissions and field exposure',
    },
  },
  service: {
    label: 'Services (partner integrations)',
    actions: {
      read: 'See services and their tokens (never the secrets)',
      manage: 'Create, change and delete services, issue and revoke their tokens, preview as them',
    },
  },
  site: {
    label: 'Site settings',
    actions: {
      read: 'See security settings',
      update: 'Change security settings',
    },
  },
  backup: {
    label: 'Backups',
    actions: {
      read: 'See backups and restore tests',
    },
  },
  audit: {
    label: 'Audit log',
    actions: {
      read: 'Read the audit log',
      verify: 'Verify the audit hash chain',
    },
  },
  customer: {
    label: 'Customers',
    actions: {
      read: 'See customers',
      create: 'Add customers',
      update: 'Change and archive customers',
    },
  },
  project: {
    label: 'Projects and tasks',
    actions: {
      read: 'See projects and their tasks',
      create: 'Add projects',
      update: 'Change projects, their members and tasks',
    },
  },
  timeEntry: {
    label: 'Time entries',
    scoped: true,
    actions: {
      read: 'See time entries',
      create: 'Register time',
      update: 'Change time entries of open weeks',
      delete: 'Delete time entries of open weeks',
    },
  },
  timesheet: {
    label: 'Timesheets',
    scoped: true,
    actions: {
      read: 'See weekly timesheets',
      submit: 'Submit weeks for approval',
      approve: 'Approve or reject submitted weeks',
      reopen: 'Reopen approved weeks',
    },
  },
  report: {
    label: 'Reports',
    scoped: true,
    actions: {
      read: 'See hours and amounts in reports',
    },
  },
  invoice: {
    label: 'Invoices',
    actions: {
      read: 'See invoices',
      create: 'Create invoice drafts from approved time',
      issue: 'Issue invoices',
      void: 'Void invoices',
    },
  },
} as const satisfies Record<
  string,
  { label: string; scoped?: boolean; actions: Record<string, string> }
>;

/**
 * How far a scoped permission reaches: the actor's own records, their team's (members of groups
 * they manage and of projects they lead), or the whole site.
 */
export const SCOPES = ['own', 'team', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

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

/** A grant as stored on a group: a permission, with a scope for scoped resources. */
export type Grant = Permission | `${Permission}:${Scope}`;

export function isScoped(permission: Permission): boolean {
  const [resource] = permission.split('.') as [Resource];
  return 'scoped' in PERMISSION_CATALOG[resource] && PERMISSION_CATALOG[resource].scoped === true;
}

export function parseGrant(grant: string): { permission: Permission; scope: Scope } | null {
  const [permission, scope] = grant.split(':') as [string, string | undefined];
  if (!isPermission(permission)) return null;
  if (scope === undefined) return { permission, scope: 'all' };
  if (!isScoped(permission) || !(SCOPES as readonly string[]).includes(scope)) return null;
  return { permission, scope: scope as Scope };
}

const SCOPE_RANK: Record<Scope, number> = { own: 0, team: 1, all: 2 };

/** Combines the grants of several groups: each permission gets the widest scope granted. */
export function combineGrants(grants: Iterable<string>): Map<Permission, Scope> {
  const result = new Map<Permission, Scope>();
  for (const g of grants) {
    const parsed = parseGrant(g);
    if (!parsed) continue;
    const current = result.get(parsed.permission);
    if (!current || SCOPE_RANK[parsed.scope] > SCOPE_RANK[current]) {
      result.set(parsed.permission, parsed.scope);
    }
  }
  return result;
}

/** What the three groups every site starts with may do. */
export const BUILT_IN_GROUP_PERMISSIONS: Record<
  'administrators' | 'managers' | 'employees',
  readonly Grant[]
> = {
  administrators: ALL_PERMISSIONS,
  managers: [
    'user.read',
    'group.read',
    'customer.read',
    'project.read',
    'timeEntry.read:team',
    'timeEntry.create:own',
    'timeEntry.update:own',
    'timeEntry.delete:own',
    'timesheet.read:team',
    'timesheet.submit:own',
    'timesheet.approve:team',
    'report.read:team',
  ],
  employees: [
    'customer.read',
    'project.read',
    'timeEntry.read:own',
    'timeEntry.create:own',
    'timeEntry.update:own',
    'timeEntry.delete:own',
    'timesheet.read:own',
    'timesheet.submit:own',
    'report.read:own',
  ],
};

export const BUILT_IN_GROUP_NAMES = {
  administrators: 'Administrators',
  managers: 'Managers',
  employees: 'Employees',
} as const;

/**
 * What a service (a partner integration) may never hold: administering the site, its people's
 * access and other services stays with people who sign in.
 */
export const SERVICE_EXCLUDED_PERMISSIONS: readonly Permission[] = [
  'site.read',
  'site.update',
  'group.manage',
  'service.read',
  'service.manage',
  'user.create',
  'user.deactivate',
  'user.exportData',
  'user.erase',
  'audit.verify',
  'backup.read',
  // Approving and reopening weeks and issuing invoices are decisions people sign.
  'timesheet.submit',
  'timesheet.approve',
  'timesheet.reopen',
  'invoice.issue',
  'invoice.void',
];

export const SERVICE_PERMISSIONS: readonly Permission[] = ALL_PERMISSIONS.filter(
  p => !SERVICE_EXCLUDED_PERMISSIONS.includes(p),
);

/** What a new service may do until an administrator says otherwise: read, nothing else. */
export const SERVICE_DEFAULT_PERMISSIONS: readonly Permission[] = [
  'customer.read',
  'project.read',
  'timeEntry.read',
];

export function isReadPermission(permission: Permission): boolean {
  return permission.endsWith('.read');
}

export function hasPermission(granted: Iterable<string>, permission: Permission): boolean {
  for (const p of granted) if (p === permission) return true;
  return false;
}
