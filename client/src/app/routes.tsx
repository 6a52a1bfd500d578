import type { RouteObject } from 'react-router';
import { RequirePermission } from '../components/RequirePermission';
import { RequireViewer } from '../features/auth/RequireViewer';
import { SignInPage } from '../features/auth/SignInPage';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { TimesheetReviewPage } from '../features/approvals/TimesheetReviewPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { HomePage } from '../features/home/HomePage';
import { PeoplePage } from '../features/people/PeoplePage';
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
      {
        element: <RequireViewer />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
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
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
