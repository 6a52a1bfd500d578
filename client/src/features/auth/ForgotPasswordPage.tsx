import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { describeProblem } from '../../app/errors';
import { SIGN_IN_PATH } from '../../app/session';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { readLastSite } from './last-site';
import { passwordResetRequestMutation } from './operations';
import { PublicPanel } from './PublicPanel';

/** The same words whether or not the email belongs to someone: nothing to learn from it. */
const SENT =
  'If that email belongs to someone on this site, we have sent a link to reset the password. It works once, for an hour.';

/** Asks for a password reset link by email (signed out). */
export function ForgotPasswordPage() {
  const [requestReset, { loading }] = useMutation(passwordResetRequestMutation);
  const [site, setSite] = useState(readLastSite);
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [sent, setSent] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblems([]);
    try {
      const { data } = await requestReset({
        variables: { input: { site: site.trim().toLowerCase(), email: email.trim() } },
      });
      const payload = data?.passwordResetRequest;
      if (payload?.ok) {
        setSent(true);
        return;
      }
      setProblems(
        payload?.errors.length
          ? payload.errors.map(e => e.message)
          : ['Sending the link did not work. Try again in a moment.'],
      );
    } catch (error) {
      setProblems([describeProblem(error).message]);
    }
  }

  return (
    <PublicPanel title="Reset your password" titleId="forgot-password-title">
      {sent ? (
        <>
          <p className="alert alert--success" role="status">
            {SENT}
          </p>
          <p className="sign-in__links">
            <Link to={SIGN_IN_PATH}>Back to sign in</Link>
          </p>
        </>
      ) : (
        <form className="form" onSubmit={event => void handleSubmit(event)}>
          <FormAlert messages={problems} />
          <p className="field__hint">We will email you a link to choose a new password.</p>
          <Field
            id="forgot-site"
            name="site"
            label="Site"
            hint="The short name of your organisation in Horae, as in your invitation."
            value={site}
            onChange={setSite}
            required
            autoCapitalize="none"
            spellCheck={false}
          />
          <Field
            id="forgot-email"
            name="email"
            label="Email"
            type="email"
            value={email}
            onChange={setEmail}
            required
            autoComplete="username"
            spellCheck={false}
          />
          <button className="button button--primary button--block" type="submit" disabled={loading}>
            {loading ? 'Sending…' : 'Send the link'}
          </button>
          <p className="sign-in__links">
            <Link to={SIGN_IN_PATH}>Back to sign in</Link>
          </p>
        </form>
      )}
    </PublicPanel>
  );
}
