import type { InputHTMLAttributes, Ref } from 'react';

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
};

/** A labelled text input with an optional hint linked by aria-describedby. */
export function Field({ id, label, hint, value, onChange, inputRef, ...input }: FieldProps) {
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
        aria-describedby={hintId}
      />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
