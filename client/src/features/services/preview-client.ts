import { Client, fetchExchange } from '@urql/core';

/**
 * A second, independent GraphQL client that authenticates only with the service's preview
 * token: no cookie (credentials omitted), no cache, so every answer is what the API gives the
 * service. POST, because the API's CSRF protection refuses simple GET requests.
 */
export function createPreviewClient(secret: string): Client {
  return new Client({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { authorization: `Bearer ${secret}` }, credentials: 'omit' },
  });
}
