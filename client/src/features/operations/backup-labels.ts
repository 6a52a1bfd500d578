import type { BackupRunFieldsFragment } from '../../gql/graphql';

export type BackupRun = BackupRunFieldsFragment;

/** 1536 -> "1.5 kB" (powers of 1024, like the command line prints). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

export function runLabel(run: BackupRun): string {
  if (run.kind === 'RESTORE_TEST') return 'Restore test';
  const kept = { daily: 'daily', weekly: 'weekly', manual: 'by an operator' }[run.retention ?? ''];
  return kept ? `Backup (${kept})` : 'Backup';
}

/** Text and badge class of a run's outcome: the words carry it, the colour only repeats it. */
export function outcome(run: BackupRun): { label: string; badge: string } {
  if (run.status === 'RUNNING') return { label: 'Running', badge: 'badge--submitted' };
  if (run.status === 'FAILED') return { label: 'Failed', badge: 'badge--deactivated' };
  if (run.kind === 'RESTORE_TEST') return { label: 'Passed', badge: 'badge--active' };
  return { label: 'Succeeded', badge: 'badge--active' };
}

/** Whether a backup has been proven restorable. */
export function verification(run: BackupRun): { label: string; badge: string } {
  if (run.verificationOk === true) return { label: 'Verified', badge: 'badge--active' };
  if (run.verificationOk === false)
    return { label: 'Restore test failed', badge: 'badge--deactivated' };
  return { label: 'Not restore-tested yet', badge: 'badge--open' };
}
