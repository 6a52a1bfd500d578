import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { userDeactivateMutation } from './operations';

/**
 * Deactivates a person: their sessions end at once and they can no longer sign in. Needs a
 * recent sign-in; the app's reauthentication dialog asks for it and sends the change again.
 * Resolves to null when done, or to why not in words for people (SELF_LOCKOUT…).
 */
export function useUserDeactivate() {
  const [mutate, { loading }] = useMutation(userDeactivateMutation, {
    refetchQueries: ['People'],
    awaitRefetchQueries: true,
  });

  async function deactivate(id: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { id } })).data?.userDeactivate;
      if (payload?.user?.status === 'DEACTIVATED' && !payload.errors.length) return null;
      return payload?.errors[0]?.message ?? 'Deactivating did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { deactivate, deactivating: loading };
}
