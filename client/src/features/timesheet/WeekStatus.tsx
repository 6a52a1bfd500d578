import type { TimesheetFieldsFragment } from '../../gql/graphql';
import { dateTime } from './dates';
import { TimesheetStatusBadge } from './TimesheetStatusBadge';

type WeekStatusProps = {
  sheet: Pick<
    TimesheetFieldsFragment,
    'status' | 'comment' | 'submittedAt' | 'decidedAt' | 'decidedBy'
  >;
};

/** Where the week stands; a rejected week shows the manager's comment before anything else. */
export function WeekStatus({ sheet }: WeekStatusProps) {
  const by = sheet.decidedBy ? ` by ${sheet.decidedBy.displayName}` : '';
  const on = sheet.decidedAt ? ` on ${dateTime(sheet.decidedAt)}` : '';
  switch (sheet.status) {
    case 'OPEN':
      return null;
    case 'SUBMITTED':
      return (
        <div className="week-status alert alert--info">
          <p>
            <TimesheetStatusBadge status="SUBMITTED" /> Submitted for approval
            {sheet.submittedAt ? ` on ${dateTime(sheet.submittedAt)}` : ''}. The week is locked
            until it is approved or sent back.
          </p>
        </div>
      );
    case 'APPROVED':
      return (
        <div className="week-status alert alert--success">
          <p>
            <TimesheetStatusBadge status="APPROVED" /> Approved{by}
            {on}. The week is locked; an administrator can reopen it.
          </p>
        </div>
      );
    case 'REJECTED':
      return (
        <section className="week-status alert alert--warning" aria-labelledby="week-rejected">
          <h2 className="week-status__title" id="week-rejected">
            <TimesheetStatusBadge status="REJECTED" /> Sent back{by}
            {on}
          </h2>
          {sheet.comment ? (
            <blockquote className="week-status__comment">{sheet.comment}</blockquote>
          ) : null}
          <p>Change the week as asked and submit it again.</p>
        </section>
      );
  }
}
