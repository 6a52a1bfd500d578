import { useQuery } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { siteSettingsQuery } from './operations';
import { GeneralSettingsSummary, SignInSettingsSummary } from './SettingsSummary';
import { SignInSettingsForm } from './SignInSettingsForm';
import { SsoSettingsSection } from './SsoSettingsSection';

/** The site's security and time settings: a form with `site.update`, a summary with only read. */
export function SecuritySettingsPage() {
  const canUpdate = useCan('site.update');
  const { data, error, refetch } = useQuery(siteSettingsQuery, {
    // Another administrator may have changed them: always ask the server again.
    fetchPolicy: 'cache-and-network',
  });
  const settings = data?.siteSettings;

  return (
    <>
      <PageHeader
        title="Security settings"
        description="How people sign in to this site and how long they stay signed in."
      />
      {!settings ? (
        <section className="card" aria-label="Settings">
          {error ? (
            <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
          ) : (
            <LoadingState label="Loading the settings…" />
          )}
        </section>
      ) : (
        <div className="stack">
          {canUpdate ? null : (
            <p className="alert alert--info settings-notice">
              You can see these settings. Changing them needs the permission to change security
              settings; ask an administrator of your site.
            </p>
          )}
          {canUpdate ? (
            <SignInSettingsForm settings={settings} />
          ) : (
            <SignInSettingsSummary settings={settings} />
          )}
          <SsoSettingsSection />
          {canUpdate ? (
            <GeneralSettingsForm settings={settings} />
          ) : (
            <GeneralSettingsSummary settings={settings} />
          )}
        </div>
      )}
    </>
  );
}
