import { useState } from 'react';

type CopyButtonProps = { text: string; label: string; className?: string };

/** Copies `text` to the clipboard and says so; if the browser refuses, says to select it. */
export function CopyButton({ text, label, className = 'button' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-button">
      <button className={className} type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="muted" role="status">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Copying did not work: select the text and copy it.'
            : ''}
      </span>
    </span>
  );
}
