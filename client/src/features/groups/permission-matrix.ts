import {
  isScoped,
  parseGrant,
  PERMISSION_CATALOG,
  type Permission,
  type Resource,
  type Scope,
} from '@horae/shared/permissions';

/** How the scope select names each reach of a scoped permission. */
export const SCOPE_LABELS: Record<Scope, string> = {
  own: 'Own',
  team: 'Team',
  all: 'All site',
};

/** Reading order of the matrix's columns; actions the catalog adds later follow at the end. */
const ACTION_ORDER = [
  'read',
  'create',
  'update',
  'delete',
  'manage',
  'submit',
  'approve',
  'reopen',
  'issue',
  'void',
  'deactivate',
  'verify',
];

export type MatrixRow = {
  resource: Resource;
  label: string;
  scoped: boolean;
  /** The resource's actions by name, with the catalog's description of each. */
  actions: ReadonlyMap<string, string>;
};

export const MATRIX_ROWS: readonly MatrixRow[] = Object.entries(PERMISSION_CATALOG).map(
  ([resource, definition]) => ({
    resource: resource as Resource,
    label: definition.label,
    scoped: 'scoped' in definition && definition.scoped,
    actions: new Map(Object.entries(definition.actions)),
  }),
);

export const MATRIX_ACTIONS: readonly string[] = (() => {
  const all = new Set(MATRIX_ROWS.flatMap(row => [...row.actions.keys()]));
  const known = ACTION_ORDER.filter(action => all.has(action));
  return [...known, ...[...all].filter(action => !ACTION_ORDER.includes(action))];
})();

/** What a group is granted: permission -> scope (non-scoped permissions carry 'all'). */
export type Grants = ReadonlyMap<Permission, Scope>;

/** Reads stored grants; anything this build does not understand is kept apart, untouched. */
export function readGrants(stored: readonly string[]): { grants: Grants; unknown: string[] } {
  const grants = new Map<Permission, Scope>();
  const unknown: string[] = [];
  for (const grant of stored) {
    const parsed = parseGrant(grant);
    if (parsed) grants.set(parsed.permission, parsed.scope);
    else unknown.push(grant);
  }
  return { grants, unknown };
}

/** The grants to send: scoped permissions say how far they reach, others stand alone. */
export function writeGrants(grants: Grants, unknown: readonly string[] = []): string[] {
  const written = [...grants].map(([permission, scope]) =>
    isScoped(permission) ? `${permission}:${scope}` : permission,
  );
  return [...written, ...unknown].sort();
}

export function sameGrants(a: Grants, b: Grants): boolean {
  if (a.size !== b.size) return false;
  for (const [permission, scope] of a) if (b.get(permission) !== scope) return false;
  return true;
}

export function permissionOf(row: MatrixRow, action: string): Permission {
  return `${row.resource}.${action}` as Permission;
}
