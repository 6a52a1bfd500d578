import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { servicesQuery } from './operations';
import { ServiceFormDialog } from './ServiceFormDialog';
import { ServicesTable } from './ServicesTable';

const PAGE_SIZE = 50;

/** What the service page tells this page after deleting a service. */
function noticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('deleted' in state)) return null;
  return typeof state.deleted === 'string' ? state.deleted : null;
}

/** Partner integrations of the site. */
export function ServicesPage() {
  const canManage = useCan('service.manage');
  const navigate = useNavigate();
  const location = useLocation();
  const deleted = noticeOf(location.state);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(servicesQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const services = data?.services;

  function loadMore() {
    if (!services?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: services.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="Services"
        description={
          <>
            Partner integrations: each has its own tokens, permissions, visible fields and quota.
            What partners need to know is on the <Link to="/partners">For partners</Link> page.
          </>
        }
        actions={
          canManage ? (
            <button
              className="button button--primary"
              type="button"
              onClick={() => {
                setCreating(true);
              }}
            >
              New service
            </button>
          ) : null
        }
      />
      {deleted ? (
        <p className="alert alert--success" role="status">
          Deleted {deleted}. Its tokens no longer work.
        </p>
      ) : null}
      <section className="card" aria-labelledby="services-list-title">
        <h2 className="visually-hidden" id="services-list-title">
          Services of the site
        </h2>
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !services ? (
          <LoadingState label="Loading services…" />
        ) : services.nodes.length === 0 ? (
          <EmptyState title="No services yet.">
            <p>
              Add one for each system that should call Horae&apos;s API, e.g. payroll or a CRM.
              {canManage ? ' Use "New service".' : ' An administrator can add them.'}
            </p>
          </EmptyState>
        ) : (
          <>
            <ServicesTable services={services.nodes} />
            {services.pageInfo.hasNextPage ? (
              <LoadMore loading={loading} onClick={loadMore} />
            ) : null}
          </>
        )}
      </section>
      {creating ? (
        <ServiceFormDialog
          onClose={() => {
            setCreating(false);
          }}
          onCreated={service => {
            setCreating(false);
            void navigate(`/services/${service.id}`, { state: { created: true } });
          }}
        />
      ) : null}
    </>
  );
}
