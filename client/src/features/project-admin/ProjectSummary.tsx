import { formatDate } from '../../components/dates';
import { formatHours } from '../../components/hours';
import { formatMoney } from '../../components/money';
import type { ProjectFieldsFragment } from '../../gql/graphql';

type ProjectSummaryProps = { project: ProjectFieldsFragment; currency: string | undefined };

/** Rate, budgets, period and billing default, as a description list. */
export function ProjectSummary({ project, currency }: ProjectSummaryProps) {
  const none = <span className="muted">Not set</span>;
  return (
    <dl className="summary-list">
      <div>
        <dt>Hourly rate</dt>
        <dd>
          {project.hourlyRate != null
            ? `${formatMoney(project.hourlyRate, currency)} per hour`
            : none}
        </dd>
      </div>
      <div>
        <dt>Time budget</dt>
        <dd>{project.budgetMinutes != null ? formatHours(project.budgetMinutes) : none}</dd>
      </div>
      <div>
        <dt>Money budget</dt>
        <dd>{project.budgetAmount != null ? formatMoney(project.budgetAmount, currency) : none}</dd>
      </div>
      <div>
        <dt>Period</dt>
        <dd>
          {project.startsOn || project.endsOn ? (
            <>
              {project.startsOn ? formatDate(project.startsOn) : 'Open start'} –{' '}
              {project.endsOn ? formatDate(project.endsOn) : 'open end'}
            </>
          ) : (
            none
          )}
        </dd>
      </div>
      <div>
        <dt>New time</dt>
        <dd>{project.billableByDefault ? 'Billable by default' : 'Not billable by default'}</dd>
      </div>
    </dl>
  );
}
