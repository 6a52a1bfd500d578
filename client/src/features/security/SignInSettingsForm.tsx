import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Field } from '../../components/Field';
import { FieldError, describedBy } from '../../components/FieldError';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, hasErrors, type FormErrors } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { MfaRequirement, SiteSettingsFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../auth/viewer-context';
import {
  MFA_REQUIREMENTS,
  PASSWORD_SCORES,
  SETTING_RANGES,
  parseWhole,
  rangeHint,
} from './settings-labels';
import { useSiteSettingsUpdate } from './useSiteSettingsUpdate';

const FIELDS = [
  'minPasswordScore',
  'mfaRequired',
  'sessionIdleMinutes',
  'sessionAbsoluteHours',
] as const;
type SignInField = (typeof FIELDS)[number];

/** Password strength, two-step sign-in and session lifetimes, saved together. */
export function SignInSettingsForm({ settings }: { settings: SiteSettingsFieldsFragment }) {
  const { mfaEnabled } = useViewer();
  const [score, setScore] = useState(String(settings.minPasswordScore));
  const [mfa, setMfa] = useState<MfaRequirement>(settings.mfaRequired);
  const [idle, setIdle] = useState(String(settings.sessionIdleMinutes));
  const [absolute, setAbsolute] = useState(String(settings.sessionAbsoluteHours));
  const [errors, setErrors] = useState<FormErrors<SignInField>>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const formRef = useFocusFirstError(errors);
  const { save, saving } = useSiteSettingsUpdate(FIELDS);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const sessionIdleMinutes = parseWhole(idle);
    const sessionAbsoluteHours = parseWhole(absolute);
    const local: FormErrors<SignInField> = { fields: {}, general: [] };
    if (sessionIdleMinutes === null) local.fields.sessionIdleMinutes = 'Enter a whole number.';
    if (sessionAbsoluteHours === null) local.fields.sessionAbsoluteHours = 'Enter a whole number.';
    setErrors(local);
    if (hasErrors(local)) return;
    const outcome = await save({
      minPasswordScore: Number(score),
      mfaRequired: mfa,
      sessionIdleMinutes,
      sessionAbsoluteHours,
    });
    if (outcome.ok) setSaved(true);
    else setErrors(outcome.errors);
  }

  const mfaHintId = 'mfa-required-hint';
  return (
    <section className="card" aria-labelledby="sign-in-settings-title">
      <h2 id="sign-in-settings-title">Sign-in security</h2>
      <form
        className="form settings-form"
        ref={formRef}
        noValidate
        onSubmit={event => void handleSubmit(event)}
      >
        <FormAlert messages={errors.general} />
        <fieldset className="fieldset settings-group">
          <legend className="settings-group__title">Passwords</legend>
          <SelectField
            id="minPasswordScore"
            label="Minimum strength of new passwords"
            hint="Measured by zxcvbn from 0 to 4; sites choose 3 or 4. Existing passwords keep working."
            value={score}
            onChange={setScore}
            error={errors.fields.minPasswordScore}
          >
            {PASSWORD_SCORES.map(option => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset
          className="fieldset settings-group"
          aria-describedby={describedBy('mfaRequired', undefined, errors.fields.mfaRequired)}
        >
          <legend className="settings-group__title">Two-step sign-in required for</legend>
          <ul className="choice-list">
            {MFA_REQUIREMENTS.map(option => (
              <li key={option.value}>
                <input
                  type="radio"
                  id={`mfaRequired-${option.value}`}
                  name="mfaRequired"
                  value={option.value}
                  checked={mfa === option.value}
                  onChange={() => {
                    setMfa(option.value);
                  }}
                  aria-describedby={`${mfaHintId}-${option.value}`}
                />
                <span>
                  <label htmlFor={`mfaRequired-${option.value}`}>{option.label}</label>
                  <span
                    className="field__hint choice-list__hint"
                    id={`${mfaHintId}-${option.value}`}
                  >
                    {option.hint}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <FieldError id="mfaRequired" error={errors.fields.mfaRequired} />
          {mfa !== 'NONE' && !mfaEnabled ? (
            <p className="alert alert--warning settings-group__alert">
              Two-step sign-in is off for your own account. If this requirement applies to you,
              Horae will refuse everything but your account page until you{' '}
              <Link to="/account">turn it on under Account</Link>.
            </p>
          ) : null}
        </fieldset>

        <fieldset className="fieldset settings-group">
          <legend className="settings-group__title">Sessions</legend>
          <div className="form__row">
            <Field
              id="sessionIdleMinutes"
              label="Sign out after inactivity (minutes)"
              hint={rangeHint(SETTING_RANGES.sessionIdleMinutes, 'minutes')}
              type="number"
              inputMode="numeric"
              min={SETTING_RANGES.sessionIdleMinutes[0]}
              max={SETTING_RANGES.sessionIdleMinutes[1]}
              value={idle}
              onChange={setIdle}
              error={errors.fields.sessionIdleMinutes}
            />
            <Field
              id="sessionAbsoluteHours"
              label="Sign out in any case after (hours)"
              hint={rangeHint(SETTING_RANGES.sessionAbsoluteHours, 'hours')}
              type="number"
              inputMode="numeric"
              min={SETTING_RANGES.sessionAbsoluteHours[0]}
              max={SETTING_RANGES.sessionAbsoluteHours[1]}
              value={absolute}
              onChange={setAbsolute}
              error={errors.fields.sessionAbsoluteHours}
            />
          </div>
          <p className="field__hint">
            The inactivity limit applies to every session at once; the overall limit to sessions
            that start after saving.
          </p>
        </fieldset>

        {saved ? (
          <p className="alert alert--success" role="status">
            Sign-in security settings saved.
          </p>
        ) : null}
        <div>
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save sign-in security'}
          </button>
        </div>
      </form>
    </section>
  );
}
