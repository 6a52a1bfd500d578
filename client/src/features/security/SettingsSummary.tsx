import { formatMoney } from '../../components/money';
import type { SiteSettingsFieldsFragment } from '../../gql/graphql';
import { mfaRequirementLabel, passwordScoreLabel, plural } from './settings-labels';

type SummaryProps = { settings: SiteSettingsFieldsFragment };

/** The sign-in settings for viewers who may see but not change them. */
export function SignInSettingsSummary({ settings }: SummaryProps) {
  return (
    <section className="card" aria-labelledby="sign-in-settings-title">
      <h2 id="sign-in-settings-title">Sign-in security</h2>
      <dl className="summary-list">
        <div>
          <dt>Minimum password strength</dt>
          <dd>{passwordScoreLabel(settings.minPasswordScore)}</dd>
        </div>
        <div>
          <dt>Two-step sign-in</dt>
          <dd>{mfaRequirementLabel(settings.mfaRequired)}</dd>
        </div>
        <div>
          <dt>Sign out after inactivity</dt>
          <dd>{plural(settings.sessionIdleMinutes, 'minute')}</dd>
        </div>
        <div>
          <dt>Sign out in any case after</dt>
          <dd>{plural(settings.sessionAbsoluteHours, 'hour')}</dd>
        </div>
      </dl>
    </section>
  );
}

export function GeneralSettingsSummary({ settings }: SummaryProps) {
  return (
    <section className="card" aria-labelledby="general-settings-title">
      <h2 id="general-settings-title">Time and rates</h2>
      <dl className="summary-list">
        <div>
          <dt>Time zone</dt>
          <dd>{settings.timeZone}</dd>
        </div>
        <div>
          <dt>Timers round up to</dt>
          <dd>{plural(settings.roundingMinutes, 'minute')}</dd>
        </div>
        <div>
          <dt>Default hourly rate</dt>
          <dd>{formatMoney(settings.defaultHourlyRate, settings.currency)}</dd>
        </div>
      </dl>
    </section>
  );
}
