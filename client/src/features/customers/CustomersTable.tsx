import { Link } from 'react-router';
import type { CustomerFieldsFragment } from '../../gql/graphql';
import { CustomerArchiveButton } from './CustomerArchiveButton';

/** Erased customers keep their row (their projects and time stay) under a pseudonym. */
const isErased = (customer: CustomerFieldsFragment) =>
  customer.name.startsWith('Erased customer ') && !customer.number && !customer.contact;

type CustomersTableProps = {
  customers: readonly CustomerFieldsFragment[];
  canUpdate: boolean;
  canSeeProjects: boolean;
  onEdit: (customer: CustomerFieldsFragment) => void;
  onErase: (customer: CustomerFieldsFragment) => void;
  onArchived: (message: string, ok: boolean) => void;
};

export function CustomersTable({
  customers,
  canUpdate,
  canSeeProjects,
  onEdit,
  onErase,
  onArchived,
}: CustomersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Number</th>
            <th scope="col">Currency</th>
            <th scope="col">VAT number</th>
            <th scope="col">Contact</th>
            {canUpdate || canSeeProjects ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {customers.map(customer => (
            <tr
              key={customer.id}
              className={customer.archived ? 'table__row--archived' : undefined}
            >
              <th scope="row">
                {customer.name}
                {customer.archived ? <span className="badge badge--archived">Archived</span> : null}
              </th>
              <td>{customer.number ?? <span className="muted">—</span>}</td>
              <td>{customer.currency}</td>
              <td>{customer.vatNumber ?? <span className="muted">—</span>}</td>
              <td className="table__clip">
                {customer.contact ? (
                  <span title={customer.contact}>{customer.contact.split('\n')[0]}</span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              {canUpdate || canSeeProjects ? (
                <td>
                  <div className="table__actions">
                    {canSeeProjects ? (
                      <Link
                        to={`/projects?customer=${customer.id}`}
                        aria-label={`Projects of ${customer.name}`}
                      >
                        Projects
                      </Link>
                    ) : null}
                    {canUpdate ? (
                      <>
                        <button
                          className="button button--small"
                          type="button"
                          onClick={() => {
                            onEdit(customer);
                          }}
                          aria-label={`Edit ${customer.name}`}
                        >
                          Edit
                        </button>
                        <CustomerArchiveButton customer={customer} onDone={onArchived} />
                        {isErased(customer) ? null : (
                          <button
                            className="button button--small button--danger-quiet"
                            type="button"
                            onClick={() => {
                              onErase(customer);
                            }}
                            aria-label={`Erase the data of ${customer.name}…`}
                          >
                            Erase…
                          </button>
                        )}
                      </>
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
