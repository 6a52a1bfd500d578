import type { RouteObject } from 'react-router';
import { RequirePermission } from '../components/RequirePermission';
import { AccountPage } from '../features/account/AccountPage';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { FORGOT_PASSWORD_PATH } from '../features/auth/paths';
import { RequireViewer } from '../features/auth/RequireViewer';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { TimesheetReviewPage } from '../features/approvals/TimesheetReviewPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { ExposurePage } from '../features/exposure/ExposurePage';
import { GroupPage } from '../features/groups/GroupPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { HomePage } from '../features/home/HomePage';
import { IMPORT_PERMISSIONS } from '../features/import/import-labels';
import { ImportPage } from '../features/import/ImportPage';
import { OperationsPage } from '../features/operations/OperationsPage';
import { InvoicePage } from '../features/invoices/InvoicePage';
import { InvoicePrintPage } from '../features/invoices/InvoicePrintPage';
import { InvoicesPage } from '../features/invoices/InvoicesPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { ProjectPage } from '../features/project-admin/ProjectPage';
import { ProjectsPage } from '../features/project-admin/ProjectsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { AuditLogPage } from '../features/security/AuditLogPage';
import { LoginBlocksPage } from '../features/security/LoginBlocksPage';
import { SecuritySettingsPage } from '../features/security/SecuritySettingsPage';
import { PartnersPage } from '../features/services/PartnersPage';
import { ServicePage } from '../features/services/ServicePage';
import { ServicePreviewPage } from '../features/services/ServicePreviewPage';
import { ServicesPage } from '../features/services/ServicesPage';
import { TimesheetPage } from '../features/timesheet/TimesheetPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { SIGN_IN_PATH } from './session';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      // Signed out: asking for a reset link, and the links mailed by the server.
      { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'accept-invitation', element: <AcceptInvitationPage /> },
      {
        element: <RequireViewer />,
        children: [
          // The printable invoice: signed in, but without the app's header and navigation.
          { path: 'invoices/:id/print', element: <InvoicePrintPage /> },
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'account', element: <AccountPage /> },
              {
                path: 'time',
                element: (
                  <RequirePermission permission="timeEntry.create" title="Timesheet">
                    <TimesheetPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'approvals',
                element: (
                  <RequirePermission permission="timesheet.approve" title="Approvals">
                    <ApprovalsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'approvals/:userId/:week',
                element: (
                  <RequirePermission permission="timesheet.approve" title="Approvals">
                    <TimesheetReviewPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'people',
                element: (
                  <RequirePermission permission="user.read" title="People">
                    <PeoplePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'groups',
                element: (
                  <RequirePermission permission="group.read" title="Groups">
                    <GroupsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'groups/:id',
                element: (
                  <RequirePermission permission="group.read" title="Group">
                    <GroupPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'exposure',
                element: (
                  <RequirePermission
                    permission={['group.read', 'service.read']}
                    title="Field exposure"
                  >
                    <ExposurePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'services',
                element: (
                  <RequirePermission permission="service.read" title="Services">
                    <ServicesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'services/:id',
                element: (
                  <RequirePermission permission="service.read" title="Service">
                    <ServicePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'services/:id/preview',
                element: (
                  <RequirePermission permission="service.manage" title="Preview as service">
                    <ServicePreviewPage />
                  </RequirePermission>
                ),
              },
              // The integration guide: for anyone signed in, to pass on to partners.
              { path: 'partners', element: <PartnersPage /> },
              {
                path: 'security',
                element: (
                  <RequirePermission permission="site.read" title="Security settings">
                    <SecuritySettingsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'sign-in-blocks',
                element: (
                  <RequirePermission permission="site.read" title="Sign-in blocks">
                    <LoginBlocksPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequirePermission permission="audit.read" title="Audit log">
                    <AuditLogPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'operations',
                element: (
                  <RequirePermission permission="backup.read" title="Operations">
                    <OperationsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'projects',
                element: (
                  <RequirePermission permission="project.read" title="Projects">
                    <ProjectsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'projects/:id',
                element: (
                  <RequirePermission permission="project.read" title="Project">
                    <ProjectPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'customers',
                element: (
                  <RequirePermission permission="customer.read" title="Customers">
                    <CustomersPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'reports',
                element: (
                  <RequirePermission permission="report.read" title="Reports">
                    <ReportsPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'invoices',
                element: (
                  <RequirePermission permission="invoice.read" title="Invoices">
                    <InvoicesPage />
                  </RequirePermission>
                ),
              },
              {
                path: 'invoices/:id',
                element: (
                  <RequirePermission permission="invoice.read" title="Invoice">
                    <InvoicePage />
                  </RequirePermission>
                ),
              },
              {
                path: 'import',
                element: (
                  <RequirePermission permission={IMPORT_PERMISSIONS} title="Import">
                    <ImportPage />
                  </RequirePermission>
                ),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
