import { useMutation } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { passwordResetMutation } from './operations';
import { PasswordLinkForm } from './PasswordLinkForm';
import { PublicPanel } from './PublicPanel';

/** Opened from the reset email: /reset-password?token=… (signed out). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const [reset] = useMutation(passwordResetMutation);
  return (
    <PublicPanel title="Choose a new password" titleId="reset-password-title">
      <PasswordLinkForm
        token={params.get('token') ?? ''}
        purpose="PASSWORD_RESET"
        label="New password"
        submitLabel="Save the new password"
        savingLabel="Saving…"
        doneMessage="Your password has been changed and you were signed out everywhere. Sign in with the new password."
        save={async input => (await reset({ variables: { input } })).data?.passwordReset}
      />
    </PublicPanel>
  );
}
