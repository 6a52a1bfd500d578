import { useMutation } from '@apollo/client/react';
import type { ImportInput, ImportPayloadFieldsFragment } from '../../gql/graphql';
import { importApplyMutation } from './operations';

/** Applies everything or nothing; lists elsewhere show the new records when next opened. */
export function useImportApply() {
  const [mutate, { loading }] = useMutation(importApplyMutation, {
    update: cache => {
      // Customers, projects, people and time entries may all have changed.
      cache.evict({ id: 'ROOT_QUERY' });
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
