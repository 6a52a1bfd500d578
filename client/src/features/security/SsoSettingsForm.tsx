import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { CheckboxField } from '../../components/CheckboxField';
import { Field } from '../../components/Field';
import { describedBy, FieldError } from '../../components/FieldError';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, type FormErrors } from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { SsoMode, SsoSettingsFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../auth/viewer-context';
import { SSO_MODES } from './sso-settings';
import { SsoCallbackUrl } from './SsoCallbackUrl';
import { useSsoSettingsUpdate, type SsoField } from './useSsoSettingsUpdate';

/** Mode, provider, client and secret (write-only), saved together. */
export function SsoSettingsForm({ settings }: { settings: SsoSettingsFieldsFragment }) {
  const { mfaEnabled } = useViewer();
  const [mode, setMode] = useState<SsoMode>(settings.ssoMode);
  const [issuer, setIssuer] = useState(settings.ssoIssuer ?? '');
  const [clientId, setClientId] = useState(settings.ssoClientId ?? '');
  const [secret, setSecret] = useState('');
  const [replacingSecret, setReplacingSecret] = useState(false);
  const [autoCreate, setAutoCreate] = useState(settings.ssoAutoCreate);
  const [errors, setErrors] = useState<FormErrors<SsoField>>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const formRef = useFocusFirstError(errors);
  const { save, saving } = useSsoSettingsUpdate();
  const askSecret = !settings.ssoClientSecretSet || replacingSecret;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const outcome = await save({
      ssoMode: mode,
      ssoIssuer: issuer,
      ssoClientId: clientId,
      ssoAutoCreate: autoCreate,
      // Left empty, the stored secret stays as it is.
      ...(secret.trim() ? { ssoClientSecret: secret } : {}),
    });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    setErrors(NO_ERRORS);
    setSecret('');
    setReplacingSecret(false);
    setSaved(true);
  }

  return (
    <form
      className="form settings-form"
      ref={formRef}
      noValidate
      onSubmit={event => void handleSubmit(event)}
    >
      <FormAlert messages={errors.general} />
      <fieldset
        className="fieldset settings-group"
        aria-describedby={describedBy('ssoMode', undefined, errors.fields.ssoMode)}
      >
        <legend className="settings-group__title">How people sign in</legend>
        <ul className="choice-list">
          {SSO_MODES.map(option => (
            <li key={option.value}>
              <input
                type="radio"
                id={`ssoMode-${option.value}`}
                name="ssoMode"
                value={option.value}
                checked={mode === option.value}
                onChange={() => {
                  setMode(option.value);
                }}
                aria-describedby={`ssoMode-hint-${option.value}`}
              />
              <span>
                <label htmlFor={`ssoMode-${option.value}`}>{option.label}</label>
                <span className="field__hint choice-list__hint" id={`ssoMode-hint-${option.value}`}>
                  {option.hint}
                </span>
              </span>
            </li>
          ))}
        </ul>
        <FieldError id="ssoMode" error={errors.fields.ssoMode} />
        {mode === 'REQUIRED' && !mfaEnabled ? (
          <p className="alert alert--warning settings-group__alert">
            Two-step sign-in is off for your own account, so you would have no emergency access if
            the identity provider fails. <Link to="/account">Turn it on under Account</Link>.
          </p>
        ) : null}
      </fieldset>

      <fieldset className="fieldset settings-group">
        <legend className="settings-group__title">Identity provider</legend>
        <SsoCallbackUrl url={settings.ssoCallbackUrl} />
        <Field
          id="ssoIssuer"
          label="Issuer URL"
          hint="Microsoft Entra ID: https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0. Horae reads its configuration when you save."
          type="url"
          autoComplete="off"
          spellCheck={false}
          value={issuer}
          onChange={setIssuer}
          error={errors.fields.ssoIssuer}
        />
        <Field
          id="ssoClientId"
          label="Client ID"
          hint="Microsoft Entra ID: the Application (client) ID of the app registration."
          autoComplete="off"
          spellCheck={false}
          value={clientId}
          onChange={setClientId}
          error={errors.fields.ssoClientId}
        />
        {askSecret ? (
          <Field
            id="ssoClientSecret"
            label={settings.ssoClientSecretSet ? 'New client secret' : 'Client secret'}
            hint="Stored encrypted. Horae never shows it again."
            type="password"
            autoComplete="new-password"
            value={secret}
            onChange={setSecret}
            error={errors.fields.ssoClientSecret}
          />
        ) : (
          <p className="field">
            <span className="field__label">Client secret</span>
            <span>
              A secret is stored (it is never shown).{' '}
              <button
                className="button button--small"
                type="button"
                onClick={() => {
                  setReplacingSecret(true);
                }}
              >
                Replace the secret
              </button>
            </span>
          </p>
        )}
        <CheckboxField
          id="ssoAutoCreate"
          label="Create people who are not in Horae yet, in Employees, when they first sign in"
          checked={autoCreate}
          onChange={setAutoCreate}
        />
      </fieldset>

      {saved ? (
        <p className="alert alert--success" role="status">
          Single sign-on settings saved.
        </p>
      ) : null}
      <div>
        <button className="button button--primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save single sign-on'}
        </button>
      </div>
    </form>
  );
}
