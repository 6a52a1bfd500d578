import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ReauthenticationHost } from '../components/ReauthenticationDialog';
import { createApolloClient } from './apollo';
import { ReauthenticationGate } from './reauthentication';
import { routes } from './routes';
import { SIGN_IN_PATH, type SignInState } from './session';

const router = createBrowserRouter(routes);

const reauthentication = new ReauthenticationGate();

const client = createApolloClient(problem => {
  const { pathname, search } = router.state.location;
  if (pathname === SIGN_IN_PATH) return;
  const state: SignInState = {
    from: pathname + search,
    // Say why only when the session ended; a first visit needs no explanation.
    ...(problem.reason ? { notice: problem.message } : {}),
  };
  // Leave the page first, then forget what the previous session loaded.
  void router
    .navigate(SIGN_IN_PATH, { replace: true, state })
    .then(() => client.clearStore())
    .catch(() => undefined);
}, reauthentication);

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
      <ReauthenticationHost gate={reauthentication} />
    </ApolloProvider>
  );
}
