import { EmptyState } from '../../components/EmptyState';

type NoCustomersProps = { search: string; showArchived: boolean; canCreate: boolean };

export function NoCustomers({ search, showArchived, canCreate }: NoCustomersProps) {
  if (search) {
    return (
      <div role="status">
        <EmptyState title={`No customer matches “${search}”.`}>
          <p>
            Check the spelling, or search for part of a name or a customer number.
            {showArchived ? null : ' Archived customers are only found with “Show archived”.'}
          </p>
        </EmptyState>
      </div>
    );
  }
  return (
    <EmptyState title={showArchived ? 'This site has no customers yet.' : 'No open customers.'}>
      <p>
        {canCreate
          ? 'Add the first one with “New customer”; projects and invoices are made for customers.'
          : 'Customers appear here once someone who may add them does so.'}
        {showArchived ? null : ' Archived customers are listed with “Show archived”.'}
      </p>
    </EmptyState>
  );
}
