import { skipToken, useQuery } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { browserToday, formatPeriod } from '../../components/dates';
import type { ExportFilters } from '../../components/download';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { BurnDownSection } from './BurnDownSection';
import { reportQuery } from './operations';
import { describeGrouping, type Row } from './report-columns';
import { useReportOptions } from './report-options';
import { defaultPeriod, filtersOf, groupByOf, useReportParams } from './report-params';
import { ReportFilters } from './ReportFilters';
import { ReportTable } from './ReportTable';
import { WeeklyHoursChart } from './WeeklyHoursChart';

/** The project with a time budget that has the most hours in the period. */
function busiestBudgetProject(rows: readonly Row[] | undefined): string {
  const hours = new Map<string, number>();
  for (const row of rows ?? []) {
    if (row.projectId && row.budgetMinutes != null) {
      hours.set(row.projectId, (hours.get(row.projectId) ?? 0) + row.minutes);
    }
  }
  return [...hours].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The report's filters as the time-entry export reads them (it has no customer filter). */
function timeEntryFilters(filters: ReturnType<typeof filtersOf>): ExportFilters {
  return {
    from: filters.from,
    to: filters.to,
    customerId: filters.customerId,
    projectId: filters.projectId,
    userId: filters.userId,
    billable: filters.billable,
  };
}

/** Hours and amounts over a period, grouped and filtered, with two charts. */
export function ReportsPage() {
  const [params, update] = useReportParams();
  const options = useReportOptions(params.customerId);
  const canManageProjects = useCan('project.update');
  const withCustomer = useCan('customer.read');
  const invalidPeriod = params.from > params.to;
  const filters = filtersOf(params);
  const groupBy = groupByOf(params);
  const report = useQuery(
    reportQuery,
    invalidPeriod
      ? skipToken
      : {
          variables: { input: { ...filters, groupBy }, withCustomer },
          fetchPolicy: 'cache-and-network',
        },
  );
  const weekly = useQuery(
    reportQuery,
    invalidPeriod
      ? skipToken
      : {
          variables: { input: { ...filters, groupBy: ['WEEK', 'PROJECT'] }, withCustomer },
          fetchPolicy: 'cache-and-network',
        },
  );
  const result = (report.data ?? report.previousData)?.report;
  const weeklyRows = (weekly.data ?? weekly.previousData)?.report.rows;
  const title = describeGrouping(groupBy);
  const period = invalidPeriod ? '' : formatPeriod(params.from, params.to);
  const budgetProjects = options.budgetProjects(weeklyRows);
  const burnId =
    params.burnProjectId ||
    (budgetProjects.some(p => p.id === params.projectId) ? params.projectId : '') ||
    busiestBudgetProject(weeklyRows);

  return (
    <>
      <PageHeader
        title="Reports"
        description="Hours and amounts of the time you may see, for any period."
      />
      <div className="stack">
        <section className="card" aria-labelledby="report-settings-title">
          <h2 className="visually-hidden" id="report-settings-title">
            Report settings
          </h2>
          <ReportFilters
            params={params}
            onChange={update}
            customers={options.customers}
            projects={options.projects}
            people={options.people}
            onReset={() => {
              update({
                ...defaultPeriod(browserToday()),
                group: 'PROJECT',
                then: '',
                customerId: '',
                projectId: '',
                userId: '',
                billable: '',
                burnProjectId: '',
              });
            }}
          />
          {invalidPeriod ? (
            <p className="alert alert--error" role="alert">
              The period ends before it starts: choose a “To” date on or after the “From” date.
            </p>
          ) : null}
        </section>

        {invalidPeriod ? null : (
          <>
            <section className="card" aria-labelledby="report-table-title">
              <div className="card__header">
                <h2 id="report-table-title">{title}</h2>
                <div className="card__actions">
                  {report.loading && result ? (
                    <span className="muted" role="status">
                      Updating…
                    </span>
                  ) : null}
                  <ExportButton
                    resource="time-entries"
                    filters={timeEntryFilters(filters)}
                    label="Export time entries"
                    description={`Every time entry you may see in ${period}, with the filters above: one row per entry, not grouped.`}
                  />
                  <ExportButton
                    resource="report"
                    filters={{ ...timeEntryFilters(filters), groupBy: groupByOf(params).join(',') }}
                    label="Export this table"
                    description={`The table above as CSV: one row per group and a totals row, for ${period}.`}
                  />
                </div>
              </div>
              {report.error ? (
                <ErrorState
                  problem={describeProblem(report.error)}
                  onRetry={() => void report.refetch()}
                />
              ) : !result ? (
                <LoadingState label="Loading the report…" />
              ) : result.rows.length === 0 ? (
                <EmptyState title="No time was registered in this period.">
                  <p>Choose a longer period, or clear some filters with “Reset”.</p>
                </EmptyState>
              ) : (
                <ReportTable
                  caption={`${title}, ${period}`}
                  rows={result.rows}
                  totals={result.totals}
                  groupBy={groupBy}
                  currency={options.currency}
                />
              )}
            </section>

            <section className="card" aria-label="Hours per week by project">
              {weekly.error ? (
                <ErrorState
                  problem={describeProblem(weekly.error)}
                  onRetry={() => void weekly.refetch()}
                />
              ) : !weeklyRows ? (
                <LoadingState label="Loading the chart…" />
              ) : weeklyRows.length === 0 ? (
                <EmptyState title="No hours to chart in this period.">
                  <p>Choose a longer period, or clear some filters with “Reset”.</p>
                </EmptyState>
              ) : (
                <WeeklyHoursChart rows={weeklyRows} from={params.from} to={params.to} />
              )}
            </section>

            <BurnDownSection
              choices={budgetProjects}
              selectedId={burnId}
              onSelect={id => {
                update({ burnProjectId: id });
              }}
              from={params.from}
              to={params.to}
              canManageProjects={canManageProjects}
              withCustomer={withCustomer}
            />
          </>
        )}
      </div>
    </>
  );
}
