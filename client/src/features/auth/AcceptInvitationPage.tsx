import { useMutation } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { invitationAcceptMutation } from './operations';
import { PasswordLinkForm } from './PasswordLinkForm';
import { PublicPanel } from './PublicPanel';

/** Opened from the invitation email: /accept-invitation?token=… (signed out). */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const [accept] = useMutation(invitationAcceptMutation);
  return (
    <PublicPanel title="Choose your password" titleId="accept-invitation-title">
      <p className="field__hint">Welcome to Horae. Choose the password you will sign in with.</p>
      <PasswordLinkForm
        token={params.get('token') ?? ''}
        purpose="INVITATION"
        label="Password"
        submitLabel="Save the password"
        savingLabel="Saving…"
        doneMessage="Your password is saved. Sign in with it to start using Horae."
        save={async input => (await accept({ variables: { input } })).data?.invitationAccept}
      />
    </PublicPanel>
  );
}
