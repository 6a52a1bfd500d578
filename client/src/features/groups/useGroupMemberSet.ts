import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { groupMemberSetMutation } from './operations';

export type MemberChange = { userId: string; member: boolean; isManager?: boolean };

/**
 * Adds, removes or (un)makes a manager of one group member. Resolves to null when done, or to
 * the server's reason why not (LAST_ADMINISTRATOR, SELF_LOCKOUT…) in words for people.
 */
export function useGroupMemberSet(groupId: string) {
  const [mutate, { loading }] = useMutation(groupMemberSetMutation);

  async function setMember(change: MemberChange): Promise<string | null> {
    try {
      const { data } = await mutate({
        variables: { input: { groupId, ...change }, withMembers: true },
      });
      const payload = data?.groupMemberSet;
      const [userError] = payload?.errors ?? [];
      if (userError) return userError.message;
      return payload?.group ? null : 'The change did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { setMember, saving: loading };
}
