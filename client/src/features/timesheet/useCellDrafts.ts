import { parseDuration } from '@horae/shared/time';
import { useCallback, useMemo, useRef, useState } from 'react';
import { cellKey, type RowSpec } from './grid-model';
import { useSaveCell } from './useSaveCell';

/** What someone typed in a cell and has not been saved (yet, or because it was refused). */
export type CellDraft = { text: string; error: string | null; saving: boolean };

type Drafts = Readonly<Record<string, CellDraft>>;

export type CellEditing = {
  draftOf: (row: RowSpec, date: string) => CellDraft | undefined;
  edit: (row: RowSpec, date: string, text: string) => void;
  /** Parses and saves the draft; `saved` is what the cell holds on the server now. */
  commit: (row: RowSpec, date: string, saved: number) => void;
  revert: (row: RowSpec, date: string) => void;
  /** Once every save under way has finished: how many cells of these days still have a problem. */
  problemsAfterSaving: (days: readonly string[]) => Promise<number>;
  /**
   * Cells, in any week, holding text that will not be saved as it is: not a duration, or refused
   * by the server. (Saves under way finish even if the page is left.)
   */
  problems: number;
};

function without(drafts: Drafts, key: string): Drafts {
  if (!(key in drafts)) return drafts;
  const rest = { ...drafts };
  delete rest[key];
  return rest;
}

/**
 * Drafts are kept per cell (date and row), not per rendered input: paging to another week and
 * back, or rows being re-sorted, never loses what was typed.
 */
export function useCellDrafts(week: string): CellEditing {
  const [drafts, setDrafts] = useState<Drafts>({});
  // Event handlers and saves finishing read and change the drafts as they are now, not as they
  // were at the last render (Enter and the blur that follows it come in one go).
  const latest = useRef<Drafts>({});
  const { save, settled } = useSaveCell(week);

  const apply = useCallback((change: (drafts: Drafts) => Drafts) => {
    latest.current = change(latest.current);
    setDrafts(latest.current);
  }, []);

  const draftOf = useCallback((row: RowSpec, date: string) => drafts[cellKey(row, date)], [drafts]);

  const edit = useCallback(
    (row: RowSpec, date: string, text: string) => {
      apply(d => ({ ...d, [cellKey(row, date)]: { text, error: null, saving: false } }));
    },
    [apply],
  );

  const revert = useCallback(
    (row: RowSpec, date: string) => {
      apply(d => without(d, cellKey(row, date)));
    },
    [apply],
  );

  const commit = useCallback(
    (row: RowSpec, date: string, saved: number) => {
      const key = cellKey(row, date);
      const draft = latest.current[key];
      if (!draft || draft.saving) return;
      const parsed = parseDuration(draft.text);
      if (!parsed.ok) {
        apply(d => ({ ...d, [key]: { ...draft, error: parsed.message } }));
        return;
      }
      if (parsed.minutes === saved) {
        apply(d => without(d, key));
        return;
      }
      apply(d => ({ ...d, [key]: { text: draft.text, error: null, saving: true } }));
      void save(row, date, parsed.minutes).then(problem => {
        apply(d => {
          // Typed again while saving: keep the newer text, it is committed on its own.
          if (d[key]?.text !== draft.text || !d[key].saving) return d;
          return problem
            ? { ...d, [key]: { text: draft.text, error: problem, saving: false } }
            : without(d, key);
        });
      });
    },
    [apply, save],
  );

  const problemsAfterSaving = useCallback(
    async (days: readonly string[]) => {
      await settled();
      return Object.entries(latest.current).filter(
        ([key, draft]) => draft.error && days.some(day => key.startsWith(`${day}|`)),
      ).length;
    },
    [settled],
  );

  const problems = Object.values(drafts).filter(draft => draft.error).length;

  return useMemo(
    () => ({ draftOf, edit, commit, revert, problemsAfterSaving, problems }),
    [draftOf, edit, commit, revert, problemsAfterSaving, problems],
  );
}
