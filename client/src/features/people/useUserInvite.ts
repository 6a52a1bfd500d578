import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { userInviteMutation } from './operations';

/**
 * Mails a person without a password their invitation (7 days, single use; an earlier one stops
 * working). Resolves to null when sent, or to why not in words for people (ALREADY_ACTIVE,
 * TOO_MANY_MAILS come with the server's own explanation).
 */
export function useUserInvite() {
  const [mutate, { loading }] = useMutation(userInviteMutation, {
    refetchQueries: ['People'],
    awaitRefetchQueries: true,
  });

  async function invite(userId: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { userId } })).data?.userInvite;
      if (payload?.ok) return null;
      return payload?.errors[0]?.message ?? 'The invitation was not sent. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { invite, inviting: loading };
}
