import { useQuery } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { GroupsTable } from './GroupsTable';
import { groupsQuery } from './operations';

const PAGE_SIZE = 50;

export function GroupsPage() {
  const { data, error, loading, refetch, fetchMore } = useQuery(groupsQuery, {
    variables: { first: PAGE_SIZE },
    // Show what is cached at once, and always ask the server again: access may have changed.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const groups = data?.groups;

  function loadMore() {
    if (!groups?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: groups.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader title="Groups" description="Members of a group get all of its permissions." />
      <section className="card" aria-labelledby="groups-list-title">
        <h2 className="visually-hidden" id="groups-list-title">
          Groups of the site
        </h2>
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !groups ? (
          <LoadingState label="Loading groups…" />
        ) : groups.nodes.length === 0 ? (
          <EmptyState title="This site has no groups yet.">
            <p>Groups appear here once an administrator creates them.</p>
          </EmptyState>
        ) : (
          <>
            <GroupsTable groups={groups.nodes} />
            {groups.pageInfo.hasNextPage ? <LoadMore loading={loading} onClick={loadMore} /> : null}
          </>
        )}
      </section>
    </>
  );
}
