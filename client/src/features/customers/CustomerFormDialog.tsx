import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, splitErrors, type FormErrors } from '../../components/form-errors';
import { TextAreaField } from '../../components/TextAreaField';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { CustomerFieldsFragment } from '../../gql/graphql';
import { customerCreateMutation, customerUpdateMutation } from './operations';

const FIELDS = ['name', 'number', 'currency', 'vatNumber', 'contact'] as const;
type CustomerField = (typeof FIELDS)[number];

type CustomerFormDialogProps = {
  /** The customer to change; a new one when absent. */
  customer?: CustomerFieldsFragment;
  onClose: () => void;
  onSaved: (customer: CustomerFieldsFragment) => void;
};

/** Adds a customer or changes one; the server's messages appear next to the fields. */
export function CustomerFormDialog({ customer, onClose, onSaved }: CustomerFormDialogProps) {
  const [name, setName] = useState(customer?.name ?? '');
  const [number, setNumber] = useState(customer?.number ?? '');
  const [currency, setCurrency] = useState(customer?.currency ?? 'EUR');
  const [vatNumber, setVatNumber] = useState(customer?.vatNumber ?? '');
  const [contact, setContact] = useState(customer?.contact ?? '');
  const [errors, setErrors] = useState<FormErrors<CustomerField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const refetchQueries = ['Customers', 'CustomerOptions'];
  const [create, creating] = useMutation(customerCreateMutation, { refetchQueries });
  const [update, updating] = useMutation(customerUpdateMutation, { refetchQueries });
  const saving = creating.loading || updating.loading;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const fields = { name, number, currency, vatNumber, contact };
    try {
      const payload = customer
        ? (await update({ variables: { input: { id: customer.id, ...fields } } })).data
            ?.customerUpdate
        : (await create({ variables: { input: fields } })).data?.customerCreate;
      if (payload?.customer && !payload.errors.length) {
        onSaved(payload.customer);
        return;
      }
      setErrors(
        splitErrors(
          payload?.errors ?? [{ code: 'UNKNOWN', message: 'Saving did not work.' }],
          FIELDS,
        ),
      );
    } catch (error) {
      setErrors({ fields: {}, general: [describeProblem(error).message] });
    }
  }

  return (
    <Dialog title={customer ? `Edit ${customer.name}` : 'New customer'} onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <Field
          id="customer-name"
          label="Name"
          value={name}
          onChange={setName}
          error={errors.fields.name}
          required
          maxLength={200}
          autoComplete="off"
        />
        <div className="form__row">
          <Field
            id="customer-number"
            label="Customer number (optional)"
            hint="The number in your books, e.g. C-1001."
            value={number}
            onChange={setNumber}
            error={errors.fields.number}
            maxLength={50}
            autoComplete="off"
          />
          <Field
            id="customer-currency"
            label="Currency"
            hint="ISO code such as EUR, GBP or USD."
            value={currency}
            onChange={value => {
              setCurrency(value.toUpperCase());
            }}
            error={errors.fields.currency}
            required
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <Field
          id="customer-vat"
          label="VAT number (optional)"
          value={vatNumber}
          onChange={setVatNumber}
          error={errors.fields.vatNumber}
          maxLength={50}
          autoComplete="off"
          spellCheck={false}
        />
        <TextAreaField
          id="customer-contact"
          label="Contact and address (optional)"
          hint="Printed on invoices under the customer's name."
          value={contact}
          onChange={setContact}
          error={errors.fields.contact}
          maxLength={2000}
          rows={4}
        />
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : customer ? 'Save changes' : 'Add customer'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
