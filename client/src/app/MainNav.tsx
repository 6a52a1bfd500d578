import { hasPermission, type Permission } from '@horae/shared/permissions';
import { NavLink } from 'react-router';
import { useViewer } from '../features/auth/viewer-context';
import { IMPORT_PERMISSIONS } from '../features/import/import-labels';

/** `permission`: shown to viewers holding it, or any one of a list. */
type NavItem = { to: string; label: string; permission?: Permission | readonly Permission[] };

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/time', label: 'Timesheet', permission: 'timeEntry.create' },
  { to: '/approvals', label: 'Approvals', permission: 'timesheet.approve' },
  { to: '/projects', label: 'Projects', permission: 'project.read' },
  { to: '/customers', label: 'Customers', permission: 'customer.read' },
  { to: '/reports', label: 'Reports', permission: 'report.read' },
  { to: '/invoices', label: 'Invoices', permission: 'invoice.read' },
  { to: '/import', label: 'Import', permission: IMPORT_PERMISSIONS },
  { to: '/people', label: 'People', permission: 'user.read' },
  { to: '/groups', label: 'Groups', permission: 'group.read' },
  { to: '/exposure', label: 'Field exposure', permission: ['group.read', 'service.read'] },
  { to: '/services', label: 'Services', permission: 'service.read' },
  { to: '/security', label: 'Security', permission: 'site.read' },
  { to: '/sign-in-blocks', label: 'Sign-in blocks', permission: 'site.read' },
  { to: '/audit', label: 'Audit log', permission: 'audit.read' },
  { to: '/operations', label: 'Operations', permission: 'backup.read' },
];

/** Only what the viewer may open: the same permission strings the server enforces. */
export function MainNav() {
  const { can } = useViewer();
  const items = NAV_ITEMS.filter(
    item =>
      !item.permission ||
      (typeof item.permission === 'string' ? [item.permission] : item.permission).some(p =>
        hasPermission(can, p),
      ),
  );
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="main-nav__list">
        {items.map(item => (
          <li key={item.to}>
            <NavLink className="main-nav__link" to={item.to} end={item.to === '/'}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
