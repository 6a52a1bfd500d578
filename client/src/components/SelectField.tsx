import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldError } from './FieldError';

type SelectFieldProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'id'
> & {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
};

/** A labelled select with an optional hint and error. */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        name={id}
        {...select}
        id={id}
        className="field__input"
        value={value}
        onChange={event => {
          onChange(event.target.value);
        }}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {children}
      </select>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
