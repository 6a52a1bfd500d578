import { formatMinutes, parseDuration } from '@horae/shared/time';
import type { KeyboardEvent } from 'react';
import type { CellDraft } from './useCellDrafts';

/** Moves focus by rows and columns; false when there is no cell there. */
export type MoveFocus = (rows: number, columns: number) => boolean;

type HoursCellProps = {
  id: string;
  label: string;
  row: number;
  column: number;
  /** Minutes saved for this day and row. */
  saved: number;
  entryCount: number;
  draft: CellDraft | undefined;
  isToday: boolean;
  onEdit: (text: string) => void;
  onCommit: () => void;
  onRevert: () => void;
  onMove: MoveFocus;
};

/**
 * One day of one row, in hours. Accepts 1.5, 1:30 or 90m and shows h:mm. Arrow keys move between
 * cells (left and right once the caret is at the edge of the text), Enter saves and moves down,
 * Tab moves right (saving on the way out), Escape puts back what is saved.
 */
export function HoursCell(props: HoursCellProps) {
  const { id, label, row, column, saved, entryCount, draft, isToday } = props;
  const { onEdit, onCommit, onRevert, onMove } = props;
  const readOnly = entryCount > 1;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [readOnly ? hintId : null, draft?.error ? errorId : null].filter(Boolean).join(' ') ||
    undefined;

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0;
    const atEnd = input.selectionEnd === input.value.length;
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        onRevert();
        break;
      case 'Enter':
        event.preventDefault();
        // Text that is not a duration stays here with its message; leaving would hide the problem.
        if (draft && !parseDuration(draft.text).ok) onCommit();
        else if (!onMove(1, 0)) onCommit();
        break;
      case 'ArrowUp':
        event.preventDefault();
        onMove(-1, 0);
        break;
      case 'ArrowDown':
        event.preventDefault();
        onMove(1, 0);
        break;
      case 'ArrowLeft':
        if (atStart && onMove(0, -1)) event.preventDefault();
        break;
      case 'ArrowRight':
        if (atEnd && onMove(0, 1)) event.preventDefault();
        break;
    }
  }

  const className = [
    'hours-cell',
    isToday ? 'hours-cell--today' : '',
    draft?.error ? 'hours-cell--invalid' : '',
    draft?.saving ? 'hours-cell--saving' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <td className={className}>
      <input
        className="hours-cell__input"
        id={id}
        aria-label={label}
        aria-invalid={draft?.error ? true : undefined}
        aria-describedby={describedBy}
        data-row={row}
        data-column={column}
        value={draft?.text ?? (saved ? formatMinutes(saved) : '')}
        readOnly={readOnly}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onFocus={event => {
          event.currentTarget.select();
        }}
        onChange={event => {
          onEdit(event.target.value);
        }}
        onBlur={onCommit}
        onKeyDown={handleKeyDown}
      />
      {readOnly ? (
        <span className="hours-cell__hint" id={hintId}>
          {entryCount} entries
          <span className="visually-hidden">: their sum, which cannot be changed here</span>
        </span>
      ) : null}
      {draft?.error ? (
        <span className="hours-cell__error" id={errorId} role="alert">
          {draft.error}
        </span>
      ) : null}
    </td>
  );
}
