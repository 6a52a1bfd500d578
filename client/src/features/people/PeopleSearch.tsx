type PeopleSearchProps = { value: string; onChange: (value: string) => void };

export function PeopleSearch({ value, onChange }: PeopleSearchProps) {
  return (
    <form
      className="toolbar"
      role="search"
      onSubmit={event => {
        event.preventDefault();
      }}
    >
      <label className="field__label" htmlFor="people-search">
        Search people
      </label>
      <input
        className="field__input toolbar__search"
        id="people-search"
        type="search"
        placeholder="Name or email"
        value={value}
        onChange={event => {
          onChange(event.target.value);
        }}
        spellCheck={false}
      />
    </form>
  );
}
