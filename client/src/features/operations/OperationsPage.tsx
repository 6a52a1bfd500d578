import { useQuery } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { BackupRunsTable } from './BackupRunsTable';
import { LastBackupSummary } from './LastBackupSummary';
import { backupsQuery } from './operations';

const PAGE_SIZE = 20;

/** Backups of this site and the restore tests that prove they can be brought back. */
export function OperationsPage() {
  const { data, error, loading, refetch, fetchMore } = useQuery(backupsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const runs = data?.backups;

  return (
    <>
      <PageHeader
        title="Operations"
        description="Backups of this site and the weekly restore tests that restore them into a scratch database and compare every table. The server makes them on a schedule; operators restore with the horae command."
        actions={
          <button
            className="button"
            type="button"
            disabled={loading}
            onClick={() => void refetch()}
          >
            {loading && runs ? 'Refreshing…' : 'Refresh'}
          </button>
        }
      />
      {error && !runs ? (
        <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
      ) : !data || !runs ? (
        <LoadingState label="Loading backups…" />
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="last-backup-title">
            <h2 id="last-backup-title">Last backup</h2>
            <LastBackupSummary backup={data.lastBackup.nodes[0]} />
          </section>
          <section className="card" aria-labelledby="runs-title">
            <h2 id="runs-title">Recent backups and restore tests</h2>
            {runs.nodes.length === 0 ? (
              <EmptyState title="Nothing has run yet." />
            ) : (
              <>
                <p className="muted" role="status">
                  Showing {runs.nodes.length} of {runs.totalCount}
                </p>
                <BackupRunsTable runs={runs.nodes} />
                {runs.pageInfo.hasNextPage ? (
                  <LoadMore
                    loading={loading}
                    onClick={() =>
                      void fetchMore({ variables: { after: runs.pageInfo.endCursor } })
                    }
                  />
                ) : null}
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
