import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { splitErrors, type FormErrors } from '../../components/form-errors';
import type { SiteSettingsInput } from '../../gql/graphql';
import { ssoSettingsQuery, ssoSettingsUpdateMutation } from './sso-settings';

export const SSO_FIELDS = ['ssoMode', 'ssoIssuer', 'ssoClientId', 'ssoClientSecret'] as const;
export type SsoField = (typeof SSO_FIELDS)[number];

type SsoInput = Pick<
  SiteSettingsInput,
  'ssoMode' | 'ssoIssuer' | 'ssoClientId' | 'ssoClientSecret' | 'ssoAutoCreate'
>;

/** Saves the single sign-on settings; the answer replaces them in the cache. */
export function useSsoSettingsUpdate() {
  const [update, { loading }] = useMutation(ssoSettingsUpdateMutation, {
    update(cache, { data }) {
      const settings = data?.siteSettingsUpdate.settings;
      if (settings) cache.writeQuery({ query: ssoSettingsQuery, data: { siteSettings: settings } });
    },
  });

  async function save(
    input: SsoInput,
  ): Promise<{ ok: true } | { ok: false; errors: FormErrors<SsoField> }> {
    try {
      const payload = (await update({ variables: { input } })).data?.siteSettingsUpdate;
      if (payload?.settings) return { ok: true };
      const errors = payload?.errors.length
        ? payload.errors
        : [{ code: 'UNKNOWN', message: 'Saving the settings did not work. Try again.' }];
      return { ok: false, errors: splitErrors(errors, SSO_FIELDS) };
    } catch (error) {
      return { ok: false, errors: { fields: {}, general: [describeProblem(error).message] } };
    }
  }

  return { save, saving: loading };
}
