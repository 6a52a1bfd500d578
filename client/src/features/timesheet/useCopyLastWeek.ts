import { useApolloClient } from '@apollo/client/react';
import { addDays, isoWeekLabel } from '@horae/shared/time';
import { useCallback, useState } from 'react';
import { describeProblem } from '../../app/errors';
import { rowSpecsOf, type RowSpec } from './grid-model';
import { timesheetQuery } from './operations';

export type CopyOutcome = { kind: 'status' | 'error'; message: string };

/** Adds the rows of the week before (projects and tasks, not hours). */
export function useCopyLastWeek(
  week: string,
  onAdd: (rows: RowSpec[]) => number,
): { copy: () => Promise<void>; copying: boolean; outcome: CopyOutcome | null } {
  const client = useApolloClient();
  const [copying, setCopying] = useState(false);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);

  const copy = useCallback(async () => {
    const previous = addDays(week, -7);
    setCopying(true);
    setOutcome(null);
    try {
      const { data } = await client.query({
        query: timesheetQuery,
        variables: { week: previous },
        fetchPolicy: 'network-only',
      });
      const rows = rowSpecsOf(data?.timesheet.entries ?? []);
      const label = isoWeekLabel(previous);
      if (rows.length === 0) {
        setOutcome({
          kind: 'status',
          message: `${label} has no time, so there are no rows to copy.`,
        });
        return;
      }
      const added = onAdd(rows);
      setOutcome({
        kind: 'status',
        message:
          added === 0
            ? `Every row of ${label} is already in this week.`
            : `Added ${added} ${added === 1 ? 'row' : 'rows'} from ${label}.`,
      });
    } catch (error) {
      setOutcome({ kind: 'error', message: describeProblem(error).message });
    } finally {
      setCopying(false);
    }
  }, [client, onAdd, week]);

  return { copy, copying, outcome };
}
