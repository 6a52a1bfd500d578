import { useCallback, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import type { TimesheetFieldsFragment } from '../../gql/graphql';
import { AddRowForm } from './AddRowForm';
import { weekTitle } from './dates';
import { buildRows, keyOf, type RowSpec } from './grid-model';
import { SubmitWeek } from './SubmitWeek';
import { TimesheetGrid } from './TimesheetGrid';
import type { CellEditing } from './useCellDrafts';
import { useCopyLastWeek } from './useCopyLastWeek';
import { WeekStatus } from './WeekStatus';

type WeekSheetProps = {
  sheet: TimesheetFieldsFragment;
  days: readonly string[];
  today: string;
  added: readonly RowSpec[];
  /** Adds the rows not yet present; returns how many were new. */
  onAddRows: (rows: readonly RowSpec[], present: ReadonlySet<string>) => number;
  editing: CellEditing;
};

export function WeekSheet({ sheet, days, today, added, onAddRows, editing }: WeekSheetProps) {
  const editable = !sheet.locked;
  const rows = useMemo(() => buildRows(sheet.entries, added, days), [sheet.entries, added, days]);
  const present = useMemo(() => new Set(rows.map(row => row.key)), [rows]);
  const [focusRowKey, setFocusRowKey] = useState<string | null>(null);
  const clearFocusRow = useCallback(() => {
    setFocusRowKey(null);
  }, []);
  const addCopied = useCallback(
    (copied: RowSpec[]) => onAddRows(copied, present),
    [onAddRows, present],
  );
  const { copy, copying, outcome } = useCopyLastWeek(sheet.weekStart, addCopied);

  function addRow(row: RowSpec) {
    onAddRows([row], present);
    setFocusRowKey(keyOf(row));
  }

  return (
    <section className="card timesheet" aria-labelledby="timesheet-week">
      <h2 className="visually-hidden" id="timesheet-week">
        {weekTitle(sheet.weekStart)}
      </h2>
      <WeekStatus sheet={sheet} />
      {rows.length ? (
        <TimesheetGrid
          caption={`Hours per project and day, ${weekTitle(sheet.weekStart)}`}
          days={days}
          rows={rows}
          today={today}
          editing={editable ? editing : null}
          focusRowKey={focusRowKey}
          onFocused={clearFocusRow}
        />
      ) : (
        <EmptyState title="No time registered this week.">
          {editable ? <p>Add a row for a project below, or copy the rows of last week.</p> : null}
        </EmptyState>
      )}
      {editable ? (
        <>
          <div className="timesheet__tools">
            <AddRowForm onAdd={addRow} />
            <div className="timesheet__copy">
              <button
                className="button"
                type="button"
                disabled={copying}
                onClick={() => void copy()}
              >
                {copying ? 'Copying…' : 'Copy last week'}
              </button>
              {outcome ? (
                <p
                  className={outcome.kind === 'error' ? 'alert alert--error' : 'muted'}
                  role={outcome.kind === 'error' ? 'alert' : 'status'}
                >
                  {outcome.message}
                </p>
              ) : null}
            </div>
          </div>
          <SubmitWeek
            week={sheet.weekStart}
            beforeSubmit={() => editing.problemsAfterSaving(days)}
          />
        </>
      ) : null}
    </section>
  );
}
