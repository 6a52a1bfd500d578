import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import type { ExposureSubjectKind } from '../../gql/graphql';
import { fieldExposureSetMutation } from './operations';

export type ExposureChange = {
  subjectKind: ExposureSubjectKind;
  subjectId: string;
  field: string;
  exposed: boolean;
};

/** A cell being saved (showing the value asked for) or one whose change failed. */
export type CellState = { saving: true; exposed: boolean } | { saving: false; failed: string };

export const cellKey = (subjectId: string, field: string) => `${subjectId}|${field}`;

/**
 * Exposes or hides one field for one group or service at once, keeping per cell whether it is
 * saving or failed. The saved subject comes back through the cache, which redraws its column.
 */
export function useFieldExposureSet() {
  const [mutate] = useMutation(fieldExposureSetMutation);
  const [cells, setCells] = useState<ReadonlyMap<string, CellState>>(new Map());

  function setCell(key: string, state: CellState | null) {
    setCells(current => {
      const next = new Map(current);
      if (state) next.set(key, state);
      else next.delete(key);
      return next;
    });
  }

  /** Resolves to null when saved, or to why not in words for people. */
  async function setExposure(change: ExposureChange): Promise<string | null> {
    const key = cellKey(change.subjectId, change.field);
    setCell(key, { saving: true, exposed: change.exposed });
    let failed: string | null;
    try {
      const { data } = await mutate({ variables: { input: change } });
      const payload = data?.fieldExposureSet;
      failed = payload?.errors[0]?.message ?? (payload?.subject ? null : 'Saving did not work.');
    } catch (error) {
      failed = describeProblem(error).message;
    }
    setCell(key, failed ? { saving: false, failed } : null);
    return failed;
  }

  return { cells, setExposure };
}
