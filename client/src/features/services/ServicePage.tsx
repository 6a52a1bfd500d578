import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { DeleteServiceButton } from './DeleteServiceButton';
import { DownloadSchemaButton } from './DownloadSchemaButton';
import { serviceQuery } from './operations';
import { ServiceDetailsSection } from './ServiceDetailsSection';
import { ServiceExposureSection } from './ServiceExposureSection';
import { ServicePermissionsSection } from './ServicePermissionsSection';
import { TokensSection } from './TokensSection';

function wasCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state;
}

/** One service: its details, permissions, visible fields and tokens. */
export function ServicePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const canManage = useCan('service.manage');
  const { data, error, refetch } = useQuery(serviceQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const service = data?.service;

  if (error || !data || !service) {
    return (
      <>
        <PageHeader title="Service" />
        <p className="back-link">
          <Link to="/services">All services</Link>
        </p>
        <section className="card">
          {error ? (
            <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
          ) : !data ? (
            <LoadingState label="Loading the service…" />
          ) : (
            <EmptyState title="There is no such service.">
              <p>
                It may have been deleted, or the link is wrong.{' '}
                <Link to="/services">See all services</Link>.
              </p>
            </EmptyState>
          )}
        </section>
      </>
    );
  }

  const activeTokens = service.tokens.filter(t => t.active).length;

  return (
    <>
      <PageHeader
        title={service.name}
        description={service.description || undefined}
        actions={
          <>
            {canManage ? (
              <Link className="button button--primary" to={`/services/${service.id}/preview`}>
                Preview as this service
              </Link>
            ) : null}
            <DownloadSchemaButton service={service} />
            {canManage ? <DeleteServiceButton service={{ ...service, activeTokens }} /> : null}
          </>
        }
      />
      <p className="back-link">
        <Link to="/services">All services</Link>
      </p>
      {wasCreated(location.state) ? (
        <p className="alert alert--success" role="status">
          Added {service.name}. Choose what it may do and read, then issue it a token.
        </p>
      ) : null}
      {!canManage ? (
        <p className="alert alert--info">
          You can see this service but not change it: that takes the permission to manage services.
        </p>
      ) : null}
      <div className="stack">
        <ServiceDetailsSection key={service.id} service={service} canManage={canManage} />
        <ServicePermissionsSection service={service} canManage={canManage} />
        <ServiceExposureSection service={service} canManage={canManage} />
        <TokensSection service={service} canManage={canManage} />
      </div>
    </>
  );
}
