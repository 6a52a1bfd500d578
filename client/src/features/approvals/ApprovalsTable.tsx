import { formatMinutes } from '@horae/shared/time';
import { Link } from 'react-router';
import type { ApprovalsInboxQuery } from '../../gql/graphql';
import { dateTime, weekRange } from '../timesheet/dates';
import { reviewPath } from './decision-notice';

type Sheet = ApprovalsInboxQuery['timesheets']['nodes'][number];

type ApprovalsTableProps = { sheets: readonly Sheet[]; viewerId: string };

export function ApprovalsTable({ sheets, viewerId }: ApprovalsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Week</th>
            <th scope="col">Submitted</th>
            <th scope="col" className="table__number">
              Hours
            </th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sheets.map(sheet => (
            <tr key={sheet.id}>
              <th scope="row">
                {sheet.user.displayName}
                {sheet.user.id === viewerId ? <span className="badge badge--you">You</span> : null}
              </th>
              <td>
                {sheet.week} <span className="muted">({weekRange(sheet.weekStart)})</span>
              </td>
              <td>{sheet.submittedAt ? dateTime(sheet.submittedAt) : '—'}</td>
              <td className="table__number">{formatMinutes(sheet.totalMinutes)}</td>
              <td>
                <Link
                  to={reviewPath(sheet.user.id, sheet.weekStart)}
                  aria-label={`Review ${sheet.user.displayName}’s week ${sheet.week}`}
                >
                  Review
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
