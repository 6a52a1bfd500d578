import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { describeProblem } from '../../app/errors';
import { keyOf, cellKey, type RowSpec } from './grid-model';
import {
  timeEntryCreateMutation,
  timeEntryDeleteMutation,
  timeEntryUpdateMutation,
  timesheetQuery,
} from './operations';

/** Resolves to a message for people when the change was refused, or null once it is saved. */
export type SaveCell = (row: RowSpec, date: string, minutes: number) => Promise<string | null>;

type UserErrors = readonly { code: string; message: string }[];

const SEVERAL_ENTRIES =
  'This day has several entries for this row: the grid shows their sum and cannot change them.';

/**
 * Makes one cell of the week hold `minutes`: creates, updates or deletes the day's time entry.
 * Changes to the same cell run one after the other and read the cache as it is by then, so
 * typing fast never creates a second entry for a day.
 */
export function useSaveCell(week: string): { save: SaveCell; settled: () => Promise<void> } {
  const client = useApolloClient();
  const queues = useRef(new Map<string, Promise<string | null>>());

  const saveNow = useCallback(
    async (row: RowSpec, date: string, minutes: number): Promise<string | null> => {
      const variables = { week };
      const sheet = client.readQuery({ query: timesheetQuery, variables })?.timesheet;
      if (!sheet) return 'This week is not loaded. Reload the page and try again.';
      const existing = sheet.entries.filter(e => e.date === date && keyOf(e) === keyOf(row));
      if (existing.length > 1) return SEVERAL_ENTRIES;
      const [entry] = existing;

      const refused = async (errors: UserErrors): Promise<string | null> => {
        const [first] = errors;
        if (!first) return null;
        // Someone locked the week meanwhile (another tab, a manager): show it as it is now.
        if (first.code === 'WEEK_LOCKED')
          await client.refetchQueries({ include: [timesheetQuery] });
        return first.message;
      };

      try {
        if (!entry) {
          if (minutes === 0) return null;
          const { data } = await client.mutate({
            mutation: timeEntryCreateMutation,
            variables: {
              input: { projectId: row.project.id, taskId: row.task?.id ?? null, date, minutes },
            },
            update(cache, { data: result }) {
              const created = result?.timeEntryCreate.timeEntry;
              if (!created) return;
              cache.updateQuery({ query: timesheetQuery, variables }, current =>
                current
                  ? {
                      timesheet: {
                        ...current.timesheet,
                        entries: [...current.timesheet.entries, created],
                      },
                    }
                  : current,
              );
            },
          });
          return await refused(data?.timeEntryCreate.errors ?? []);
        }
        if (minutes === entry.minutes) return null;
        if (minutes === 0) {
          const { data } = await client.mutate({
            mutation: timeEntryDeleteMutation,
            variables: { id: entry.id },
            update(cache, { data: result }) {
              if (!result?.timeEntryDelete.deletedId) return;
              cache.updateQuery({ query: timesheetQuery, variables }, current =>
                current
                  ? {
                      timesheet: {
                        ...current.timesheet,
                        entries: current.timesheet.entries.filter(e => e.id !== entry.id),
                      },
                    }
                  : current,
              );
              cache.evict({ id: cache.identify(entry) });
            },
          });
          return await refused(data?.timeEntryDelete.errors ?? []);
        }
        // The entry is normalised by id: the grid picks up the new minutes from the cache.
        const { data } = await client.mutate({
          mutation: timeEntryUpdateMutation,
          variables: { input: { id: entry.id, minutes } },
        });
        return await refused(data?.timeEntryUpdate.errors ?? []);
      } catch (error) {
        return describeProblem(error).message;
      }
    },
    [client, week],
  );

  const save = useCallback<SaveCell>(
    (row, date, minutes) => {
      const key = cellKey(row, date);
      const previous = queues.current.get(key) ?? Promise.resolve(null);
      const next = previous.then(() => saveNow(row, date, minutes));
      queues.current.set(key, next);
      return next;
    },
    [saveNow],
  );

  const settled = useCallback(async () => {
    await Promise.all(queues.current.values());
  }, []);

  return { save, settled };
}
