import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../app/errors';
import { browserToday, previousMonth } from '../../components/dates';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, splitErrors, type FormErrors } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { useCustomerOptions } from '../customers/useCustomerOptions';
import { invoicePath } from './invoice-labels';
import { invoiceCreateDraftMutation } from './operations';

const FIELDS = ['customerId', 'from', 'to'] as const;
type DraftField = (typeof FIELDS)[number];

type NewDraftDialogProps = { initialCustomerId: string; onClose: () => void };

/** Drafts an invoice of a customer's approved, billable, uninvoiced time in a period. */
export function NewDraftDialog({ initialCustomerId, onClose }: NewDraftDialogProps) {
  const navigate = useNavigate();
  const { customers, truncated, error: customersError } = useCustomerOptions(true);
  const [customerId, setCustomerId] = useState(initialCustomerId);
  const [period, setPeriod] = useState(() => previousMonth(browserToday()));
  const [errors, setErrors] = useState<FormErrors<DraftField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const [createDraft, { loading }] = useMutation(invoiceCreateDraftMutation, {
    refetchQueries: ['Invoices'],
  });

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    if (!customerId) {
      setErrors({ fields: { customerId: 'Choose the customer to invoice.' }, general: [] });
      return;
    }
    try {
      const { data } = await createDraft({
        variables: { input: { customerId, from: period.from, to: period.to } },
      });
      const payload = data?.invoiceCreateDraft;
      if (payload?.invoice && !payload.errors.length) {
        await navigate(invoicePath(payload.invoice.id), { state: { created: true } });
        return;
      }
      setErrors(
        splitErrors(
          payload?.errors ?? [{ code: 'UNKNOWN', message: 'The draft could not be made.' }],
          FIELDS,
        ),
      );
    } catch (error) {
      setErrors({ fields: {}, general: [describeProblem(error).message] });
    }
  }

  return (
    <Dialog title="New draft invoice" onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <p className="muted">
          The draft bills the customer’s approved, billable time of the period that is not on
          another invoice yet. It holds that time until you issue or void it.
        </p>
        <FormAlert
          messages={[
            ...(customersError
              ? [`The customers could not be loaded: ${describeProblem(customersError).message}`]
              : []),
            ...errors.general,
          ]}
        />
        <SelectField
          id="draft-customer"
          label="Customer"
          value={customerId}
          onChange={setCustomerId}
          error={errors.fields.customerId}
          required
          {...(truncated ? { hint: 'Only the first 100 customers are listed.' } : {})}
        >
          <option value="">{customers ? 'Choose a customer…' : 'Loading customers…'}</option>
          {customers?.map(customer => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          ))}
        </SelectField>
        <div className="form__row">
          <Field
            id="draft-from"
            label="From"
            type="date"
            value={period.from}
            onChange={from => {
              setPeriod(p => ({ ...p, from }));
            }}
            error={errors.fields.from}
            required
          />
          <Field
            id="draft-to"
            label="To"
            type="date"
            value={period.to}
            onChange={to => {
              setPeriod(p => ({ ...p, to }));
            }}
            error={errors.fields.to}
            required
          />
        </div>
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={loading}>
            {loading ? 'Making the draft…' : 'Make draft'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
