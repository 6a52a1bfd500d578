import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../auth/viewer-context';
import { ApprovalsTable } from './ApprovalsTable';
import { readDecisionNotice } from './decision-notice';
import { approvalsInboxQuery } from './operations';

const PAGE_SIZE = 50;

/** Weeks waiting for the viewer's decision, newest first. */
export function ApprovalsPage() {
  const viewer = useViewer();
  const notice = readDecisionNotice(useLocation().state);
  const { data, error, loading, refetch, fetchMore } = useQuery(approvalsInboxQuery, {
    variables: { first: PAGE_SIZE },
    // Show what is cached at once, and always ask the server again: weeks arrive all the time.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.timesheets;
  // A week decided a moment ago may still be in the cached page: it is no longer waiting.
  const waiting = connection?.nodes.filter(sheet => sheet.status === 'SUBMITTED');

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="Approvals"
        description="Submitted weeks of your team, waiting for you to approve or send back."
        actions={
          <ExportButton
            resource="timesheets"
            filters={{ status: 'SUBMITTED' }}
            description="The submitted weeks you may see, waiting for a decision: all pages."
          />
        }
      />
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <section className="card" aria-labelledby="approvals-list-title">
        <h2 className="visually-hidden" id="approvals-list-title">
          Weeks to approve
        </h2>
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !connection || !waiting ? (
          <LoadingState label="Loading submitted weeks…" />
        ) : waiting.length === 0 ? (
          <EmptyState title="Nothing to approve">
            <p>Weeks appear here when the people in your team submit them.</p>
          </EmptyState>
        ) : (
          <>
            <ApprovalsTable sheets={waiting} viewerId={viewer.user.id} />
            {connection.pageInfo.hasNextPage ? (
              <LoadMore loading={loading} onClick={loadMore} />
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
