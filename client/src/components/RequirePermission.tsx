import type { ReactNode } from 'react';
import { describePermission, hasPermission, type Permission } from '@horae/shared/permissions';
import { useViewer } from '../features/auth/viewer-context';
import { PageHeader } from './PageHeader';
import { NoAccess } from './NoAccess';

type RequirePermissionProps = {
  /** The permission the page needs, or a list of which any one will do. */
  permission: Permission | readonly Permission[];
  title?: string;
  children: ReactNode;
};

/** Shows the page only to viewers holding the permission; others get a friendly explanation. */
export function RequirePermission({ permission, title, children }: RequirePermissionProps) {
  const { can } = useViewer();
  const needed = typeof permission === 'string' ? [permission] : permission;
  if (needed.some(p => hasPermission(can, p))) return children;
  return (
    <>
      <PageHeader title={title ?? 'No access'} />
      <section className="card">
        <NoAccess
          detail={`This page needs the permission to ${needed.map(p => describePermission(p).toLowerCase()).join(' or to ')}.`}
        />
      </section>
    </>
  );
}
