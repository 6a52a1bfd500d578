import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../app/errors';
import { SIGN_IN_PATH, type SignInState } from '../../app/session';
import { ErrorState } from '../../components/ErrorState';
import { FormAlert } from '../../components/FormAlert';
import { LoadingState } from '../../components/LoadingState';
import { mySessionsQuery, sessionRevokeMutation, sessionRevokeOthersMutation } from './operations';
import { SessionsTable } from './SessionsTable';

/** Where the viewer is signed in, with a way to sign each of those out. */
export function SessionsSection() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(mySessionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(sessionRevokeMutation);
  const [revokeOthers, revokingOthers] = useMutation(sessionRevokeOthersMutation);
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function signOut(id: string, current: boolean) {
    setRevokingId(id);
    setProblem(null);
    setNotice(null);
    try {
      const payload = (await revoke({ variables: { id } })).data?.sessionRevoke;
      if (!payload?.revokedId) {
        setProblem(payload?.errors[0]?.message ?? 'Signing that session out did not work.');
        return;
      }
      if (current) {
        const state: SignInState = { signedOut: true };
        await navigate(SIGN_IN_PATH, { replace: true, state });
        await client.clearStore();
        return;
      }
      setNotice('That session has been signed out.');
      await refetch();
    } catch (caught) {
      setProblem(describeProblem(caught).message);
    } finally {
      setRevokingId(null);
    }
  }

  /** A sensitive change: after 10 minutes the app-wide "Confirm it's you" dialog asks first. */
  async function signOutOthers() {
    setProblem(null);
    setNotice(null);
    try {
      const payload = (await revokeOthers()).data?.sessionRevokeOthers;
      if (!payload || payload.errors.length) {
        setProblem(payload?.errors[0]?.message ?? 'Signing the other sessions out did not work.');
        return;
      }
      const count = payload.revokedCount;
      setNotice(
        count === 1
          ? '1 other session has been signed out.'
          : `${count} other sessions have been signed out.`,
      );
      await refetch();
    } catch (caught) {
      setProblem(describeProblem(caught).message);
    }
  }

  const others = data?.mySessions.filter(session => !session.current).length ?? 0;

  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      <FormAlert messages={problem ? [problem] : []} />
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      {data ? (
        <>
          <SessionsTable
            sessions={data.mySessions}
            revokingId={revokingId}
            onSignOut={(id, current) => void signOut(id, current)}
          />
          {others > 0 ? (
            <div>
              <button
                className="button button--danger-quiet"
                type="button"
                disabled={revokingOthers.loading || revokingId !== null}
                onClick={() => void signOutOthers()}
              >
                {revokingOthers.loading ? 'Signing out…' : 'Sign out all other sessions'}
              </button>
            </div>
          ) : null}
        </>
      ) : error ? (
        <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label="Loading your sessions…" />
      )}
    </section>
  );
}
