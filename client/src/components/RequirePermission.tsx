import type { ReactNode } from 'react';
import { describePermission, type Permission } from '@horae/shared/permissions';
import { useCan } from '../features/auth/viewer-context';
import { PageHeader } from './PageHeader';
import { NoAccess } from './NoAccess';

type RequirePermissionProps = { permission: Permission; title?: string; children: ReactNode };

/** Shows the page only to viewers holding the permission; others get a friendly explanation. */
export function RequirePermission({ permission, title, children }: RequirePermissionProps) {
  if (useCan(permission)) return children;
  return (
    <>
      <PageHeader title={title ?? 'No access'} />
      <section className="card">
        <NoAccess
          detail={`This page needs the permission to ${describePermission(permission).toLowerCase()}.`}
        />
      </section>
    </>
  );
}
