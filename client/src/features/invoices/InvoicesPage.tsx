import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import type { InvoiceStatus } from '../../gql/graphql';
import { useCan } from '../auth/viewer-context';
import { useCustomerOptions } from '../customers/useCustomerOptions';
import { InvoicesTable } from './InvoicesTable';
import { InvoicesToolbar } from './InvoicesToolbar';
import { NewDraftDialog } from './NewDraftDialog';
import { invoicesQuery } from './operations';

const PAGE_SIZE = 25;

export function InvoicesPage() {
  const canSeeCustomers = useCan('customer.read');
  // Drafting takes choosing a customer.
  const canCreate = useCan('invoice.create') && canSeeCustomers;
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [customerId, setCustomerId] = useState('');
  const [drafting, setDrafting] = useState(false);
  const { customers } = useCustomerOptions(canSeeCustomers);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(invoicesQuery, {
    variables: { first: PAGE_SIZE, status: status || null, customerId: customerId || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const invoices = (data ?? previousData)?.invoices;
  const filtered = Boolean(status || customerId);

  function loadMore() {
    if (!invoices?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: invoices.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="Invoices"
        description="Drafts hold approved time; issuing gives them the next number."
        actions={
          <>
            <ExportButton resource="invoices" filters={{ status, customerId }} />
            {canCreate ? (
              <button
                className="button button--primary"
                type="button"
                onClick={() => {
                  setDrafting(true);
                }}
              >
                New draft
              </button>
            ) : null}
          </>
        }
      />
      <section className="card" aria-labelledby="invoices-list-title">
        <h2 className="visually-hidden" id="invoices-list-title">
          Invoices of the site
        </h2>
        <InvoicesToolbar
          status={status}
          onStatusChange={setStatus}
          customers={canSeeCustomers ? (customers ?? []) : undefined}
          customerId={customerId}
          onCustomerChange={setCustomerId}
        />
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !invoices ? (
          <LoadingState label="Loading invoices…" />
        ) : invoices.nodes.length === 0 ? (
          <div role={filtered ? 'status' : undefined}>
            <EmptyState
              title={filtered ? 'No invoice matches these filters.' : 'There are no invoices yet.'}
            >
              <p>
                {filtered
                  ? 'Choose “All statuses” and “All customers” to see every invoice.'
                  : canCreate
                    ? 'Make one with “New draft” once time is approved.'
                    : 'Invoices appear here once someone who may draft them does so.'}
              </p>
            </EmptyState>
          </div>
        ) : (
          <>
            <p className="muted" role="status">
              Showing {invoices.nodes.length} of {invoices.totalCount}{' '}
              {invoices.totalCount === 1 ? 'invoice' : 'invoices'}
            </p>
            <InvoicesTable invoices={invoices.nodes} />
            {invoices.pageInfo.hasNextPage ? (
              <LoadMore loading={loading} onClick={loadMore} />
            ) : null}
          </>
        )}
      </section>
      {drafting ? (
        <NewDraftDialog
          initialCustomerId={customerId}
          onClose={() => {
            setDrafting(false);
          }}
        />
      ) : null}
    </>
  );
}
