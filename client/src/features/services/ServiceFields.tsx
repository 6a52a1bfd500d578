import { Field } from '../../components/Field';
import type { FormErrors } from '../../components/form-errors';
import { TextAreaField } from '../../components/TextAreaField';
import type { ServiceDraft, ServiceField } from './service-form';

type ServiceFieldsProps = {
  /** Prefix of the inputs' ids: the dialog and the page's form may both be on the page. */
  idPrefix: string;
  draft: ServiceDraft;
  errors: FormErrors<ServiceField>;
  onChange: (draft: ServiceDraft) => void;
  disabled?: boolean;
};

/** Name, description, contact, allowed addresses and quota of a service. */
export function ServiceFields({ idPrefix, draft, errors, onChange, disabled }: ServiceFieldsProps) {
  const set = (key: keyof ServiceDraft) => (value: string) => {
    onChange({ ...draft, [key]: value });
  };
  return (
    <>
      <Field
        id={`${idPrefix}-name`}
        label="Name"
        hint="What the integration is, e.g. Payroll export."
        value={draft.name}
        onChange={set('name')}
        error={errors.fields.name}
        required
        maxLength={100}
        autoComplete="off"
        disabled={disabled}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label="Description (optional)"
        value={draft.description}
        onChange={set('description')}
        error={errors.fields.description}
        maxLength={1000}
        rows={2}
        disabled={disabled}
      />
      <Field
        id={`${idPrefix}-contact`}
        label="Contact (optional)"
        hint="Who to call about this integration, e.g. an email address."
        value={draft.contact}
        onChange={set('contact')}
        error={errors.fields.contact}
        maxLength={200}
        autoComplete="off"
        disabled={disabled}
      />
      <div className="form__row">
        <TextAreaField
          id={`${idPrefix}-ips`}
          label="Allowed IP addresses (optional)"
          hint="One address or CIDR range a line, e.g. 203.0.113.7 or 2001:db8::/48. Empty: anywhere."
          value={draft.allowedIps}
          onChange={set('allowedIps')}
          error={errors.fields.allowedIps}
          rows={3}
          spellCheck={false}
          disabled={disabled}
        />
        <Field
          id={`${idPrefix}-quota`}
          label="Quota (requests per minute)"
          hint="Past it, requests get RATE_LIMITED until the minute is over."
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          value={draft.requestsPerMinute}
          onChange={set('requestsPerMinute')}
          error={errors.fields.requestsPerMinute}
          required
          disabled={disabled}
        />
      </div>
    </>
  );
}
