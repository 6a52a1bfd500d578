import { skipToken, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { peopleOptionsQuery } from '../project-admin/operations';
import {
  auditExportUnavailable,
  auditVariables,
  hasFilters,
  NO_FILTERS,
  useAuditFilters,
} from './audit-params';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { ChainVerify } from './ChainVerify';
import { auditEventsQuery } from './operations';

const PAGE_SIZE = 50;

/** Who did what on the site, newest first, with filters and a check of the hash chain. */
export function AuditLogPage() {
  const [search] = useSearchParams();
  const [filters, applyFilters] = useAuditFilters();
  const canVerify = useCan('audit.verify');
  const canPeople = useCan('user.read');
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(auditEventsQuery, {
    variables: { first: PAGE_SIZE, ...auditVariables(filters) },
    // New events arrive all the time: show what is cached at once and ask the server again.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const people = useQuery(
    peopleOptionsQuery,
    canPeople ? { variables: { search: null } } : skipToken,
  );
  const personNodes = people.data?.users.nodes;
  const names = new Map((personNodes ?? []).map(p => [p.id, p.displayName]));
  const events = (data ?? previousData)?.auditEvents;
  const filtered = hasFilters(filters);

  function loadMore() {
    if (!events?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: events.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what on this site, newest first, with the details of each change."
        actions={
          <ExportButton
            resource="audit-events"
            // The filters in the address, as applied: what the list below shows.
            filters={auditVariables(filters)}
            description={`The events ${filtered ? 'matching the filters' : 'of the site'}, all pages, with each event’s hash and the one before it, to check the chain offline.`}
            unavailable={auditExportUnavailable(filters)}
          />
        }
      />
      <div className="stack">
        {canVerify ? <ChainVerify /> : null}
        <section className="card" aria-labelledby="audit-events-title">
          <div className="card__header">
            <h2 id="audit-events-title">Events</h2>
            {loading && events ? (
              <span className="muted" role="status">
                Updating…
              </span>
            ) : null}
          </div>
          <AuditFilterForm
            // A new address (back, a shared link) starts the form over from it.
            key={search.toString()}
            filters={filters}
            onApply={applyFilters}
            people={
              canPeople
                ? (personNodes ?? []).map(p => ({ id: p.id, label: p.displayName }))
                : undefined
            }
            seenActions={events?.nodes.map(e => e.action) ?? []}
          />
          {error ? (
            <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
          ) : !events ? (
            <LoadingState label="Loading events…" />
          ) : events.nodes.length === 0 ? (
            <div role="status">
              <EmptyState title={filtered ? 'No events match these filters.' : 'No events yet.'}>
                {filtered ? (
                  <p>
                    Actions must match exactly; try a longer period or{' '}
                    <button
                      className="button button--small"
                      type="button"
                      onClick={() => {
                        applyFilters(NO_FILTERS);
                      }}
                    >
                      clear the filters
                    </button>
                  </p>
                ) : null}
              </EmptyState>
            </div>
          ) : (
            <>
              <p className="muted" role="status">
                Showing {events.nodes.length} of {events.totalCount}{' '}
                {events.totalCount === 1 ? 'event' : 'events'}
                {filtered ? ' matching the filters' : ''}
              </p>
              <AuditTable events={events.nodes} names={names} />
              {events.pageInfo.hasNextPage ? (
                <LoadMore loading={loading} onClick={loadMore} />
              ) : null}
            </>
          )}
        </section>
      </div>
    </>
  );
}
