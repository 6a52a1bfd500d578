import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../components/ExportButton';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import type { CustomerFieldsFragment } from '../../gql/graphql';
import { useCan } from '../auth/viewer-context';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomersTable } from './CustomersTable';
import { CustomersToolbar } from './CustomersToolbar';
import { EraseCustomerDialog } from './EraseCustomerDialog';
import { NoCustomers } from './NoCustomers';
import { customersQuery } from './operations';

const PAGE_SIZE = 25;

type Notice = { message: string; ok: boolean };

export function CustomersPage() {
  const canCreate = useCan('customer.create');
  const canUpdate = useCan('customer.update');
  const canSeeProjects = useCan('project.read');
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<CustomerFieldsFragment | 'new' | null>(null);
  const [erasing, setErasing] = useState<CustomerFieldsFragment | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(customersQuery, {
    variables: { first: PAGE_SIZE, search: search || null, includeArchived: showArchived },
    // Show what is cached at once, and always ask the server again: others may have changed it.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const customers = (data ?? previousData)?.customers;

  function loadMore() {
    if (!customers?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: customers.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="Customers"
        description="Who you work for: projects belong to a customer, and invoices go to one."
        actions={
          <>
            <ExportButton
              resource="customers"
              filters={{ search, includeArchived: showArchived }}
            />
            {canCreate ? (
              <button
                className="button button--primary"
                type="button"
                onClick={() => {
                  setEditing('new');
                }}
              >
                New customer
              </button>
            ) : null}
          </>
        }
      />
      <section className="card" aria-labelledby="customers-list-title">
        <h2 className="visually-hidden" id="customers-list-title">
          Customers of the site
        </h2>
        <CustomersToolbar
          search={searchText}
          onSearchChange={setSearchText}
          showArchived={showArchived}
          onShowArchivedChange={setShowArchived}
        />
        {notice ? (
          <p
            className={notice.ok ? 'alert alert--success' : 'alert alert--error'}
            role={notice.ok ? 'status' : 'alert'}
          >
            {notice.message}
          </p>
        ) : null}
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !customers ? (
          <LoadingState label="Loading customers…" />
        ) : customers.nodes.length === 0 ? (
          <NoCustomers search={search} showArchived={showArchived} canCreate={canCreate} />
        ) : (
          <>
            <p className="muted" role="status">
              Showing {customers.nodes.length} of {customers.totalCount}{' '}
              {customers.totalCount === 1 ? 'customer' : 'customers'}
            </p>
            <CustomersTable
              customers={customers.nodes}
              canUpdate={canUpdate}
              canSeeProjects={canSeeProjects}
              onEdit={setEditing}
              onErase={customer => {
                setNotice(null);
                setErasing(customer);
              }}
              onArchived={(message, ok) => {
                setNotice({ message, ok });
              }}
            />
            {customers.pageInfo.hasNextPage ? (
              <LoadMore loading={loading} onClick={loadMore} />
            ) : null}
          </>
        )}
      </section>
      {editing ? (
        <CustomerFormDialog
          {...(editing === 'new' ? {} : { customer: editing })}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={customer => {
            setNotice({
              message: editing === 'new' ? `Added ${customer.name}.` : `Saved ${customer.name}.`,
              ok: true,
            });
            setEditing(null);
          }}
        />
      ) : null}
      {erasing ? (
        <EraseCustomerDialog
          customer={erasing}
          onClose={() => {
            setErasing(null);
          }}
          onErased={name => {
            setErasing(null);
            setNotice({ message: `Erased the data of ${name}.`, ok: true });
          }}
        />
      ) : null}
    </>
  );
}
