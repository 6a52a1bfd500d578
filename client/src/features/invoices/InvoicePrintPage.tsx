import { skipToken, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { NoAccess } from '../../components/NoAccess';
import { useCan, useViewer } from '../auth/viewer-context';
import { invoicePath, invoiceTitle } from './invoice-labels';
import { InvoiceDocument } from './InvoiceDocument';
import { invoiceQuery } from './operations';

/** The invoice on its own, without the app around it, ready for the browser's print dialog. */
export function InvoicePrintPage() {
  const { id = '' } = useParams();
  const { site } = useViewer();
  const canRead = useCan('invoice.read');
  const { data, error, refetch } = useQuery(
    invoiceQuery,
    canRead ? { variables: { id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const invoice = data?.invoice;

  return (
    <main className="print-page" id="main">
      <title>{`${invoice ? invoiceTitle(invoice) : 'Invoice'} · ${site.name}`}</title>
      <nav className="print-page__bar no-print" aria-label="Invoice">
        <Link to={invoicePath(id)}>Back to the invoice</Link>
        {invoice ? (
          <button
            className="button button--primary"
            type="button"
            onClick={() => {
              window.print();
            }}
          >
            Print
          </button>
        ) : null}
      </nav>
      {!canRead ? (
        <NoAccess detail="Invoices need the permission to see invoices." />
      ) : error ? (
        <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Loading the invoice…" />
      ) : !invoice ? (
        <EmptyState title="There is no such invoice.">
          <p>
            The link may be wrong. <Link to="/invoices">See all invoices</Link>.
          </p>
        </EmptyState>
      ) : (
        <InvoiceDocument invoice={invoice} issuer={site.name} />
      )}
    </main>
  );
}
