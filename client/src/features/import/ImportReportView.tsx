import type { ImportPayloadFieldsFragment } from '../../gql/graphql';
import { OUTCOME_LABELS, plural, RELATED_LABELS } from './import-labels';

type Report = NonNullable<ImportPayloadFieldsFragment['report']>;

/** What the dry run found: counts, every refused row with its reasons, and the changes. */
export function ImportReportView({ report }: { report: Report }) {
  const related = report.related.map(r => plural(r.create, RELATED_LABELS[r.resource]));
  return (
    <>
      <dl className="summary" aria-label="Dry run">
        <div>
          <dt>Create</dt>
          <dd className="summary__total">{report.create}</dd>
        </div>
        <div>
          <dt>Update</dt>
          <dd className="summary__total">{report.update}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd className="summary__total">{report.unchanged}</dd>
        </div>
        <div>
          <dt>Refused</dt>
          <dd className="summary__total">{report.refused}</dd>
        </div>
      </dl>
      {related.length ? (
        <p className="muted">
          Also creates what the rows name but Horae lacks: {related.join(', ')}.
        </p>
      ) : null}
      {report.refused > 0 ? (
        <>
          <p className="alert alert--error" role="alert">
            {report.refused === 1 ? '1 row is refused' : `${report.refused} rows are refused`}:
            nothing can be imported until {report.refused === 1 ? 'it is' : 'they are'} fixed.
            Correct the file and upload it again, or change the mapping.
          </p>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="table__caption">
                Refused rows
                {report.refusedRows.length < report.refused
                  ? ` (the first ${report.refusedRows.length} of ${report.refused})`
                  : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="table__number">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.refusedRows.flatMap(row =>
                  row.problems.map((problem, i) => (
                    <tr key={`${row.row}-${i}`}>
                      <td className="table__number">{row.row}</td>
                      <td>{problem.column ?? '—'}</td>
                      <td>{problem.message}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {report.changedRows.length ? (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="table__caption">
              Rows to create or update
              {report.changedRows.length < report.create + report.update
                ? ` (the first ${report.changedRows.length} of ${report.create + report.update})`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="table__number">
                  Row
                </th>
                <th scope="col">Outcome</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {report.changedRows.map(row => (
                <tr key={row.row}>
                  <td className="table__number">{row.row}</td>
                  <td>
                    <span className={`badge badge--import-${row.outcome.toLowerCase()}`}>
                      {OUTCOME_LABELS[row.outcome]}
                    </span>
                  </td>
                  <td>{row.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
