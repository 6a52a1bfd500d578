import { personalDataUrl } from '../../components/download';
import { DownloadStatus } from '../../components/DownloadStatus';
import { useDownload } from '../../components/useDownload';

type PersonalDataButtonProps = {
  /** Another person's data (needs user.exportData); without it, the viewer's own. */
  userId?: string;
  label: string;
  /** The button's name for screen readers when the label alone is ambiguous (in a table row). */
  accessibleLabel?: string;
  /** For the progress bar: "your data", "the data of Tom Bakker". */
  what: string;
  small?: boolean;
};

/** Downloads the GDPR ZIP (JSON + CSV tables) with progress and Cancel. */
export function PersonalDataButton({
  userId,
  label,
  accessibleLabel,
  what,
  small = false,
}: PersonalDataButtonProps) {
  const download = useDownload();
  return (
    <div className={small ? 'personal-data personal-data--small' : 'personal-data'}>
      {download.state.phase === 'running' ? null : (
        <button
          className={small ? 'button button--small' : 'button'}
          type="button"
          aria-label={accessibleLabel}
          onClick={() => {
            void download.start(personalDataUrl(userId), {
              fallbackName: 'personal-data.zip',
              countRows: false,
            });
          }}
        >
          {label}
        </button>
      )}
      <DownloadStatus
        state={download.state}
        what={what}
        showRows={false}
        onCancel={download.cancel}
      />
    </div>
  );
}
