import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { formatMoney } from '../../components/money';
import type { TaskFieldsFragment } from '../../gql/graphql';
import { TaskArchiveButton } from './TaskArchiveButton';
import { TaskFormDialog } from './TaskFormDialog';

type TasksSectionProps = {
  project: { id: string; archived: boolean; billableByDefault: boolean; hourlyRate: number | null };
  tasks: readonly TaskFieldsFragment[];
  currency: string | undefined;
  canUpdate: boolean;
};

type Notice = { message: string; ok: boolean };

/** The kinds of work on the project; people with project.update add, change and archive them. */
export function TasksSection({ project, tasks, currency, canUpdate }: TasksSectionProps) {
  const [editing, setEditing] = useState<TaskFieldsFragment | 'new' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canAdd = canUpdate && !project.archived;
  const onDone = (message: string, ok: boolean) => {
    setNotice({ message, ok });
  };

  return (
    <section className="card" aria-labelledby="tasks-title">
      <div className="card__header">
        <h2 id="tasks-title">Tasks</h2>
        <div className="card__actions">
          {tasks.length ? (
            <ExportButton
              resource="tasks"
              // Archived tasks are listed here too.
              filters={{ projectId: project.id, includeArchived: true }}
              label="Export tasks"
              description="The tasks of this project, archived ones included."
            />
          ) : null}
          {canAdd ? (
            <button
              className="button"
              type="button"
              onClick={() => {
                setEditing('new');
              }}
            >
              Add task
            </button>
          ) : null}
        </div>
      </div>
      {notice ? (
        <p
          className={notice.ok ? 'alert alert--success' : 'alert alert--error'}
          role={notice.ok ? 'status' : 'alert'}
        >
          {notice.message}
        </p>
      ) : null}
      {tasks.length === 0 ? (
        <EmptyState title="This project has no tasks.">
          <p>
            {canAdd
              ? 'Add tasks such as “Design” or “Development” so time can be told apart; time can also be registered without a task.'
              : 'Time is registered on the project itself.'}
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Billable</th>
                <th scope="col" className="table__number">
                  Rate
                </th>
                {canUpdate ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {tasks.map(task => (
                <tr key={task.id} className={task.archived ? 'table__row--archived' : undefined}>
                  <th scope="row">
                    {task.name}
                    {task.archived ? <span className="badge badge--archived">Archived</span> : null}
                  </th>
                  <td>{task.billable ? 'Billable' : 'Not billable'}</td>
                  <td className="table__number">
                    {task.hourlyRate != null ? (
                      `${formatMoney(task.hourlyRate, currency)}/h`
                    ) : (
                      <span className="muted">Project’s rate</span>
                    )}
                  </td>
                  {canUpdate ? (
                    <td>
                      <div className="table__actions">
                        <button
                          className="button button--small"
                          type="button"
                          onClick={() => {
                            setEditing(task);
                          }}
                          aria-label={`Edit task ${task.name}`}
                        >
                          Edit
                        </button>
                        <TaskArchiveButton task={task} onDone={onDone} />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canUpdate && project.archived ? (
        <p className="muted section-note">Restore the project to add tasks to it.</p>
      ) : null}
      {editing ? (
        <TaskFormDialog
          projectId={project.id}
          {...(editing === 'new' ? {} : { task: editing })}
          billableByDefault={project.billableByDefault}
          currency={currency}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={task => {
            onDone(
              editing === 'new' ? `Added task ${task.name}.` : `Saved task ${task.name}.`,
              true,
            );
            setEditing(null);
          }}
        />
      ) : null}
    </section>
  );
}
