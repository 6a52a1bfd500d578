import { skipToken, useQuery } from '@apollo/client/react';
import type { CustomerOptionsQuery } from '../../gql/graphql';
import { customerOptionsQuery } from './operations';

export type CustomerOption = CustomerOptionsQuery['customers']['nodes'][number];

/** The open customers (first 100, by name) for selects; nothing is asked when `enabled` is false. */
export function useCustomerOptions(enabled: boolean) {
  const { data, error, refetch } = useQuery(
    customerOptionsQuery,
    enabled ? { fetchPolicy: 'cache-and-network' } : skipToken,
  );
  return {
    customers: data?.customers.nodes,
    /** More customers than the select lists. */
    truncated: data ? data.customers.totalCount > data.customers.nodes.length : false,
    error,
    refetch,
  };
}
