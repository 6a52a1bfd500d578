import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ImportInput, ImportPayloadFieldsFragment } from '../../gql/graphql';
import { importPreviewQuery } from './operations';

/** The dry run: always asked anew (the site may have changed since the last one). */
export function useImportPreview() {
  const client = useApolloClient();
  return useCallback(
    async (input: ImportInput): Promise<ImportPayloadFieldsFragment> => {
      const { data, error } = await client.query({
        query: importPreviewQuery,
        variables: { input },
        fetchPolicy: 'no-cache',
      });
      if (error) throw error as Error;
      if (!data) throw new Error('The dry run returned nothing.');
      return data.importPreview;
    },
    [client],
  );
}
