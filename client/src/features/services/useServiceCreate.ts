import { useMutation } from '@apollo/client/react';
import type { ServiceFieldsFragment } from '../../gql/graphql';
import { serviceCreateMutation } from './operations';
import {
  failedOutcome,
  outcomeOf,
  SERVICE_FIELDS,
  type Outcome,
  type ServiceField,
  type ServiceInput,
} from './service-form';

/** Adds a service; it starts with the default, read-only permissions. */
export function useServiceCreate() {
  const [mutate, { loading }] = useMutation(serviceCreateMutation, {
    refetchQueries: ['Services'],
  });

  async function create(
    input: ServiceInput,
  ): Promise<Outcome<ServiceFieldsFragment, ServiceField>> {
    try {
      const payload = (await mutate({ variables: { input } })).data?.serviceCreate;
      return outcomeOf(payload?.service, payload?.errors, SERVICE_FIELDS);
    } catch (error) {
      return failedOutcome(error);
    }
  }

  return { create, creating: loading };
}
