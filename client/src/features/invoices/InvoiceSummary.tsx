import { formatDateTime, formatPeriod } from '../../components/dates';
import type { InvoiceFieldsFragment } from '../../gql/graphql';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/** Status, customer, period and dates of an invoice. */
export function InvoiceSummary({ invoice }: { invoice: InvoiceFieldsFragment }) {
  return (
    <dl className="summary-list">
      <div>
        <dt>Status</dt>
        <dd>
          <InvoiceStatusBadge status={invoice.status} />
        </dd>
      </div>
      <div>
        <dt>Number</dt>
        <dd>
          {invoice.number != null ? (
            invoice.number
          ) : (
            <span className="muted">
              {invoice.status === 'VOID' ? 'None: voided as a draft' : 'Given when it is issued'}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>Customer</dt>
        <dd>
          {invoice.customer.name}
          {invoice.customer.number ? (
            <span className="muted"> ({invoice.customer.number})</span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Period</dt>
        <dd>{formatPeriod(invoice.periodFrom, invoice.periodTo)}</dd>
      </div>
      <div>
        <dt>{invoice.issuedAt ? 'Issued' : 'Drafted'}</dt>
        <dd>{formatDateTime(invoice.issuedAt ?? invoice.createdAt)}</dd>
      </div>
      {invoice.voidedAt ? (
        <div>
          <dt>Voided</dt>
          <dd>{formatDateTime(invoice.voidedAt)}</dd>
        </div>
      ) : null}
      <div>
        <dt>Currency</dt>
        <dd>{invoice.currency}</dd>
      </div>
    </dl>
  );
}
