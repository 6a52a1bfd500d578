import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { serviceTokenRevokeMutation } from './operations';

/** Revokes a token; resolves to null when done, or to why not in words for people. */
export function useServiceTokenRevoke() {
  const [mutate, { loading }] = useMutation(serviceTokenRevokeMutation, {
    refetchQueries: ['Services'],
  });

  async function revoke(id: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { id } })).data?.serviceTokenRevoke;
      if (payload?.token?.revokedAt) return null;
      return payload?.errors[0]?.message ?? 'Revoking the token did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { revoke, revoking: loading };
}
