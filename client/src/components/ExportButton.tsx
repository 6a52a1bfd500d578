import { hasPermission, type Permission } from '@horae/shared/permissions';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useViewer } from '../features/auth/viewer-context';
import { CheckboxField } from './CheckboxField';
import { exportUrl, type CsvFormat, type ExportFilters, type ExportResource } from './download';
import { DownloadStatus } from './DownloadStatus';
import { useDownload } from './useDownload';

/** What each export needs (the server checks it too) and what its rows are called. */
const RESOURCES: Record<ExportResource, { permission: Permission; rows: string }> = {
  users: { permission: 'user.read', rows: 'people' },
  customers: { permission: 'customer.read', rows: 'customers' },
  projects: { permission: 'project.read', rows: 'projects' },
  tasks: { permission: 'project.read', rows: 'tasks' },
  'time-entries': { permission: 'timeEntry.read', rows: 'time entries' },
  report: { permission: 'report.read', rows: 'report rows' },
  invoices: { permission: 'invoice.read', rows: 'invoices' },
  timesheets: { permission: 'timesheet.read', rows: 'weeks' },
  'audit-events': { permission: 'audit.read', rows: 'audit events' },
};

const FORMAT_KEY = 'horae.export.separator';

/** The separator chosen last time, or else what Excel expects in the browser's language. */
function initialFormat(): CsvFormat {
  try {
    const stored = window.localStorage.getItem(FORMAT_KEY);
    if (stored === 'semicolon' || stored === 'comma') {
      const semicolon = stored === 'semicolon';
      return { semicolon, bom: semicolon };
    }
  } catch {
    // Storage may be switched off; the language still gives a good guess.
  }
  // Where a comma is the decimal separator, Excel reads semicolons between cells.
  const decimal = new Intl.NumberFormat().formatToParts(1.5).find(p => p.type === 'decimal');
  const semicolon = decimal?.value === ',';
  return { semicolon, bom: semicolon };
}

function rememberFormat(format: CsvFormat) {
  try {
    window.localStorage.setItem(FORMAT_KEY, format.semicolon ? 'semicolon' : 'comma');
  } catch {
    // Not remembered: next time the language decides again.
  }
}

type ExportButtonProps = {
  resource: ExportResource;
  /** The list's current filters, so the file holds what the page shows (all pages of it). */
  filters: ExportFilters;
  label?: string;
  /** What the file will hold, in a sentence. */
  description?: string;
  /** Why the file could not match the page as filtered now; downloading waits until it can. */
  unavailable?: string | null;
};

/**
 * "Export CSV": a small panel with the separator (comma, or semicolon for Excel in Europe, with a
 * byte order mark), then the download with progress and Cancel. Shown only to viewers who may
 * read the resource; the server applies the same permission, scope and field exposure.
 */
export function ExportButton({
  resource,
  filters,
  label = 'Export CSV',
  description,
  unavailable = null,
}: ExportButtonProps) {
  const { can } = useViewer();
  const { permission, rows } = RESOURCES[resource];
  if (!hasPermission(can, permission)) return null;
  return (
    <ExportPanel
      resource={resource}
      filters={filters}
      label={label}
      rows={rows}
      description={description ?? `The ${rows} of the list as filtered now, all pages.`}
      unavailable={unavailable}
    />
  );
}

type ExportPanelProps = {
  resource: ExportResource;
  filters: ExportFilters;
  label: string;
  rows: string;
  description: string;
  unavailable: string | null;
};

function ExportPanel({
  resource,
  filters,
  label,
  rows,
  description,
  unavailable,
}: ExportPanelProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<CsvFormat>(initialFormat);
  const download = useDownload();
  const running = download.state.phase === 'running';
  const { reset } = download;

  function close() {
    setOpen(false);
    reset();
  }

  // A click elsewhere closes the panel, except while the download runs (it shows the progress).
  useEffect(() => {
    if (!open || running) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
      reset();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, running, reset]);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open || running) return;
    event.stopPropagation();
    close();
    toggleRef.current?.focus();
  }

  function start() {
    rememberFormat(format);
    void download.start(exportUrl(resource, filters, format), {
      fallbackName: `${resource}.csv`,
      countRows: true,
    });
  }

  const separatorName = `${id}-separator`;
  return (
    <div className="export" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        className="button"
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => {
          if (!open) setOpen(true);
          else if (!running) close();
        }}
      >
        {running ? 'Exporting…' : label}
      </button>
      {open ? (
        <div
          ref={panelRef}
          className="export__panel"
          id={`${id}-panel`}
          role="group"
          aria-labelledby={`${id}-title`}
        >
          <p className="export__title" id={`${id}-title`}>
            Export {rows}
          </p>
          <p className="export__note">{description}</p>
          <fieldset className="export__choices" disabled={running}>
            <legend className="export__legend">Separator</legend>
            <label className="export__choice">
              <input
                type="radio"
                name={separatorName}
                checked={!format.semicolon}
                onChange={() => {
                  setFormat({ semicolon: false, bom: false });
                }}
              />
              Comma
            </label>
            <label className="export__choice">
              <input
                type="radio"
                name={separatorName}
                checked={format.semicolon}
                onChange={() => {
                  setFormat({ semicolon: true, bom: true });
                }}
              />
              Semicolon (Excel, Europe)
            </label>
          </fieldset>
          <CheckboxField
            id={`${id}-bom`}
            label="Start with a byte order mark (Excel then reads accents right)"
            checked={format.bom}
            disabled={running}
            onChange={bom => {
              setFormat(current => ({ ...current, bom }));
            }}
          />
          {unavailable ? (
            <p className="alert alert--info export__unavailable">{unavailable}</p>
          ) : null}
          <DownloadStatus state={download.state} what={rows} showRows onCancel={download.cancel} />
          {running ? null : (
            <div className="export__actions">
              <button
                className="button button--primary"
                type="button"
                disabled={Boolean(unavailable)}
                onClick={start}
              >
                Download CSV
              </button>
              <button className="button" type="button" onClick={close}>
                Close
              </button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
