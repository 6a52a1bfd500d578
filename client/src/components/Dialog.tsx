import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

type DialogProps = {
  title: string;
  /** Called when the dialog closes by itself (Escape, the close button); unmount it then. */
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
};

/**
 * A modal dialog (the browser's <dialog>: focus is kept inside and Escape closes it). Render it
 * only while it is open; focus goes back to where it was when it closes.
 */
export function Dialog({ title, onClose, children, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <div className="dialog__header">
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        <button
          className="button button--quiet dialog__close"
          type="button"
          onClick={onClose}
          aria-label="Close"
        >
          ×
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
