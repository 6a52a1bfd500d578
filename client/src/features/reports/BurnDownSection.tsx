import { skipToken, useQuery } from '@apollo/client/react';
import { addDays } from '@horae/shared/time';
import { useId } from 'react';
import { Link } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { BudgetBurnChart } from './BudgetBurnChart';
import { budgetBurnQuery } from './operations';

/** A project with a time budget that can be followed. */
export type BudgetProject = { id: string; label: string; budgetMinutes: number };

/** The first day counted before the period: "all time" for a report. */
const EPOCH = '2000-01-01';

type BurnDownSectionProps = {
  choices: readonly BudgetProject[];
  selectedId: string;
  onSelect: (id: string) => void;
  from: string;
  to: string;
  canManageProjects: boolean;
  withCustomer: boolean;
};

/** Choose a project with a budget; its cumulative hours are drawn against the budget. */
export function BurnDownSection({
  choices,
  selectedId,
  onSelect,
  from,
  to,
  canManageProjects,
  withCustomer,
}: BurnDownSectionProps) {
  const id = useId();
  const project = choices.find(c => c.id === selectedId) ?? choices[0];
  const { data, error, refetch } = useQuery(
    budgetBurnQuery,
    project
      ? {
          variables: {
            weekly: { from, to, groupBy: ['WEEK'], projectId: project.id },
            before:
              from > EPOCH
                ? { from: EPOCH, to: addDays(from, -1), groupBy: [], projectId: project.id }
                : { from: EPOCH, to: EPOCH, groupBy: [], projectId: project.id },
            withCustomer,
          },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card__header">
        <h2 id={`${id}-title`}>Budget burn-down</h2>
        {choices.length ? (
          <div className="field field--inline">
            <label className="field__label" htmlFor={`${id}-project`}>
              Project
            </label>
            <select
              className="field__input"
              id={`${id}-project`}
              value={project?.id ?? ''}
              onChange={event => {
                onSelect(event.target.value);
              }}
            >
              {choices.map(choice => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {!project ? (
        <EmptyState title="No project with a time budget to follow.">
          <p>
            A burn-down needs a project with a time budget.{' '}
            {canManageProjects ? (
              <>
                Set one on a <Link to="/projects">project’s page</Link>.
              </>
            ) : (
              'Ask a project lead or an administrator to set one.'
            )}
          </p>
        </EmptyState>
      ) : error ? (
        <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Loading the burn-down…" />
      ) : (
        <BudgetBurnChart
          projectName={project.label}
          budgetMinutes={project.budgetMinutes}
          weekly={new Map(data.weekly.rows.map(row => [row.week ?? '', row.minutes]))}
          before={from > EPOCH ? data.before.totals.minutes : 0}
          from={from}
          to={to}
        />
      )}
      <p className="field__hint section-note">
        Counts all time on the project that you may see, whatever the filters above, including the
        time before the period.
      </p>
    </section>
  );
}
