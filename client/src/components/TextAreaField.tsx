import type { TextareaHTMLAttributes } from 'react';
import { describedBy, FieldError } from './FieldError';

type TextAreaFieldProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'onChange' | 'value' | 'id'
> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
};

/** A labelled multi-line input with an optional hint and error. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        name={id}
        rows={3}
        {...textarea}
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
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
