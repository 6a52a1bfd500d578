import { formatDateTime } from '../../components/dates';
import { formatBytes, outcome, verification, type BackupRun } from './backup-labels';

/** The newest backup of the site at a glance: when, how big, and whether it was proven restorable. */
export function LastBackupSummary({ backup }: { backup: BackupRun | undefined }) {
  if (!backup) {
    return (
      <p>
        No backup of this site yet. The server makes one every night; an operator can make one now
        with <code>pnpm horae backup --site</code>.
      </p>
    );
  }
  const result = outcome(backup);
  const checked = verification(backup);
  return (
    <dl className="summary-list">
      <div>
        <dt>Made</dt>
        <dd>{formatDateTime(backup.finishedAt ?? backup.startedAt)}</dd>
      </div>
      <div>
        <dt>Result</dt>
        <dd>
          <span className={`badge ${result.badge}`}>{result.label}</span>
          {backup.error ? <span className="table__line">{backup.error}</span> : null}
        </dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd>
          {formatBytes(backup.sizeBytes)}
          {backup.tableCount != null
            ? ` (${backup.tableCount} tables, ${(backup.rowCount ?? 0).toLocaleString('en-GB')} rows)`
            : ''}
        </dd>
      </div>
      <div>
        <dt>Encrypted</dt>
        <dd>{backup.encrypted ? 'Yes (AES-256-GCM)' : 'No'}</dd>
      </div>
      <div>
        <dt>Restore test</dt>
        <dd>
          <span className={`badge ${checked.badge}`}>{checked.label}</span>
          {backup.verifiedAt ? ` on ${formatDateTime(backup.verifiedAt)}` : ''}
        </dd>
      </div>
    </dl>
  );
}
