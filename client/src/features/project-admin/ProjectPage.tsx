import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { projectDetailQuery } from './operations';
import { PeopleSection } from './PeopleSection';
import { ProjectArchiveButton } from './ProjectArchiveButton';
import { ProjectFormDialog } from './ProjectFormDialog';
import { ProjectSummary } from './ProjectSummary';
import { TasksSection } from './TasksSection';

type Notice = { message: string; ok: boolean };

function wasCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state;
}

/** One project: its rate and budgets, tasks, lead and members. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const withCustomer = useCan('customer.read');
  const withPeople = useCan('user.read');
  const canUpdate = useCan('project.update');
  const canReport = useCan('report.read');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(() =>
    wasCreated(location.state)
      ? { message: 'Added the project. Now add its tasks and people.', ok: true }
      : null,
  );
  const { data, error, refetch } = useQuery(projectDetailQuery, {
    variables: { id, withCustomer, withPeople },
    fetchPolicy: 'cache-and-network',
  });
  const project = data?.project;

  if (error || !data || !project) {
    return (
      <>
        <PageHeader title="Project" />
        <p className="back-link">
          <Link to="/projects">All projects</Link>
        </p>
        <section className="card">
          {error ? (
            <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
          ) : !data ? (
            <LoadingState label="Loading the project…" />
          ) : (
            <EmptyState title="There is no such project.">
              <p>
                It may have been removed, or the link is wrong.{' '}
                <Link to="/projects">See all projects</Link>.
              </p>
            </EmptyState>
          )}
        </section>
      </>
    );
  }

  const currency = project.customer?.currency;
  const onDone = (message: string, ok: boolean) => {
    setNotice({ message, ok });
  };

  return (
    <>
      <PageHeader
        title={project.name}
        description={
          <>
            <code>{project.code}</code>
            {project.customer ? (
              <>
                {' · '}
                <strong>{project.customer.name}</strong>
              </>
            ) : null}
            {project.archived ? <span className="badge badge--archived">Archived</span> : null}
          </>
        }
        actions={
          canUpdate ? (
            <>
              <button
                className="button button--primary"
                type="button"
                onClick={() => {
                  setEditing(true);
                }}
              >
                Edit project
              </button>
              <ProjectArchiveButton project={project} onDone={onDone} />
            </>
          ) : null
        }
      />
      <p className="back-link">
        <Link to="/projects">All projects</Link>
      </p>
      {notice ? (
        <p
          className={notice.ok ? 'alert alert--success' : 'alert alert--error'}
          role={notice.ok ? 'status' : 'alert'}
        >
          {notice.message}
        </p>
      ) : null}
      <div className="stack">
        <section className="card" aria-labelledby="budget-title">
          <div className="card__header">
            <h2 id="budget-title">Rate and budget</h2>
            {canReport && project.budgetMinutes != null ? (
              <Link to={`/reports?burn=${project.id}`}>See the budget burn-down</Link>
            ) : null}
          </div>
          <ProjectSummary project={project} currency={currency} />
        </section>
        <TasksSection
          project={project}
          tasks={project.tasks}
          currency={currency}
          canUpdate={canUpdate}
        />
        <PeopleSection
          projectId={project.id}
          lead={withPeople ? (project.lead ?? null) : undefined}
          members={project.members}
          canUpdate={canUpdate}
        />
      </div>
      {editing ? (
        <ProjectFormDialog
          project={project}
          canChooseCustomer={withCustomer}
          onClose={() => {
            setEditing(false);
          }}
          onSaved={saved => {
            setEditing(false);
            onDone(`Saved ${saved.name}.`, true);
          }}
        />
      ) : null}
    </>
  );
}
