import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, useSyncExternalStore, type SubmitEvent } from 'react';
import { describeProblem } from '../app/errors';
import {
  reauthenticateMutation,
  type ReauthenticationGate,
  type ReauthenticationRequest,
} from '../app/reauthentication';
import { viewerQuery } from '../features/auth/operations';
import { ssoStartUrl } from '../features/auth/sso';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { FormAlert } from './FormAlert';
import { NO_ERRORS, splitErrors, type FormErrors, type UserErrorLike } from './form-errors';

const FIELDS = ['password', 'code'] as const;
type ReauthField = (typeof FIELDS)[number];

/**
 * Where "Confirm with single sign-on" leaves for the identity provider, coming back to this page;
 * null when the session did not begin with single sign-on (or the site is not known yet).
 */
function useSsoConfirmationUrl(request: ReauthenticationRequest): string | null {
  const client = useApolloClient();
  if (!request.singleSignOn) return null;
  const slug = client.readQuery({ query: viewerQuery })?.viewer.site.slug;
  if (!slug) return null;
  const { pathname, search, hash } = window.location;
  return ssoStartUrl(slug, { reauth: true, returnTo: pathname + search + hash });
}

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
  const ssoUrl = useSsoConfirmationUrl(request);
  // Someone without a password confirms through single sign-on only.
  const offersPassword = request.hasPassword || !ssoUrl;

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

  const cancel = (
    <button className="button" type="button" onClick={onCancel} disabled={loading}>
      Cancel
    </button>
  );

  return (
    <Dialog title="Confirm it's you" onClose={onCancel}>
      {/* A grid like a form's: the single sign-on option and the password form apart. */}
      <div className="form">
        {ssoUrl ? (
          <div className="sso-option">
            <p className="dialog__text">
              For your security, confirm with single sign-on before this change: you signed in more
              than 10 minutes ago. You will come back to this page; then make the change again.
            </p>
            <a className="button button--primary button--block" href={ssoUrl}>
              Confirm with single sign-on
            </a>
            {offersPassword ? null : <div className="dialog__actions">{cancel}</div>}
          </div>
        ) : null}
        {offersPassword ? (
          <form className="form" noValidate onSubmit={event => void handleSubmit(event)}>
            <FormAlert messages={errors.general} />
            <p className="dialog__text">
              {ssoUrl
                ? needsCode
                  ? 'Or enter your password and a code from your authenticator app:'
                  : 'Or enter your password:'
                : needsCode
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
              autoFocus={!ssoUrl}
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
              <button
                className={ssoUrl ? 'button' : 'button button--primary'}
                type="submit"
                disabled={loading}
              >
                {loading ? 'Checking…' : 'Confirm and continue'}
              </button>
              {cancel}
            </div>
          </form>
        ) : null}
      </div>
    </Dialog>
  );
}
