import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { describeProblem, type Problem } from '../../app/errors';
import { SIGN_IN_PATH, type SignInState } from '../../app/session';
import { logoutMutation } from './operations';

type SignOut = { signOut: () => Promise<void>; signingOut: boolean; problem: Problem | null };

/** Ends the session on the server, forgets everything cached, and shows the sign-in page. */
export function useSignOut(): SignOut {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading, error }] = useMutation(logoutMutation);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // The session is still valid on the server: stay, and show the problem (`error` above).
      return;
    }
    const state: SignInState = { signedOut: true };
    await navigate(SIGN_IN_PATH, { replace: true, state });
    await client.clearStore();
  }, [client, logout, navigate]);

  return { signOut, signingOut: loading, problem: error ? describeProblem(error) : null };
}
