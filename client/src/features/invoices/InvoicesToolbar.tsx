import type { InvoiceStatus } from '../../gql/graphql';
import type { CustomerOption } from '../customers/useCustomerOptions';
import { STATUS_LABELS } from './invoice-labels';

type InvoicesToolbarProps = {
  status: InvoiceStatus | '';
  onStatusChange: (status: InvoiceStatus | '') => void;
  /** Absent when the viewer may not see customers. */
  customers: readonly CustomerOption[] | undefined;
  customerId: string;
  onCustomerChange: (id: string) => void;
};

const STATUSES = Object.keys(STATUS_LABELS) as InvoiceStatus[];

export function InvoicesToolbar({
  status,
  onStatusChange,
  customers,
  customerId,
  onCustomerChange,
}: InvoicesToolbarProps) {
  return (
    <form
      className="toolbar"
      aria-label="Filter invoices"
      onSubmit={event => {
        event.preventDefault();
      }}
    >
      <label className="field__label" htmlFor="invoice-status">
        Status
      </label>
      <select
        className="field__input toolbar__select"
        id="invoice-status"
        value={status}
        onChange={event => {
          onStatusChange(STATUSES.find(s => s === event.target.value) ?? '');
        }}
      >
        <option value="">All statuses</option>
        {STATUSES.map(s => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {customers ? (
        <>
          <label className="field__label" htmlFor="invoice-customer">
            Customer
          </label>
          <select
            className="field__input toolbar__select"
            id="invoice-customer"
            value={customerId}
            onChange={event => {
              onCustomerChange(event.target.value);
            }}
          >
            <option value="">All customers</option>
            {customers.map(customer => (
              <option key={customer.id} value={customer.id}>
                {customer.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </form>
  );
}
