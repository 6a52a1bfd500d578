import { useMutation } from '@apollo/client/react';
import { useRef, useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { Field } from '../../components/Field';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { loginMfaMutation } from './operations';

const UNKNOWN_FAILURE = 'Checking the code did not work. Try again in a moment.';

type SignInCodeFormProps = {
  onSignedIn: (viewer: ViewerFieldsFragment) => Promise<void>;
  /** Back to the password step (e.g. when the five minutes for the code have passed). */
  onStartOver: () => void;
};

/** The second step of sign-in: a code from the authenticator app, or a recovery code. */
export function SignInCodeForm({ onSignedIn, onStartOver }: SignInCodeFormProps) {
  const [loginMfa] = useMutation(loginMfaMutation);
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setProblem(null);
    try {
      const { data } = await loginMfa({ variables: { code: code.replace(/\s+/g, '') } });
      const viewer = data?.loginMfa.viewer;
      if (!viewer) {
        setProblem(data?.loginMfa.errors[0]?.message ?? UNKNOWN_FAILURE);
        setCode('');
        codeRef.current?.focus();
        return;
      }
      await onSignedIn(viewer);
    } catch (error) {
      setProblem(describeProblem(error).message);
    } finally {
      setSubmitting(false);
    }
  }

  function toggleRecovery() {
    setRecovery(!recovery);
    setCode('');
    setProblem(null);
    codeRef.current?.focus();
  }

  return (
    <>
      {problem ? (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="alert alert--info" role="status">
        Your password was right. Two-step sign-in is on for your account.
      </p>
      <form className="form" onSubmit={event => void handleSubmit(event)}>
        {recovery ? (
          <Field
            id="sign-in-recovery-code"
            label="Recovery code"
            hint="One of the codes you saved when you turned on two-step sign-in. Each works once."
            value={code}
            onChange={setCode}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            inputRef={codeRef}
          />
        ) : (
          <Field
            id="sign-in-code"
            label="Enter the 6-digit code from your authenticator app"
            hint="No phone at hand? Use a recovery code instead."
            value={code}
            onChange={setCode}
            required
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9 ]*"
            maxLength={7}
            spellCheck={false}
            inputRef={codeRef}
            // It replaces the password field the user just submitted: carry on typing here.
            autoFocus
          />
        )}
        <button
          className="button button--primary button--block"
          type="submit"
          disabled={submitting}
        >
          {submitting ? 'Checking…' : 'Continue'}
        </button>
        <button className="button button--quiet" type="button" onClick={toggleRecovery}>
          {recovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
        </button>
        <button className="button button--quiet" type="button" onClick={onStartOver}>
          Start over
        </button>
      </form>
    </>
  );
}
