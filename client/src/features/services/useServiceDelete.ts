import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { serviceDeleteMutation } from './operations';

/** Deletes a service; resolves to null when done, or to why not in words for people. */
export function useServiceDelete() {
  const [mutate, { loading }] = useMutation(serviceDeleteMutation, {
    refetchQueries: ['Services'],
  });

  async function remove(id: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { id } })).data?.serviceDelete;
      if (payload?.deletedId) return null;
      return payload?.errors[0]?.message ?? 'Deleting the service did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { remove, deleting: loading };
}
