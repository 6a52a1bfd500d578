import type { InputHTMLAttributes, Ref } from 'react';
import { describedBy, FieldError } from './FieldError';

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: string;
  hint?: string;
  /** The server's message for this field; shown under it and announced with the input. */
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
};

/** A labelled text input with an optional hint and error linked by aria-describedby. */
export function Field({ id, label, hint, error, value, onChange, inputRef, ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        name={id}
        {...input}
        ref={inputRef}
        id={id}
        className="field__input"
        value={value}
        onChange={event => {
          onChange(event.target.value);
        }}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
