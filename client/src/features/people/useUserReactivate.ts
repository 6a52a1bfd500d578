import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { userReactivateMutation } from './operations';

/** Lets a deactivated person sign in again. Resolves to null when done, or to why not. */
export function useUserReactivate() {
  const [mutate, { loading }] = useMutation(userReactivateMutation, {
    refetchQueries: ['People'],
    awaitRefetchQueries: true,
  });

  async function reactivate(id: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { id } })).data?.userReactivate;
      if (payload?.user?.status === 'ACTIVE' && !payload.errors.length) return null;
      return payload?.errors[0]?.message ?? 'Reactivating did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { reactivate, reactivating: loading };
}
