import { formatMinutes } from '@horae/shared/time';
import { formatDayOf, formatPeriod } from '../../components/dates';
import { formatMoney } from '../../components/money';
import type { InvoiceFieldsFragment } from '../../gql/graphql';
import { invoiceTitle } from './invoice-labels';
import { InvoiceLinesTable } from './InvoiceLinesTable';

type InvoiceDocumentProps = { invoice: InvoiceFieldsFragment; issuer: string };

/** The invoice as it goes on paper: who bills whom, for what period, line by line. */
export function InvoiceDocument({ invoice, issuer }: InvoiceDocumentProps) {
  const title = invoiceTitle(invoice);
  return (
    <article className="invoice-doc" aria-labelledby="invoice-doc-title">
      {invoice.status !== 'ISSUED' ? (
        <p className="invoice-doc__stamp">
          {invoice.status === 'DRAFT' ? 'Draft — not an invoice yet' : 'Void — not payable'}
        </p>
      ) : null}
      <header className="invoice-doc__header">
        <div>
          <p className="invoice-doc__issuer">{issuer}</p>
          <h1 className="invoice-doc__title" id="invoice-doc-title" tabIndex={-1}>
            {title}
          </h1>
        </div>
        <dl className="invoice-doc__meta">
          <div>
            <dt>Invoice number</dt>
            <dd>{invoice.number ?? '—'}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{invoice.issuedAt ? formatDayOf(invoice.issuedAt) : '—'}</dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>{formatPeriod(invoice.periodFrom, invoice.periodTo)}</dd>
          </div>
        </dl>
      </header>
      <section className="invoice-doc__customer" aria-label="Bill to">
        <h2 className="invoice-doc__label">Bill to</h2>
        <p className="invoice-doc__customer-name">{invoice.customer.name}</p>
        {invoice.customer.contact ? (
          <p className="invoice-doc__contact">{invoice.customer.contact}</p>
        ) : null}
        {invoice.customer.number ? <p>Customer number {invoice.customer.number}</p> : null}
        {invoice.customer.vatNumber ? <p>VAT number {invoice.customer.vatNumber}</p> : null}
      </section>
      <InvoiceLinesTable invoice={invoice} caption={`Lines of ${title}`} />
      <dl className="invoice-doc__totals">
        <div>
          <dt>Total hours</dt>
          <dd>{formatMinutes(invoice.totalMinutes)}</dd>
        </div>
        <div className="invoice-doc__grand-total">
          <dt>Total ({invoice.currency})</dt>
          <dd>{formatMoney(invoice.totalAmount, invoice.currency)}</dd>
        </div>
      </dl>
    </article>
  );
}
