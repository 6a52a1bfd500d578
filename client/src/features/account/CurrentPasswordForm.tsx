import { useState, type SubmitEvent } from 'react';
import { Field } from '../../components/Field';

type CurrentPasswordFormProps = {
  id: string;
  /** Why the password is asked, shown above the field. */
  intro: string;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The server's message for the password (e.g. WRONG_PASSWORD). */
  error: string | undefined;
  danger?: boolean;
  onSubmit: (currentPassword: string) => void;
  onCancel: () => void;
};

/** Asks for the current password again before a change to how the viewer signs in. */
export function CurrentPasswordForm({
  id,
  intro,
  submitLabel,
  busyLabel,
  busy,
  error,
  danger = false,
  onSubmit,
  onCancel,
}: CurrentPasswordFormProps) {
  const [password, setPassword] = useState('');

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(password);
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <p>{intro}</p>
      <Field
        id={id}
        label="Current password"
        type="password"
        value={password}
        onChange={setPassword}
        error={error}
        required
        autoComplete="current-password"
        autoFocus
      />
      <div className="form__actions">
        <button
          className={danger ? 'button button--danger' : 'button button--primary'}
          type="submit"
          disabled={busy}
        >
          {busy ? busyLabel : submitLabel}
        </button>
        <button className="button" type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
