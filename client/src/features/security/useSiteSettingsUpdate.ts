import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { splitErrors, type FormErrors } from '../../components/form-errors';
import type { SiteSettingsInput } from '../../gql/graphql';
import { siteSettingsQuery, siteSettingsUpdateMutation } from './operations';

export type SaveOutcome<F extends string> = { ok: true } | { ok: false; errors: FormErrors<F> };

/**
 * Saves some of the site's settings. The server answers with every setting; they replace the
 * cached `siteSettings` (which has no id, so Apollo cannot match them by itself).
 */
export function useSiteSettingsUpdate<F extends keyof SiteSettingsInput>(fields: readonly F[]) {
  const [update, { loading }] = useMutation(siteSettingsUpdateMutation, {
    update(cache, { data }) {
      const settings = data?.siteSettingsUpdate.settings;
      if (settings)
        cache.writeQuery({ query: siteSettingsQuery, data: { siteSettings: settings } });
    },
  });

  async function save(input: Pick<SiteSettingsInput, F>): Promise<SaveOutcome<F>> {
    try {
      const payload = (await update({ variables: { input } })).data?.siteSettingsUpdate;
      if (payload?.settings) return { ok: true };
      const errors = payload?.errors.length
        ? payload.errors
        : [{ code: 'UNKNOWN', message: 'Saving the settings did not work. Try again.' }];
      return { ok: false, errors: splitErrors(errors, fields) };
    } catch (error) {
      return { ok: false, errors: { fields: {}, general: [describeProblem(error).message] } };
    }
  }

  return { save, saving: loading };
}
