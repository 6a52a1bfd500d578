import { parseGrant, PERMISSION_CATALOG, type Scope } from '@horae/shared/permissions';

type PermissionSection = { label: string; items: { permission: string; description: string }[] };

/** How far a scoped grant (a group's "report.read:team") reaches, in words. */
const SCOPE_PHRASES: Record<Scope, string> = {
  own: 'own records',
  team: 'their team',
  all: 'all site',
};

/**
 * Groups granted permissions by resource, in catalog order, described in words. Grants with a
 * scope ("timeEntry.read:own", as groups hold them) say how far they reach.
 */
export function describePermissions(granted: readonly string[]): PermissionSection[] {
  const held = new Map<string, { grant: string; scope: Scope | null }>();
  for (const grant of granted) {
    const parsed = parseGrant(grant);
    if (parsed)
      held.set(parsed.permission, { grant, scope: grant.includes(':') ? parsed.scope : null });
  }
  const known = new Set<string>();
  const sections: PermissionSection[] = [];
  for (const [resource, definition] of Object.entries(PERMISSION_CATALOG)) {
    const items = Object.entries(definition.actions).flatMap(([action, description]) => {
      const grant = held.get(`${resource}.${action}`);
      if (!grant) return [];
      known.add(grant.grant);
      const reach = grant.scope ? ` (${SCOPE_PHRASES[grant.scope]})` : '';
      return [{ permission: grant.grant, description: `${description}${reach}` }];
    });
    if (items.length) sections.push({ label: definition.label, items });
  }
  // A permission newer than this build of the SPA is still shown, by its name.
  const unknown = granted.filter(p => !known.has(p));
  if (unknown.length) {
    sections.push({ label: 'Other', items: unknown.map(p => ({ permission: p, description: p })) });
  }
  return sections;
}

type PermissionListProps = { permissions: readonly string[]; showNames?: boolean };

export function PermissionList({ permissions, showNames = false }: PermissionListProps) {
  return (
    <dl className="permission-list">
      {describePermissions(permissions).map(section => (
        <div className="permission-list__section" key={section.label}>
          <dt>{section.label}</dt>
          {section.items.map(item => (
            <dd key={item.permission}>
              {item.description}
              {showNames && item.description !== item.permission ? (
                <code className="permission-list__name">{item.permission}</code>
              ) : null}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
