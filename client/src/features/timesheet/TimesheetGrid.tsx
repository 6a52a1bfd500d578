import { formatMinutes } from '@horae/shared/time';
import { useEffect, useRef } from 'react';
import { dayParts, longDay } from './dates';
import { dayTotals, rowLabel, sumMinutes, type GridRow } from './grid-model';
import { HoursCell, type MoveFocus } from './HoursCell';
import type { CellEditing } from './useCellDrafts';

type TimesheetGridProps = {
  caption: string;
  days: readonly string[];
  rows: readonly GridRow[];
  today: string;
  /** Null shows the week read-only (locked, or someone else's). */
  editing: CellEditing | null;
  /** Focus the first day of this row once it is on screen (after "Add row"). */
  focusRowKey?: string | null;
  onFocused?: () => void;
};

export function TimesheetGrid(props: TimesheetGridProps) {
  const { caption, days, rows, today, editing, focusRowKey, onFocused } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const totals = dayTotals(rows, days);
  const weekTotal = totals.reduce((sum, total) => sum + total, 0);

  function focusCell(row: number, column: number): boolean {
    const input = tableRef.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-column="${column}"]`,
    );
    input?.focus();
    return Boolean(input);
  }

  const focusRow = focusRowKey ? rows.findIndex(r => r.key === focusRowKey) : -1;
  useEffect(() => {
    if (focusRow < 0) return;
    tableRef.current
      ?.querySelector<HTMLInputElement>(`input[data-row="${focusRow}"][data-column="0"]`)
      ?.focus();
    onFocused?.();
  }, [focusRow, onFocused]);

  return (
    <div className="table-wrap">
      <table className="table timesheet-grid" ref={tableRef}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Project and task</th>
            {days.map(day => (
              <th
                scope="col"
                key={day}
                className={
                  day === today
                    ? 'timesheet-grid__day timesheet-grid__day--today'
                    : 'timesheet-grid__day'
                }
              >
                <abbr title={longDay(day)}>
                  <span className="timesheet-grid__weekday">{dayParts(day)[0]}</span>
                  <span className="timesheet-grid__date">{dayParts(day)[1]}</span>
                </abbr>
              </th>
            ))}
            <th scope="col" className="timesheet-grid__total">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row" className="timesheet-grid__row-header">
                <span className="timesheet-grid__code">{row.project.code}</span> {row.project.name}
                {row.task ? (
                  <>
                    {' '}
                    <span className="timesheet-grid__task">{row.task.name}</span>
                  </>
                ) : null}
              </th>
              {days.map((day, c) => {
                const entries = row.cells[day] ?? [];
                const saved = sumMinutes(entries);
                if (!editing) {
                  return (
                    <td className="timesheet-grid__hours" key={day}>
                      {saved ? formatMinutes(saved) : ''}
                      {entries.length > 1 ? (
                        <span className="hours-cell__hint">{entries.length} entries</span>
                      ) : null}
                    </td>
                  );
                }
                const move: MoveFocus = (rows, columns) => focusCell(r + rows, c + columns);
                return (
                  <HoursCell
                    key={day}
                    id={`hours-${r}-${c}`}
                    label={`${rowLabel(row)}, ${longDay(day)}`}
                    row={r}
                    column={c}
                    saved={saved}
                    entryCount={entries.length}
                    draft={editing.draftOf(row, day)}
                    isToday={day === today}
                    onEdit={text => {
                      editing.edit(row, day, text);
                    }}
                    onCommit={() => {
                      editing.commit(row, day, saved);
                    }}
                    onRevert={() => {
                      editing.revert(row, day);
                    }}
                    onMove={move}
                  />
                );
              })}
              <td className="timesheet-grid__total">{formatMinutes(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {totals.map((total, i) => (
              <td className="timesheet-grid__hours" key={days[i]}>
                <span className={total ? undefined : 'timesheet-grid__zero'}>
                  {formatMinutes(total)}
                </span>
              </td>
            ))}
            <td className="timesheet-grid__total">{formatMinutes(weekTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
