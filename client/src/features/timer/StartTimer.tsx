import { useRef, useState } from 'react';
import { StartTimerForm } from './StartTimerForm';

/** "Start timer" opens a small form below the app bar; Escape or Cancel closes it. */
export function StartTimer() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <>
      <button
        className="button button--quiet"
        type="button"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls="start-timer"
        onClick={() => {
          setOpen(value => !value);
        }}
      >
        <span className="timer__dot timer__dot--idle" aria-hidden="true" />
        Start timer
      </button>
      {open ? <StartTimerForm id="start-timer" onDone={close} /> : null}
    </>
  );
}
