import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { FormAlert } from '../../components/FormAlert';
import type { MfaEnrollStartMutation } from '../../gql/graphql';
import { useViewer } from '../auth/viewer-context';
import { MfaConfirmForm } from './MfaConfirmForm';
import {
  mfaDisableMutation,
  mfaEnrollConfirmMutation,
  mfaEnrollStartMutation,
  mfaRecoveryCodesRegenerateMutation,
} from './operations';
import { RecoveryCodes } from './RecoveryCodes';

type Enrollment = NonNullable<MfaEnrollStartMutation['mfaEnrollStart']['enrollment']>;

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; enrollment: Enrollment }
  | { kind: 'codes'; codes: string[]; status: string }
  | { kind: 'disable' };

type UserErrorLike = { field?: string | null; message: string };

/** A field's message from the server, or the first message when none names a field. */
function messageOf(errors: readonly UserErrorLike[] | undefined): string {
  return errors?.[0]?.message ?? 'That did not work. Try again in a moment.';
}

/**
 * Turns two-step sign-in (an authenticator app) on or off for the viewer, and replaces the
 * recovery codes. Each of these needs a recent sign-in; otherwise the app-wide "Confirm it's you"
 * dialog asks for the password (and code) and the change goes through after it.
 */
export function TwoStepSection() {
  const { mfaEnabled } = useViewer();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refetchQueries = ['Viewer'];
  const [start, starting] = useMutation(mfaEnrollStartMutation);
  const [confirm, confirming] = useMutation(mfaEnrollConfirmMutation, { refetchQueries });
  const [disable, disabling] = useMutation(mfaDisableMutation, { refetchQueries });
  const [regenerate, regenerating] = useMutation(mfaRecoveryCodesRegenerateMutation);

  function go(next: Step) {
    setStep(next);
    setError(undefined);
    setProblem(null);
    setNotice(null);
  }

  async function run(action: () => Promise<void>) {
    setError(undefined);
    setProblem(null);
    setNotice(null);
    try {
      await action();
    } catch (caught) {
      setProblem(describeProblem(caught).message);
    }
  }

  const handleStart = () =>
    void run(async () => {
      const payload = (await start()).data?.mfaEnrollStart;
      if (payload?.enrollment) go({ kind: 'confirm', enrollment: payload.enrollment });
      else setProblem(messageOf(payload?.errors));
    });

  const handleConfirm = (code: string) =>
    void run(async () => {
      const payload = (await confirm({ variables: { code } })).data?.mfaEnrollConfirm;
      if (payload && !payload.errors.length) {
        go({ kind: 'codes', codes: payload.recoveryCodes, status: 'Two-step sign-in is on.' });
      } else setError(messageOf(payload?.errors));
    });

  const handleRegenerate = () =>
    void run(async () => {
      const payload = (await regenerate()).data?.mfaRecoveryCodesRegenerate;
      if (payload && !payload.errors.length) {
        go({
          kind: 'codes',
          codes: payload.recoveryCodes,
          status: 'You have new recovery codes. The old ones no longer work.',
        });
      } else setProblem(messageOf(payload?.errors));
    });

  const handleDisable = () =>
    void run(async () => {
      const payload = (await disable()).data?.mfaDisable;
      if (payload?.disabled) {
        go({ kind: 'idle' });
        setNotice('Two-step sign-in is off. You sign in with your password only.');
      } else setProblem(messageOf(payload?.errors));
    });

  const cancel = () => {
    go({ kind: 'idle' });
  };

  return (
    <section className="card" aria-labelledby="two-step-title">
      <h2 id="two-step-title">Two-step sign-in</h2>
      <FormAlert messages={problem ? [problem] : []} />
      {notice ? (
        <p className="alert alert--info" role="status">
          {notice}
        </p>
      ) : null}
      {step.kind === 'idle' ? (
        <div className="stack">
          <p>
            Status:{' '}
            <span className={mfaEnabled ? 'badge badge--active' : 'badge'}>
              {mfaEnabled ? 'On' : 'Off'}
            </span>
          </p>
          <p className="muted">
            {mfaEnabled
              ? 'Signing in asks for a code from your authenticator app after your password.'
              : 'Ask for a code from an authenticator app on your phone after your password, so a stolen password alone is not enough.'}
          </p>
          <div className="form__actions">
            {mfaEnabled ? (
              <>
                <button
                  className="button"
                  type="button"
                  disabled={regenerating.loading}
                  onClick={handleRegenerate}
                >
                  {regenerating.loading ? 'Creating codes…' : 'Get new recovery codes'}
                </button>
                <button
                  className="button button--danger-quiet"
                  type="button"
                  onClick={() => {
                    go({ kind: 'disable' });
                  }}
                >
                  Turn off
                </button>
              </>
            ) : (
              <button
                className="button button--primary"
                type="button"
                disabled={starting.loading}
                onClick={handleStart}
              >
                {starting.loading ? 'Starting…' : 'Turn on'}
              </button>
            )}
          </div>
        </div>
      ) : null}
      {step.kind === 'confirm' ? (
        <MfaConfirmForm
          enrollment={step.enrollment}
          busy={confirming.loading}
          error={error}
          onConfirm={handleConfirm}
          onCancel={cancel}
        />
      ) : null}
      {step.kind === 'codes' ? (
        <RecoveryCodes codes={step.codes} status={step.status} onDone={cancel} />
      ) : null}
      {step.kind === 'disable' ? (
        <div className="stack">
          <p>Turning two-step sign-in off makes a stolen password enough to sign in as you.</p>
          <div className="form__actions">
            <button
              className="button button--danger"
              type="button"
              disabled={disabling.loading}
              onClick={handleDisable}
            >
              {disabling.loading ? 'Turning off…' : 'Turn off two-step sign-in'}
            </button>
            <button className="button" type="button" onClick={cancel} disabled={disabling.loading}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
