import { useMutation } from '@apollo/client/react';
import { useState, useSyncExternalStore, type SubmitEvent } from 'react';
import { describeProblem } from '../app/errors';
import {
  reauthenticateMutation,
  type ReauthenticationGate,
  type ReauthenticationRequest,
} from '../app/reauthentication';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { FormAlert } from './FormAlert';
import { NO_ERRORS, splitErrors, type FormErrors, type UserErrorLike } from './form-errors';

const FIELDS = ['password', 'code'] as const;
type ReauthField = (typeof FIELDS)[number];

/**
 * Shows "Confirm it's you" whenever the API asks for re-authentication, on any page: render once
 * inside the ApolloProvider. The operation that was refused is sent again after confirming.
 */
export function ReauthenticationHost({ gate }: { gate: ReauthenticationGate }) {
  const request = useSyncExternalStore(gate.subscribe, gate.current);
  if (!request) return null;
  return (
    <ReauthenticationDialog
      request={request}
      onConfirmed={() => {
        gate.settle(request, true);
      }}
      onCancel={() => {
        gate.settle(request, false);
      }}
    />
  );
}

type ReauthenticationDialogProps = {
  request: ReauthenticationRequest;
  onConfirmed: () => void;
  onCancel: () => void;
};

export function ReauthenticationDialog({
  request,
  onConfirmed,
  onCancel,
}: ReauthenticationDialogProps) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // The server may ask for a code the request did not mention (two-step sign-in just turned on).
  const [codeAsked, setCodeAsked] = useState(false);
  const needsCode = request.secondFactor || codeAsked;
  const [errors, setErrors] = useState<FormErrors<ReauthField>>(NO_ERRORS);
  const [reauthenticate, { loading }] = useMutation(reauthenticateMutation);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const { data } = await reauthenticate({
        variables: { password, code: needsCode ? code.replace(/\s+/g, '') : null },
      });
      const payload = data?.reauthenticate;
      if (payload?.validUntil) {
        onConfirmed();
        return;
      }
      const serverErrors: readonly UserErrorLike[] = payload?.errors ?? [
        { code: 'UNKNOWN', message: 'Confirming did not work. Try again.' },
      ];
      if (serverErrors.some(e => e.field === 'code')) setCodeAsked(true);
      setErrors(splitErrors(serverErrors, FIELDS));
    } catch (caught) {
      const problem = describeProblem(caught);
      // Signed out meanwhile: the sign-in page takes over.
      if (problem.kind === 'unauthenticated') onCancel();
      else setErrors({ fields: {}, general: [problem.message] });
    }
  }

  return (
    <Dialog title="Confirm it's you" onClose={onCancel}>
      <form className="form" noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <p className="dialog__text">
          {needsCode
            ? 'For your security, enter your password and a code from your authenticator app again before this change. You signed in more than 10 minutes ago.'
            : 'For your security, enter your password again before this change. You signed in more than 10 minutes ago.'}
        </p>
        <Field
          id="reauth-password"
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          required
          autoComplete="current-password"
          autoFocus
        />
        {needsCode ? (
          <Field
            id="reauth-code"
            label="Code from your authenticator app"
            hint="Or one of your recovery codes."
            value={code}
            onChange={setCode}
            error={errors.fields.code}
            required
            autoComplete="one-time-code"
            spellCheck={false}
          />
        ) : null}
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={loading}>
            {loading ? 'Checking…' : 'Confirm and continue'}
          </button>
          <button className="button" type="button" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
