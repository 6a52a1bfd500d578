import { useMutation } from '@apollo/client/react';
import type { ImportInput, ImportPayloadFieldsFragment } from '../../gql/graphql';
import { importApplyMutation } from './operations';

const IMPORTED_LISTS = [
  'customers',
  'customer',
  'projects',
  'project',
  'tasks',
  'users',
  'user',
  'timeEntries',
  'timesheet',
  'timesheets',
  'report',
];

/** Applies everything or nothing; lists elsewhere show the new records when next opened. */
export function useImportApply() {
  const [mutate, { loading }] = useMutation(importApplyMutation, {
    update: cache => {
      // What an import may have created or changed is asked anew when next shown.
      for (const fieldName of IMPORTED_LISTS) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
  async function apply(input: ImportInput): Promise<ImportPayloadFieldsFragment> {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The import returned nothing.');
    return data.importApply;
  }
  return { apply, applying: loading };
}
