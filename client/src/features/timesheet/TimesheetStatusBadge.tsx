import type { TimesheetStatus } from '../../gql/graphql';

export const TIMESHEET_STATUS_LABELS: Record<TimesheetStatus, string> = {
  OPEN: 'Open',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};

export function TimesheetStatusBadge({ status }: { status: TimesheetStatus }) {
  return (
    <span className={`badge badge--${status.toLowerCase()}`}>
      {TIMESHEET_STATUS_LABELS[status]}
    </span>
  );
}
