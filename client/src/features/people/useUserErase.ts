import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { userEraseMutation } from './operations';

/**
 * Erases a person's personal data; resolves to null when done, or to why not in words for people
 * (SELF_ERASE, LAST_ADMINISTRATOR, ALREADY_ERASED come with the server's own explanation).
 */
export function useUserErase() {
  const [mutate, { loading }] = useMutation(userEraseMutation, {
    refetchQueries: ['People'],
    awaitRefetchQueries: true,
  });

  async function erase(id: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { id } })).data?.userErase;
      if (payload?.erased) return null;
      return payload?.errors[0]?.message ?? 'Erasing did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { erase, erasing: loading };
}
