import { useQuery } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { viewerQuery } from './operations';
import { ViewerContext } from './viewer-context';

/** Loads who is signed in; an UNAUTHENTICATED answer sends the user to sign-in (see apollo.ts). */
export function RequireViewer() {
  const { data, error, refetch } = useQuery(viewerQuery);

  if (data) {
    return (
      <ViewerContext value={data.viewer}>
        <Outlet />
      </ViewerContext>
    );
  }
  if (error) {
    return (
      <main className="page page--centered" id="main">
        <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
      </main>
    );
  }
  return (
    <main className="page page--centered" id="main">
      <LoadingState label="Loading Horae…" />
    </main>
  );
}
