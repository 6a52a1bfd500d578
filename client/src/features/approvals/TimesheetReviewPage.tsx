import { useQuery } from '@apollo/client/react';
import { addDays, formatMinutes, isIsoDate, weekDays } from '@horae/shared/time';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../app/NotFoundPage';
import { browserToday, dateTime, weekTitle } from '../timesheet/dates';
import { buildRows } from '../timesheet/grid-model';
import { TimesheetGrid } from '../timesheet/TimesheetGrid';
import { TimesheetStatusBadge } from '../timesheet/TimesheetStatusBadge';
import { WeekStatus } from '../timesheet/WeekStatus';
import { DecisionPanel } from './DecisionPanel';
import { EntriesTable } from './EntriesTable';
import { timesheetReviewQuery } from './operations';

/** One person's submitted week: what they registered, and the decision on it. */
export function TimesheetReviewPage() {
  const { userId = '', week = '' } = useParams();
  if (!userId || !isIsoDate(week)) return <NotFoundPage />;
  return <TimesheetReview userId={userId} week={week} />;
}

function TimesheetReview({ userId, week }: { userId: string; week: string }) {
  const { data, error, refetch } = useQuery(timesheetReviewQuery, {
    variables: { userId, week },
    fetchPolicy: 'cache-and-network',
  });
  const sheet = data?.timesheet;
  const days = useMemo(() => weekDays(sheet?.weekStart ?? week), [sheet?.weekStart, week]);
  const rows = useMemo(() => (sheet ? buildRows(sheet.entries, [], days) : []), [sheet, days]);

  return (
    <>
      <PageHeader
        title={sheet ? `${sheet.user.displayName} · ${sheet.week}` : 'Review a week'}
        description={sheet ? weekTitle(sheet.weekStart) : undefined}
        actions={
          <>
            {sheet ? (
              <ExportButton
                resource="time-entries"
                filters={{ from: sheet.weekStart, to: addDays(sheet.weekStart, 6), userId }}
                label="Export entries"
                description={`The time entries of ${sheet.user.displayName} in this week.`}
              />
            ) : null}
            <Link className="button" to="/approvals">
              <span aria-hidden="true">←</span> Back to approvals
            </Link>
          </>
        }
      />
      <section className="card review" aria-labelledby="review-title">
        <h2 className="visually-hidden" id="review-title">
          Hours of the week
        </h2>
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !sheet ? (
          <LoadingState label="Loading the week…" />
        ) : (
          <>
            <dl className="summary">
              <div>
                <dt>Status</dt>
                <dd>
                  <TimesheetStatusBadge status={sheet.status} />
                </dd>
              </div>
              <div>
                <dt>Submitted</dt>
                <dd>{sheet.submittedAt ? dateTime(sheet.submittedAt) : '—'}</dd>
              </div>
              <div>
                <dt>Total</dt>
                <dd className="summary__total">{formatMinutes(sheet.totalMinutes)}</dd>
              </div>
            </dl>
            {sheet.status !== 'SUBMITTED' ? <WeekStatus sheet={sheet} /> : null}
            {rows.length ? (
              <>
                <TimesheetGrid
                  caption={`Hours per project and day, ${weekTitle(sheet.weekStart)}`}
                  days={days}
                  rows={rows}
                  today={browserToday()}
                  editing={null}
                />
                <h3 className="review__entries-title">Entries</h3>
                <EntriesTable entries={sheet.entries} />
              </>
            ) : (
              <EmptyState title="No time was registered this week." />
            )}
            {sheet.status === 'SUBMITTED' && sheet.id ? (
              <DecisionPanel id={sheet.id} person={sheet.user.displayName} week={sheet.week} />
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
