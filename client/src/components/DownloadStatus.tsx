import { formatBytes, formatRows, type DownloadProgress } from './download';
import type { DownloadState } from './useDownload';

type DownloadStatusProps = {
  state: DownloadState;
  /** What is being downloaded, for the progress bar's name: "customers", "your data". */
  what: string;
  /** CSV exports count rows; a ZIP has none to count. */
  showRows: boolean;
  onCancel: () => void;
};

function amount(progress: DownloadProgress, showRows: boolean): string {
  const size = formatBytes(progress.bytes);
  const total = progress.totalBytes ? ` of ${formatBytes(progress.totalBytes)}` : '';
  return showRows ? `${formatRows(progress.rows)} · ${size}${total}` : `${size}${total}`;
}

/** Progress with Cancel while a download runs; then what was saved, or why not. */
export function DownloadStatus({ state, what, showRows, onCancel }: DownloadStatusProps) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const { progress } = state;
      return (
        <div className="download-status">
          <span className="visually-hidden" role="status">
            Downloading {what}…
          </span>
          {/* Without a known size the bar is indeterminate: it moves, the count tells how far. */}
          {progress.totalBytes ? (
            <progress
              className="download-status__bar"
              aria-label={`Downloading ${what}`}
              value={progress.bytes}
              max={progress.totalBytes}
            />
          ) : (
            <progress className="download-status__bar" aria-label={`Downloading ${what}`} />
          )}
          <span className="download-status__count" aria-live="off">
            {amount(progress, showRows)}
          </span>
          <button className="button button--small" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      );
    }
    case 'done':
      return (
        <p className="download-status__done" role="status">
          Saved <strong>{state.fileName}</strong> (
          {amount({ ...state.progress, totalBytes: null }, showRows)}).
        </p>
      );
    case 'failed':
      return (
        <p className="alert alert--error download-status__problem" role="alert">
          {state.message}
        </p>
      );
    case 'cancelled':
      return (
        <p className="muted download-status__done" role="status">
          Cancelled: nothing was saved.
        </p>
      );
  }
}
