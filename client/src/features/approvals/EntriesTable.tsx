import { formatMinutes } from '@horae/shared/time';
import type { TimesheetEntryFieldsFragment } from '../../gql/graphql';
import { shortDay } from '../timesheet/dates';

type EntriesTableProps = { entries: readonly TimesheetEntryFieldsFragment[] };

/** Every entry of the week, in day order, with what was done. */
export function EntriesTable({ entries }: EntriesTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Time entries of the week</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Project</th>
            <th scope="col">Task</th>
            <th scope="col">Description</th>
            <th scope="col">Billable</th>
            <th scope="col" className="table__number">
              Hours
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(entry => (
            <tr key={entry.id}>
              <td>{shortDay(entry.date)}</td>
              <td>
                <span className="timesheet-grid__code">{entry.project.code}</span>{' '}
                {entry.project.name}
              </td>
              <td>{entry.task?.name ?? <span className="muted">No task</span>}</td>
              <td>{entry.description || <span className="muted">No description</span>}</td>
              <td>{entry.billable ? 'Yes' : 'No'}</td>
              <td className="table__number">{formatMinutes(entry.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
