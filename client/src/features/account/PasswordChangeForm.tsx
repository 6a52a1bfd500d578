import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import {
  NO_ERRORS,
  splitErrors,
  type FormErrors,
  type UserErrorLike,
} from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { useViewer } from '../auth/viewer-context';
import { passwordChangeMutation } from './operations';
import { PasswordStrength } from './PasswordStrength';
import { usePasswordAssessment } from './usePasswordAssessment';

const FIELDS = ['newPassword'] as const;
type PasswordField = (typeof FIELDS)[number];

function endedMessage(count: number): string {
  if (count === 0) return 'Your password has been changed. You were not signed in anywhere else.';
  const sessions = count === 1 ? '1 other session' : `${count} other sessions`;
  return `Your password has been changed. ${sessions} signed out.`;
}

/**
 * Changes the viewer's password, with the shared rules as a live meter and the server's verdict.
 * Proof of who it is comes from a recent sign-in, or the "Confirm it's you" dialog.
 */
export function PasswordChangeForm() {
  const { user, site, mfaEnabled } = useViewer();
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<PasswordField>>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const formRef = useFocusFirstError(errors);
  const [change, { loading }] = useMutation(passwordChangeMutation, {
    refetchQueries: ['MySessions'],
  });
  const assessment = usePasswordAssessment(newPassword, {
    // The same inputs as the server's check: with two-step sign-in on, 8 characters are enough.
    userInputs: [user.displayName, user.email ?? '', site.name, site.slug],
    hasMfa: mfaEnabled,
  });
  // Spelled out rather than imported: @horae/shared/validation would bring zod into the bundle.
  const minLength = mfaEnabled ? 8 : 15;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setDone(null);
    try {
      // No current password here: a sign-in older than 10 minutes brings up "Confirm it's you".
      const { data } = await change({ variables: { input: { newPassword } } });
      const payload = data?.passwordChange;
      if (payload?.changed) {
        setNewPassword('');
        setDone(endedMessage(payload.otherSessionsEnded));
        return;
      }
      const serverErrors: readonly UserErrorLike[] = payload?.errors ?? [
        { code: 'UNKNOWN', message: 'Changing the password did not work.' },
      ];
      const split = splitErrors(serverErrors, FIELDS);
      // A new password can break several rules at once (e.g. guessable and breached): say all.
      const newPasswordMessages = serverErrors.filter(e => e.field === 'newPassword');
      if (newPasswordMessages.length > 1) {
        split.fields.newPassword = newPasswordMessages.map(e => e.message).join(' ');
      }
      setErrors(split);
    } catch (error) {
      setErrors({ fields: {}, general: [describeProblem(error).message] });
    }
  }

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        {done ? (
          <p className="alert alert--success" role="status">
            {done}
          </p>
        ) : null}
        {/* Lets password managers save the new password for the right account. */}
        <input
          className="visually-hidden"
          type="text"
          name="username"
          autoComplete="username"
          value={user.email ?? ''}
          readOnly
          tabIndex={-1}
          aria-hidden="true"
        />
        <Field
          id="new-password"
          label="New password"
          type="password"
          hint={`At least ${minLength} characters. A few unrelated words in a row work well.`}
          value={newPassword}
          onChange={value => {
            setNewPassword(value);
            setDone(null);
            // The server's verdict was about the previous password: the meter takes over.
            if (errors.fields.newPassword) {
              setErrors({ ...errors, fields: { ...errors.fields, newPassword: undefined } });
            }
          }}
          error={errors.fields.newPassword}
          required
          autoComplete="new-password"
        />
        <PasswordStrength id="new-password-strength" assessment={assessment} />
        <div>
          <button className="button button--primary" type="submit" disabled={loading}>
            {loading ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}
