import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy, Reference } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { from, map, of, switchMap } from 'rxjs';
import { describeProblem, type Problem } from './errors';
import { reauthenticationRequest, type ReauthenticationGate } from './reauthentication';

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

/**
 * Sensitive changes answer REAUTHENTICATION_REQUIRED when the sign-in is more than 10 minutes
 * old: ask the person to confirm it's them (through the gate's dialog), then send the operation
 * once more. If they cancel, the original answer goes through to whoever asked.
 */
function reauthenticationLink(gate: ReauthenticationGate): ApolloLink {
  return new ErrorLink(({ error, result, operation, forward }) => {
    const request = reauthenticationRequest(error);
    if (!request || !result || operation.operationName === 'Reauthenticate') return;
    return from(gate.request(request)).pipe(
      switchMap(confirmed => (confirmed ? forward(operation) : of(result))),
    );
  });
}

/**
 * A catalogued field hidden from the viewer (field exposure) comes back null with a FORBIDDEN
 * error whose reason is FIELD_HIDDEN. The rest of the answer is good: drop those errors so pages
 * render, and show the nulls as hidden (the money formatter shows a dash).
 */
const hiddenFieldsLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map(result => {
      if (!result.errors || !('data' in result) || !result.data) return result;
      const errors = result.errors.filter(e => e.extensions?.['reason'] !== 'FIELD_HIDDEN');
      return { ...result, errors: errors.length ? errors : undefined };
    }),
  ),
);

/** Whether the session cookie the browser holds now is signed in (outside the Apollo cache). */
async function stillSignedIn(): Promise<boolean> {
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query SessionCheck { viewer { user { id } } }' }),
    });
    const body = (await res.json()) as { data?: { viewer?: unknown } | null };
    return Boolean(body.data?.viewer);
  } catch {
    return false;
  }
}

/** Apollo Client for the Horae API on the same origin; the session is an HttpOnly cookie. */
export function createApolloClient(
  onUnauthenticated: UnauthenticatedHandler,
  reauthentication: ReauthenticationGate,
): ApolloClient {
  const errorLink = new ErrorLink(({ error, result, operation, forward }) => {
    const problem = describeProblem(error);
    if (problem.kind !== 'unauthenticated') return;
    // A cookie that no longer works (`reason` set) may be one this browser has already replaced:
    // a request sent before the second sign-in step, a re-authentication or a password change
    // can be answered after the new cookie arrived. Ask once with the cookie the browser holds
    // now; if it works, send the operation again instead of signing the person out.
    const retried = operation.getContext()['sessionRechecked'] === true;
    if (!problem.reason || !result || retried) {
      onUnauthenticated(problem);
      return;
    }
    return from(stillSignedIn()).pipe(
      switchMap(signedIn => {
        if (!signedIn) {
          onUnauthenticated(problem);
          return of(result);
        }
        operation.setContext({ sessionRechecked: true });
        return forward(operation);
      }),
    );
  });
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      reauthenticationLink(reauthentication),
      hiddenFieldsLink,
      httpLink,
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Viewer: { merge: true },
        // Has no id: the group page asks for part of it, the field exposure page for all of it.
        FieldExposure: { merge: true },
        // One settings object without an id, read by several sections' queries: merge their fields.
        SiteSettings: { merge: true },
        // A week that was never submitted has no id: keep each such week inside its own query
        // result instead of merging every unsubmitted week into one `Timesheet:null` object.
        Timesheet: {
          keyFields: object => (typeof object.id === 'string' ? `Timesheet:${object.id}` : false),
        },
        Query: {
          fields: {
            users: nodesConnection(['search', 'status']),
            groups: nodesConnection([]),
            services: nodesConnection([]),
            timesheets: nodesConnection(['status', 'userId']),
            // `first` is part of the key: a page of 25 and a select's list of 100 stay apart.
            customers: nodesConnection(['first', 'search', 'includeArchived']),
            projects: nodesConnection(['first', 'search', 'customerId', 'includeArchived', 'mine']),
            invoices: nodesConnection(['first', 'status', 'customerId']),
            auditEvents: nodesConnection(['action', 'actorId', 'from', 'to']),
            backups: nodesConnection(['kind']),
          },
        },
      },
    }),
  });
}
