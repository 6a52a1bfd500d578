import { graphql } from '../../gql';
import type { SsoMode } from '../../gql/graphql';

export const ssoSettingsFieldsFragment = graphql(`
  fragment SsoSettingsFields on SiteSettings {
    ssoMode
    ssoIssuer
    ssoClientId
    ssoClientSecretSet
    ssoAutoCreate
    ssoCallbackUrl
  }
`);

export const ssoSettingsQuery = graphql(`
  query SsoSettings {
    siteSettings {
      ...SsoSettingsFields
    }
  }
`);

export const ssoSettingsUpdateMutation = graphql(`
  mutation SsoSettingsUpdate($input: SiteSettingsInput!) {
    siteSettingsUpdate(input: $input) {
      settings {
        ...SsoSettingsFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const SSO_MODES: readonly { value: SsoMode; label: string; hint: string }[] = [
  { value: 'OFF', label: 'Off', hint: 'Everyone signs in with email and password.' },
  {
    value: 'OPTIONAL',
    label: 'Password or single sign-on',
    hint: 'The sign-in page offers “Sign in with single sign-on” next to the password.',
  },
  {
    value: 'REQUIRED',
    label: 'Single sign-on required',
    hint:
      'Password sign-in is refused, except for administrators with two-step sign-in: their ' +
      'emergency access when the identity provider fails.',
  },
];

export function ssoModeLabel(mode: SsoMode): string {
  return SSO_MODES.find(m => m.value === mode)?.label ?? mode;
}
