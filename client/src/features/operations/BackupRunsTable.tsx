import { formatDateTime } from '../../components/dates';
import { formatBytes, outcome, runLabel, verification, type BackupRun } from './backup-labels';

/** Backups and restore tests, newest first; a failed run says why (it names the table). */
export function BackupRunsTable({ runs }: { runs: readonly BackupRun[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Recent backups and restore tests</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Run</th>
            <th scope="col">Result</th>
            <th scope="col">Size</th>
            <th scope="col">Tables and rows</th>
            <th scope="col">Restorable</th>
          </tr>
        </thead>
        <tbody>
          {runs.map(run => {
            const result = outcome(run);
            const checked =
              run.kind === 'BACKUP' && run.status === 'SUCCEEDED' ? verification(run) : null;
            return (
              <tr key={run.id}>
                <th scope="row">{formatDateTime(run.startedAt)}</th>
                <td>
                  <span className="table__line">{runLabel(run)}</span>
                  {run.fileName ? (
                    <code className="table__line muted table__sub">{run.fileName}</code>
                  ) : null}
                  {run.prunedAt ? (
                    <span className="table__line muted table__sub">
                      Deleted by retention on {formatDateTime(run.prunedAt)}
                    </span>
                  ) : null}
                </td>
                <td>
                  <span className={`badge ${result.badge}`}>{result.label}</span>
                  {run.error ? <span className="table__line table__sub">{run.error}</span> : null}
                </td>
                <td>{formatBytes(run.sizeBytes)}</td>
                <td>
                  {run.tableCount == null
                    ? '—'
                    : `${run.tableCount} tables, ${(run.rowCount ?? 0).toLocaleString('en-GB')} rows`}
                </td>
                <td>
                  {checked ? (
                    <span className={`badge ${checked.badge}`}>{checked.label}</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
