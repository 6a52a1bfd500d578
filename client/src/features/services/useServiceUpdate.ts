import { useMutation } from '@apollo/client/react';
import type { ServiceFieldsFragment, ServiceUpdateInput } from '../../gql/graphql';
import { serviceUpdateMutation } from './operations';
import { failedOutcome, outcomeOf, type Outcome } from './service-form';

/**
 * Changes some of a service's details or replaces its permissions. The saved service comes back
 * through the cache (it has an id), which redraws the page.
 */
export function useServiceUpdate<F extends string>(fields: readonly F[]) {
  const [mutate, { loading }] = useMutation(serviceUpdateMutation, {
    refetchQueries: ['Services'],
  });

  async function update(
    id: string,
    input: ServiceUpdateInput,
  ): Promise<Outcome<ServiceFieldsFragment, F>> {
    try {
      const payload = (await mutate({ variables: { id, input } })).data?.serviceUpdate;
      return outcomeOf(payload?.service, payload?.errors, fields);
    } catch (error) {
      return failedOutcome(error);
    }
  }

  return { update, updating: loading };
}
