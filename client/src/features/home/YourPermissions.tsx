import { EmptyState } from '../../components/EmptyState';
import { PermissionList } from '../../components/PermissionList';

export function YourPermissions({ permissions }: { permissions: readonly string[] }) {
  return (
    <section className="card" aria-labelledby="your-permissions">
      <h2 id="your-permissions">What you can do</h2>
      {permissions.length ? (
        <>
          <p className="muted">Through your groups you may:</p>
          <PermissionList permissions={permissions} />
        </>
      ) : (
        <EmptyState title="You have no extra permissions.">
          <p>
            Your groups grant no permissions beyond your own account. If you need to see people or
            groups, ask an administrator of your site.
          </p>
        </EmptyState>
      )}
    </section>
  );
}
