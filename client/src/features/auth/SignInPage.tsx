import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { readSignInState } from '../../app/session';
import { Field } from '../../components/Field';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { readLastSite, rememberSite } from './last-site';
import { loginMutation, viewerQuery } from './operations';
import { FORGOT_PASSWORD_PATH } from './paths';
import { SignInCodeForm } from './SignInCodeForm';
import { ssoErrorMessage } from './sso';
import { SsoSignInOption } from './SsoSignInOption';
import { useSignInOptions } from './useSignInOptions';

const UNKNOWN_FAILURE = 'Signing in did not work. Try again in a moment.';

export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { notice, signedOut, from } = readSignInState(location.state);
  const [login] = useMutation(loginMutation);

  // Coming back from single sign-on: the site it was for and, when it failed, why.
  const [searchParams] = useSearchParams();
  const [site, setSite] = useState(() => searchParams.get('site') ?? readLastSite());
  const ssoProblem = ssoErrorMessage(searchParams.get('sso_error'));
  const signInOptions = useSignInOptions(site);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  /** The password was right and the server waits for a code (see SignInCodeForm). */
  const [needsCode, setNeedsCode] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function finishSignIn(viewer: ViewerFieldsFragment) {
    // Nothing cached for an earlier user may leak into this session.
    await client.clearStore();
    client.writeQuery({ query: viewerQuery, data: { viewer } });
    await navigate(from ?? '/', { replace: true });
  }

  function startOver() {
    setNeedsCode(false);
    setProblem(null);
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setProblem(null);
    const slug = site.trim().toLowerCase();
    try {
      const { data } = await login({
        variables: { input: { site: slug, email: email.trim(), password } },
      });
      const viewer = data?.login.viewer;
      if (data?.login.mfaRequired) {
        rememberSite(slug);
        setPassword('');
        setNeedsCode(true);
        return;
      }
      if (!viewer) {
        setProblem(data?.login.errors[0]?.message ?? UNKNOWN_FAILURE);
        setPassword('');
        passwordRef.current?.focus();
        return;
      }
      rememberSite(slug);
      await finishSignIn(viewer);
    } catch (error) {
      setProblem(describeProblem(error).message);
    } finally {
      setSubmitting(false);
    }
  }

  const alert = problem ?? ssoProblem ?? notice;

  return (
    <main className="sign-in" id="main">
      <title>Sign in · Horae</title>
      <div className="sign-in__panel">
        <p className="brand brand--large" aria-hidden="true">
          Horae
        </p>
        <section className="card sign-in__card" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">Sign in to Horae</h1>
          {needsCode ? (
            <SignInCodeForm onSignedIn={finishSignIn} onStartOver={startOver} />
          ) : (
            <>
              {alert ? (
                <p className="alert alert--error" role="alert">
                  {alert}
                </p>
              ) : null}
              {signedOut && !alert ? (
                <p className="alert alert--info" role="status">
                  You have signed out.
                </p>
              ) : null}
              <form className="form" onSubmit={event => void handleSubmit(event)}>
                <Field
                  id="sign-in-site"
                  name="site"
                  label="Site"
                  hint="The short name of your organisation in Horae, as in your invitation."
                  value={site}
                  onChange={setSite}
                  required
                  autoCapitalize="none"
                  spellCheck={false}
                />
                {signInOptions.sso ? (
                  <SsoSignInOption
                    site={site}
                    required={signInOptions.ssoRequired}
                    returnTo={from}
                  />
                ) : null}
                <Field
                  id="sign-in-email"
                  name="email"
                  label="Email"
                  type="email"
                  value={email}
                  onChange={setEmail}
                  required
                  autoComplete="username"
                  spellCheck={false}
                />
                <Field
                  id="sign-in-password"
                  name="password"
                  label="Password"
                  type="password"
                  value={password}
                  onChange={setPassword}
                  required
                  autoComplete="current-password"
                  inputRef={passwordRef}
                />
                <button
                  className={
                    signInOptions.sso
                      ? 'button button--block'
                      : 'button button--primary button--block'
                  }
                  type="submit"
                  disabled={submitting}
                >
                  {submitting
                    ? 'Signing in…'
                    : signInOptions.ssoRequired
                      ? 'Sign in with password'
                      : 'Sign in'}
                </button>
                <p className="sign-in__links">
                  <Link to={FORGOT_PASSWORD_PATH}>Forgot your password?</Link>
                </p>
              </form>
            </>
          )}
        </section>
      </div>
    </main>
  );
}
