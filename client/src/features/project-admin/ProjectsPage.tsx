import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../components/ExportButton';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useCan } from '../auth/viewer-context';
import { useCustomerOptions } from '../customers/useCustomerOptions';
import { NoProjects } from './NoProjects';
import { projectsQuery } from './operations';
import { ProjectFormDialog } from './ProjectFormDialog';
import { ProjectsTable } from './ProjectsTable';
import { ProjectsToolbar } from './ProjectsToolbar';

const PAGE_SIZE = 25;

export function ProjectsPage() {
  const navigate = useNavigate();
  const withCustomer = useCan('customer.read');
  const withPeople = useCan('user.read');
  // A project needs a customer: adding one takes seeing the customers too.
  const canCreate = useCan('project.create') && withCustomer;
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customer') ?? '';
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const { customers } = useCustomerOptions(withCustomer);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(projectsQuery, {
    variables: {
      first: PAGE_SIZE,
      search: search || null,
      customerId: customerId || null,
      includeArchived: showArchived,
      withCustomer,
      withPeople,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const projects = (data ?? previousData)?.projects;

  function loadMore() {
    if (!projects?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: projects.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="Projects"
        description="What time is registered on: tasks, people, rates and budgets."
        actions={
          <>
            <ExportButton
              resource="projects"
              filters={{ search, customerId, includeArchived: showArchived }}
            />
            {canCreate ? (
              <button
                className="button button--primary"
                type="button"
                onClick={() => {
                  setCreating(true);
                }}
              >
                New project
              </button>
            ) : null}
          </>
        }
      />
      <section className="card" aria-labelledby="projects-list-title">
        <h2 className="visually-hidden" id="projects-list-title">
          Projects of the site
        </h2>
        <ProjectsToolbar
          search={searchText}
          onSearchChange={setSearchText}
          customers={withCustomer ? (customers ?? []) : undefined}
          customerId={customerId}
          onCustomerChange={id => {
            setParams(id ? { customer: id } : {}, { replace: true });
          }}
          showArchived={showArchived}
          onShowArchivedChange={setShowArchived}
        />
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !projects ? (
          <LoadingState label="Loading projects…" />
        ) : projects.nodes.length === 0 ? (
          <NoProjects
            search={search}
            filtered={Boolean(customerId)}
            showArchived={showArchived}
            canCreate={canCreate}
          />
        ) : (
          <>
            <p className="muted" role="status">
              Showing {projects.nodes.length} of {projects.totalCount}{' '}
              {projects.totalCount === 1 ? 'project' : 'projects'}
            </p>
            <ProjectsTable
              projects={projects.nodes}
              showCustomer={withCustomer}
              showLead={withPeople}
            />
            {projects.pageInfo.hasNextPage ? (
              <LoadMore loading={loading} onClick={loadMore} />
            ) : null}
          </>
        )}
      </section>
      {creating ? (
        <ProjectFormDialog
          canChooseCustomer={withCustomer}
          initialCustomerId={customerId}
          onClose={() => {
            setCreating(false);
          }}
          onSaved={project => {
            setCreating(false);
            void navigate(`/projects/${project.id}`, { state: { created: true } });
          }}
        />
      ) : null}
    </>
  );
}
