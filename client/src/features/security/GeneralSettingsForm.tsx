import { useState, type SubmitEvent } from 'react';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, hasErrors, type FormErrors } from '../../components/form-errors';
import { moneyInput, parseMoney } from '../../components/money';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { SiteSettingsFieldsFragment } from '../../gql/graphql';
import { SETTING_RANGES, parseWhole, rangeHint } from './settings-labels';
import { useSiteSettingsUpdate } from './useSiteSettingsUpdate';

const FIELDS = ['timeZone', 'roundingMinutes', 'defaultHourlyRate'] as const;
type GeneralField = (typeof FIELDS)[number];

/** The IANA zones this browser knows, offered while typing (the server has the last word). */
const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** The site's time zone, timer rounding and default rate. */
export function GeneralSettingsForm({ settings }: { settings: SiteSettingsFieldsFragment }) {
  const { currency } = settings;
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [rounding, setRounding] = useState(String(settings.roundingMinutes));
  const [rate, setRate] = useState(moneyInput(settings.defaultHourlyRate, currency));
  const [errors, setErrors] = useState<FormErrors<GeneralField>>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const formRef = useFocusFirstError(errors);
  const { save, saving } = useSiteSettingsUpdate(FIELDS);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const roundingMinutes = parseWhole(rounding);
    const parsedRate = parseMoney(rate, currency, 'The default rate');
    const local: FormErrors<GeneralField> = { fields: {}, general: [] };
    if (!timeZone.trim()) local.fields.timeZone = 'Enter a time zone such as Europe/Amsterdam.';
    if (roundingMinutes === null) local.fields.roundingMinutes = 'Enter a whole number.';
    if (!parsedRate.ok) local.fields.defaultHourlyRate = parsedRate.message;
    else if (parsedRate.value === null) local.fields.defaultHourlyRate = 'Enter a rate.';
    setErrors(local);
    if (hasErrors(local) || !parsedRate.ok) return;
    const outcome = await save({
      timeZone: timeZone.trim(),
      roundingMinutes,
      defaultHourlyRate: parsedRate.value,
    });
    if (outcome.ok) setSaved(true);
    else setErrors(outcome.errors);
  }

  return (
    <section className="card" aria-labelledby="general-settings-title">
      <h2 id="general-settings-title">Time and rates</h2>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <div className="form__row form__row--three">
          <Field
            id="timeZone"
            label="Time zone"
            hint="Where the site's days and weeks begin and end."
            list="time-zones"
            autoComplete="off"
            spellCheck={false}
            value={timeZone}
            onChange={setTimeZone}
            error={errors.fields.timeZone}
          />
          <Field
            id="roundingMinutes"
            label="Round timers up to (minutes)"
            hint={rangeHint(SETTING_RANGES.roundingMinutes, 'minutes')}
            type="number"
            inputMode="numeric"
            min={SETTING_RANGES.roundingMinutes[0]}
            max={SETTING_RANGES.roundingMinutes[1]}
            value={rounding}
            onChange={setRounding}
            error={errors.fields.roundingMinutes}
          />
          <Field
            id="defaultHourlyRate"
            label={`Default hourly rate (${currency})`}
            hint="Projects and tasks may set their own."
            inputMode="decimal"
            value={rate}
            onChange={setRate}
            error={errors.fields.defaultHourlyRate}
          />
        </div>
        <datalist id="time-zones">
          {TIME_ZONES.map(zone => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        {saved ? (
          <p className="alert alert--success" role="status">
            Time and rate settings saved.
          </p>
        ) : null}
        <div>
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save time and rates'}
          </button>
        </div>
      </form>
    </section>
  );
}
