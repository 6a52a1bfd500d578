import { useId, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

type TypedConfirmDialogProps = {
  title: string;
  children: ReactNode;
  /** What has to be typed to go ahead: the name of what is about to go. */
  phrase: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Why the last attempt failed, in words for people. */
  problem: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * For what cannot be undone at all: the danger button stays disabled until the name is typed,
 * so it cannot be pressed by habit or for the wrong row.
 */
export function TypedConfirmDialog({
  title,
  children,
  phrase,
  confirmLabel,
  busyLabel,
  busy,
  problem,
  onConfirm,
  onCancel,
}: TypedConfirmDialogProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const matches = normalised(typed) === normalised(phrase);

  return (
    <Dialog title={title} onClose={onCancel}>
      <form
        onSubmit={event => {
          event.preventDefault();
          if (matches && !busy) onConfirm();
        }}
      >
        {problem ? (
          <p className="alert alert--error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog__text">{children}</div>
        <div className="field typed-confirm">
          <label className="field__label" htmlFor={`${id}-phrase`}>
            Type <strong className="typed-confirm__phrase">{phrase}</strong> to confirm
          </label>
          <input
            className="field__input"
            id={`${id}-phrase`}
            name="confirm-phrase"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={event => {
              setTyped(event.target.value);
            }}
            aria-describedby={`${id}-hint`}
          />
          <p className="field__hint" id={`${id}-hint`}>
            {matches ? 'The name matches.' : 'Exactly as shown, to be sure it is the right one.'}
          </p>
        </div>
        <div className="dialog__actions">
          <button className="button button--danger" type="submit" disabled={busy || !matches}>
            {busy ? busyLabel : confirmLabel}
          </button>
          <button className="button" type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
