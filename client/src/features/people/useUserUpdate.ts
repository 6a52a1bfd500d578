import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { splitErrors, type FormErrors } from '../../components/form-errors';
import type { UserUpdateInput } from '../../gql/graphql';
import { userUpdateMutation } from './operations';

export const PERSON_EDIT_FIELDS = ['displayName', 'hourlyRate', 'groupIds'] as const;
export type PersonEditField = (typeof PERSON_EDIT_FIELDS)[number];

/**
 * Changes a person's name, own hourly rate or groups; fields left out of the input stay as they
 * are. Changing groups needs a recent sign-in: the app's reauthentication dialog asks for it and
 * sends the change again. Resolves to null when saved, or to the server's objections sorted by
 * field (INVALID_NAME, INVALID_RATE, UNKNOWN_GROUP, SELF_LOCKOUT…).
 */
export function useUserUpdate() {
  const [mutate, { loading }] = useMutation(userUpdateMutation, {
    refetchQueries: ['People'],
    awaitRefetchQueries: true,
  });

  /** `shown`: the fields the form shows; objections to others go to the top of the form. */
  async function update(
    input: UserUpdateInput,
    shown: readonly PersonEditField[] = PERSON_EDIT_FIELDS,
  ): Promise<FormErrors<PersonEditField> | null> {
    try {
      const payload = (await mutate({ variables: { input } })).data?.userUpdate;
      if (payload?.user && !payload.errors.length) return null;
      return splitErrors(
        payload?.errors ?? [{ code: 'UNKNOWN', message: 'Saving did not work. Try again.' }],
        shown,
      );
    } catch (error) {
      return { fields: {}, general: [describeProblem(error).message] };
    }
  }

  return { update, updating: loading };
}
