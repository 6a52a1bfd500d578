import { CheckboxField } from '../../components/CheckboxField';

type CustomersToolbarProps = {
  search: string;
  onSearchChange: (value: string) => void;
  showArchived: boolean;
  onShowArchivedChange: (value: boolean) => void;
};

export function CustomersToolbar({
  search,
  onSearchChange,
  showArchived,
  onShowArchivedChange,
}: CustomersToolbarProps) {
  return (
    <form
      className="toolbar"
      role="search"
      aria-label="Find customers"
      onSubmit={event => {
        event.preventDefault();
      }}
    >
      <label className="field__label" htmlFor="customer-search">
        Search customers
      </label>
      <input
        className="field__input toolbar__search"
        id="customer-search"
        type="search"
        placeholder="Name or number"
        value={search}
        onChange={event => {
          onSearchChange(event.target.value);
        }}
        spellCheck={false}
      />
      <CheckboxField
        id="customer-show-archived"
        label="Show archived"
        checked={showArchived}
        onChange={onShowArchivedChange}
      />
    </form>
  );
}
