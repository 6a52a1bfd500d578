import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy, Reference } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { describeProblem, type Problem } from './errors';

type NodesConnection = { nodes: Reference[] };

/** Relay connections read through `nodes`: "Load more" (a page `after` a cursor) appends. */
function nodesConnection(keyArgs: string[]): FieldPolicy<NodesConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export type UnauthenticatedHandler = (problem: Problem) => void;

/** Apollo Client for the Horae API on the same origin; the session is an HttpOnly cookie. */
export function createApolloClient(onUnauthenticated: UnauthenticatedHandler): ApolloClient {
  const errorLink = new ErrorLink(({ error }) => {
    const problem = describeProblem(error);
    if (problem.kind === 'unauthenticated') onUnauthenticated(problem);
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Viewer: { merge: true },
        // A week that was never submitted has no id: keep each such week inside its own query
        // result instead of merging every unsubmitted week into one `Timesheet:null` object.
        Timesheet: {
          keyFields: object => (typeof object.id === 'string' ? `Timesheet:${object.id}` : false),
        },
        Query: {
          fields: {
            users: nodesConnection(['search', 'status']),
            groups: nodesConnection([]),
            timesheets: nodesConnection(['status', 'userId']),
            // `first` is part of the key: a page of 25 and a select's list of 100 stay apart.
            customers: nodesConnection(['first', 'search', 'includeArchived']),
            projects: nodesConnection(['first', 'search', 'customerId', 'includeArchived', 'mine']),
            invoices: nodesConnection(['first', 'status', 'customerId']),
          },
        },
      },
    }),
  });
}
