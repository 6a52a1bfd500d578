import { PERMISSION_CATALOG } from '@horae/shared/permissions';

type PermissionSection = { label: string; items: { permission: string; description: string }[] };

/** Groups granted permissions by resource, in catalog order, described in words. */
export function describePermissions(granted: readonly string[]): PermissionSection[] {
  const held = new Set(granted);
  const known = new Set<string>();
  const sections: PermissionSection[] = [];
  for (const [resource, definition] of Object.entries(PERMISSION_CATALOG)) {
    const items = Object.entries(definition.actions)
      .map(([action, description]) => ({ permission: `${resource}.${action}`, description }))
      .filter(item => held.has(item.permission));
    items.forEach(item => known.add(item.permission));
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
