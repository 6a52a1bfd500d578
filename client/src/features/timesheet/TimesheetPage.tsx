import { useQuery } from '@apollo/client/react';
import { addDays, weekDays, weekStart } from '@horae/shared/time';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../auth/viewer-context';
import { browserToday, weekFromParam, weekTitle } from './dates';
import { keyOf, type RowSpec } from './grid-model';
import { timesheetQuery } from './operations';
import { useCellDrafts } from './useCellDrafts';
import { useWarnOnLeave } from './useWarnOnLeave';
import { WeekNavigator } from './WeekNavigator';
import { WeekSheet } from './WeekSheet';

const NO_ROWS: readonly RowSpec[] = [];

/** The viewer's week: hours per project/task and day, typed straight into the grid. */
export function TimesheetPage() {
  const { user } = useViewer();
  const [params, setParams] = useSearchParams();
  const week = weekFromParam(params.get('week'));
  const today = browserToday();
  const days = useMemo(() => weekDays(week), [week]);
  const { data, error, refetch } = useQuery(timesheetQuery, {
    variables: { week },
    // Show what is cached at once, and ask again: the week may have changed on another device.
    fetchPolicy: 'cache-and-network',
  });
  // Kept here, not in the week's component: paging weeks loses neither added rows nor drafts.
  const [addedRows, setAddedRows] = useState<Record<string, readonly RowSpec[]>>({});
  const editing = useCellDrafts(week);
  const added = addedRows[week] ?? NO_ROWS;
  useWarnOnLeave(
    editing.problems
      ? `${editing.problems === 1 ? 'One cell has' : `${editing.problems} cells have`} text that is not saved. Leave anyway and lose it?`
      : null,
  );

  const addRows = useCallback(
    (specs: readonly RowSpec[], present: ReadonlySet<string>) => {
      const fresh = specs.filter(spec => !present.has(keyOf(spec)));
      if (fresh.length) setAddedRows(all => ({ ...all, [week]: [...(all[week] ?? []), ...fresh] }));
      return fresh.length;
    },
    [week],
  );

  return (
    <>
      <PageHeader
        title="Timesheet"
        description={weekTitle(week)}
        actions={
          <>
            <WeekNavigator
              week={week}
              thisWeek={weekStart(today)}
              onChange={monday => {
                setParams({ week: monday });
              }}
            />
            <ExportButton
              resource="time-entries"
              filters={{ from: week, to: addDays(week, 6), userId: user.id }}
              label="Export week"
              description="Your time entries of this week, one row per entry."
            />
          </>
        }
      />
      {error ? (
        <section className="card">
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        </section>
      ) : data?.timesheet.weekStart !== week ? (
        <section className="card">
          <LoadingState label="Loading the week…" />
        </section>
      ) : (
        <WeekSheet
          sheet={data.timesheet}
          days={days}
          today={today}
          added={added}
          onAddRows={addRows}
          editing={editing}
        />
      )}
    </>
  );
}
