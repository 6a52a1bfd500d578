import { CheckboxField } from '../../components/CheckboxField';
import type { CustomerOption } from '../customers/useCustomerOptions';

type ProjectsToolbarProps = {
  search: string;
  onSearchChange: (value: string) => void;
  /** Absent when the viewer may not see customers. */
  customers: readonly CustomerOption[] | undefined;
  customerId: string;
  onCustomerChange: (id: string) => void;
  showArchived: boolean;
  onShowArchivedChange: (value: boolean) => void;
};

export function ProjectsToolbar({
  search,
  onSearchChange,
  customers,
  customerId,
  onCustomerChange,
  showArchived,
  onShowArchivedChange,
}: ProjectsToolbarProps) {
  return (
    <form
      className="toolbar"
      role="search"
      aria-label="Find projects"
      onSubmit={event => {
        event.preventDefault();
      }}
    >
      <label className="field__label" htmlFor="project-search">
        Search projects
      </label>
      <input
        className="field__input toolbar__search"
        id="project-search"
        type="search"
        placeholder="Name or code"
        value={search}
        onChange={event => {
          onSearchChange(event.target.value);
        }}
        spellCheck={false}
      />
      {customers ? (
        <>
          <label className="field__label" htmlFor="project-customer">
            Customer
          </label>
          <select
            className="field__input toolbar__select"
            id="project-customer"
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
      <CheckboxField
        id="project-show-archived"
        label="Show archived"
        checked={showArchived}
        onChange={onShowArchivedChange}
      />
    </form>
  );
}
