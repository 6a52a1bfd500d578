import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { GroupFormDialog } from './GroupFormDialog';
import type { GroupCreated } from './GroupPage';
import { GroupsTable } from './GroupsTable';
import { groupsQuery } from './operations';

const PAGE_SIZE = 50;

/** Navigation state telling the list what just happened (a group was deleted). */
export type GroupsNotice = { notice: string };

function noticeOf(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'notice' in state
    ? String(state.notice)
    : null;
}

export function GroupsPage() {
  const canManage = useCan('group.manage');
  const navigate = useNavigate();
  const location = useLocation();
  const notice = noticeOf(location.state);
  const [creating, setCreating] = useState(false);
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
      <PageHeader
        title="Groups"
        description="Members of a group get all of its permissions."
        actions={
          canManage ? (
            <button
              className="button button--primary"
              type="button"
              onClick={() => {
                setCreating(true);
              }}
            >
              New group
            </button>
          ) : null
        }
      />
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
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
      {creating ? (
        <GroupFormDialog
          onClose={() => {
            setCreating(false);
          }}
          onSaved={group => {
            setCreating(false);
            const state: GroupCreated = { created: true };
            void navigate(`/groups/${group.id}`, { state });
          }}
        />
      ) : null}
    </>
  );
}
