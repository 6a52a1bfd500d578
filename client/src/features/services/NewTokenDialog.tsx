import { useState, type SubmitEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, type FormErrors } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { TokenSecret } from './TokenSecret';
import { useServiceTokenCreate, type IssuedToken, type TokenField } from './useServiceTokenCreate';

const EXPIRY_CHOICES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '365 days' },
  { value: 'never', label: 'Never' },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

function expiresAt(choice: string): string | null {
  const days = Number(choice);
  return Number.isInteger(days) ? new Date(Date.now() + days * DAY_MS).toISOString() : null;
}

type NewTokenDialogProps = { service: { id: string; name: string }; onClose: () => void };

/** Issues a token for a service, then shows its secret this one time. */
export function NewTokenDialog({ service, onClose }: NewTokenDialogProps) {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('90');
  const [errors, setErrors] = useState<FormErrors<TokenField>>(NO_ERRORS);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const formRef = useFocusFirstError(errors);
  const { issue, issuing } = useServiceTokenCreate();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const outcome = await issue({ serviceId: service.id, name, expiresAt: expiresAt(expiry) });
    if (outcome.ok) setIssued(outcome.value);
    else setErrors(outcome.errors);
  }

  if (issued) {
    return (
      <Dialog title={`Token for ${service.name}`} onClose={onClose} wide>
        <TokenSecret issued={issued} />
        <div className="dialog__actions">
          <button className="button button--primary" type="button" onClick={onClose}>
            Done, I have copied it
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="New token" onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <Field
          id="token-name"
          label="Name"
          hint='Where it is used, e.g. "Payroll export (production)".'
          value={name}
          onChange={setName}
          error={errors.fields.name}
          required
          maxLength={100}
          autoComplete="off"
        />
        <SelectField
          id="token-expiry"
          label="Expires after"
          hint="A token that never expires works until it is revoked."
          value={expiry}
          onChange={setExpiry}
          error={errors.fields.expiresAt}
        >
          {EXPIRY_CHOICES.map(choice => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={issuing}>
            {issuing ? 'Issuing…' : 'Issue token'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
