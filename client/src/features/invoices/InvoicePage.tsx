import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { formatPeriod } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { InvoiceActions } from './InvoiceActions';
import { invoicePath, invoiceTitle } from './invoice-labels';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { InvoiceSummary } from './InvoiceSummary';
import { invoiceQuery } from './operations';

const STATUS_NOTES = {
  DRAFT:
    'This is a draft: it holds its time so no other draft can take it. Issue it to give it a number, or void it to release the time.',
  ISSUED: 'Issued: its time is invoiced. If it was wrong, void it and draft a new one.',
  VOID: 'Void: its time was released and can be invoiced again.',
} as const;

function wasCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state;
}

/** One invoice: its lines and totals, and what may be done with it. */
export function InvoicePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() =>
    wasCreated(location.state) ? 'Made the draft. Check the lines, then issue it.' : null,
  );
  const { data, error, refetch } = useQuery(invoiceQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const invoice = data?.invoice;

  if (error || !data || !invoice) {
    return (
      <>
        <PageHeader title="Invoice" />
        <p className="back-link">
          <Link to="/invoices">All invoices</Link>
        </p>
        <section className="card">
          {error ? (
            <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
          ) : !data ? (
            <LoadingState label="Loading the invoice…" />
          ) : (
            <EmptyState title="There is no such invoice.">
              <p>
                The link may be wrong. <Link to="/invoices">See all invoices</Link>.
              </p>
            </EmptyState>
          )}
        </section>
      </>
    );
  }

  const title = invoiceTitle(invoice);
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            <strong>{invoice.customer.name}</strong> ·{' '}
            {formatPeriod(invoice.periodFrom, invoice.periodTo)}
          </>
        }
        actions={
          <>
            <Link className="button" to={`${invoicePath(invoice.id)}/print`}>
              Printable view
            </Link>
            <InvoiceActions invoice={invoice} onDone={setNotice} />
          </>
        }
      />
      <p className="back-link">
        <Link to="/invoices">All invoices</Link>
      </p>
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <div className="stack">
        <section className="card" aria-labelledby="invoice-details-title">
          <h2 id="invoice-details-title">Details</h2>
          <p className={invoice.status === 'VOID' ? 'alert alert--warning' : 'muted'}>
            {STATUS_NOTES[invoice.status]}
          </p>
          <InvoiceSummary invoice={invoice} />
        </section>
        <section className="card" aria-labelledby="invoice-lines-title">
          <h2 id="invoice-lines-title">Lines</h2>
          {invoice.lines.length ? (
            <InvoiceLinesTable invoice={invoice} caption={`Lines of ${title}`} />
          ) : (
            <EmptyState title="This invoice has no lines." />
          )}
        </section>
      </div>
    </>
  );
}
