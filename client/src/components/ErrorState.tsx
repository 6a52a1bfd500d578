import type { Problem } from '../app/errors';
import { NoAccess } from './NoAccess';

type ErrorStateProps = { problem: Problem; onRetry?: () => void };

/** A failed query, explained; sign-in problems are handled by the Apollo error link. */
export function ErrorState({ problem, onRetry }: ErrorStateProps) {
  if (problem.kind === 'forbidden') return <NoAccess detail={problem.message} />;
  if (problem.kind === 'unauthenticated') {
    return (
      <p className="state" role="status">
        You are not signed in. Taking you to the sign-in page…
      </p>
    );
  }
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">
        {problem.kind === 'network' ? 'Horae could not be reached' : 'Something went wrong'}
      </p>
      <div className="state__body">
        <p>{problem.message}</p>
        {onRetry ? (
          <button className="button" type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}
