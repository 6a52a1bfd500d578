import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { splitErrors, type FormErrors } from '../../components/form-errors';
import type { UserCreateInput } from '../../gql/graphql';
import { userCreateMutation } from './operations';

export const PERSON_FIELDS = ['email', 'displayName', 'groupIds'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export type CreatedPerson = { id: string; displayName: string; email?: string | null };

/**
 * Adds a person to the site, without a password yet. Resolves to the person, or to the server's
 * objections sorted by field (INVALID_EMAIL, EMAIL_TAKEN, INVALID_NAME, UNKNOWN_GROUP).
 */
export function useUserCreate() {
  const [mutate, { loading }] = useMutation(userCreateMutation);

  async function create(
    input: UserCreateInput,
  ): Promise<{ person: CreatedPerson } | { errors: FormErrors<PersonField> }> {
    try {
      const payload = (await mutate({ variables: { input } })).data?.userCreate;
      if (payload?.user && !payload.errors.length) return { person: payload.user };
      return {
        errors: splitErrors(
          payload?.errors ?? [{ code: 'UNKNOWN', message: 'Adding the person did not work.' }],
          PERSON_FIELDS,
        ),
      };
    } catch (error) {
      return { errors: { fields: {}, general: [describeProblem(error).message] } };
    }
  }

  return { create, creating: loading };
}
