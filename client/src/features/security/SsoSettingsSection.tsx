import { useQuery } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { SsoSettingsFieldsFragment } from '../../gql/graphql';
import { useCan } from '../auth/viewer-context';
import { ssoModeLabel, ssoSettingsQuery } from './sso-settings';
import { SsoCallbackUrl } from './SsoCallbackUrl';
import { SsoSettingsForm } from './SsoSettingsForm';

function SsoSettingsSummary({ settings }: { settings: SsoSettingsFieldsFragment }) {
  return (
    <dl className="summary-list">
      <div>
        <dt>Single sign-on</dt>
        <dd>{ssoModeLabel(settings.ssoMode)}</dd>
      </div>
      <div>
        <dt>Issuer</dt>
        <dd>{settings.ssoIssuer ?? 'Not set'}</dd>
      </div>
      <div>
        <dt>Client ID</dt>
        <dd>{settings.ssoClientId ?? 'Not set'}</dd>
      </div>
      <div>
        <dt>Client secret</dt>
        <dd>{settings.ssoClientSecretSet ? 'Stored (never shown)' : 'Not set'}</dd>
      </div>
      <div>
        <dt>People not yet in Horae</dt>
        <dd>{settings.ssoAutoCreate ? 'Created in Employees' : 'Refused'}</dd>
      </div>
    </dl>
  );
}

/**
 * Single sign-on through the organisation's OpenID Connect provider (Microsoft Entra ID or any
 * other): its own query, a form with `site.update`, a summary with only read.
 */
export function SsoSettingsSection() {
  const canUpdate = useCan('site.update');
  const { data, error, refetch } = useQuery(ssoSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const settings = data?.siteSettings;

  return (
    <section className="card" aria-labelledby="sso-settings-title">
      <h2 id="sso-settings-title">Single sign-on</h2>
      <p className="section-note">
        People sign in with their organisation’s account through an OpenID Connect identity
        provider, such as Microsoft Entra ID. Horae finds them by their verified email address.
      </p>
      {!settings ? (
        error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : (
          <LoadingState label="Loading the single sign-on settings…" />
        )
      ) : canUpdate ? (
        <SsoSettingsForm settings={settings} />
      ) : (
        <>
          <SsoSettingsSummary settings={settings} />
          <SsoCallbackUrl url={settings.ssoCallbackUrl} />
        </>
      )}
    </section>
  );
}
