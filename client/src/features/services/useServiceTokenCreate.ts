import { useMutation } from '@apollo/client/react';
import type { ServiceTokenFieldsFragment } from '../../gql/graphql';
import { serviceTokenCreateMutation } from './operations';
import { failedOutcome, outcomeOf, type Outcome } from './service-form';

export const TOKEN_FIELDS = ['name', 'expiresAt'] as const;
export type TokenField = (typeof TOKEN_FIELDS)[number];

export type IssuedToken = { secret: string; token: ServiceTokenFieldsFragment };

/** Issues a token; the answer carries its secret, which the server never shows again. */
export function useServiceTokenCreate() {
  const [mutate, { loading }] = useMutation(serviceTokenCreateMutation, {
    // The secret stays out of Apollo's cache: it lives only in the dialog that shows it.
    fetchPolicy: 'no-cache',
    refetchQueries: ['Service', 'Services'],
  });

  async function issue(input: {
    serviceId: string;
    name: string;
    expiresAt: string | null;
  }): Promise<Outcome<IssuedToken, TokenField>> {
    try {
      const payload = (await mutate({ variables: { input } })).data?.serviceTokenCreate;
      const issued =
        payload?.secret && payload.token ? { secret: payload.secret, token: payload.token } : null;
      return outcomeOf(issued, payload?.errors, TOKEN_FIELDS);
    } catch (error) {
      return failedOutcome(error);
    }
  }

  return { issue, issuing: loading };
}
