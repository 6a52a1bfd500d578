import type { ImportPayloadFieldsFragment } from '../../gql/graphql';

type Field = ImportPayloadFieldsFragment['fields'][number];

type MappingTableProps = {
  fields: readonly Field[];
  headers: readonly string[];
  /** Messages of MISSING_COLUMN and the like, by field key. */
  problems: Readonly<Record<string, string>>;
  disabled: boolean;
  onChange: (field: string, column: string | null) => void;
};

/** Each Horae field with the file column it is read from (matched by header, adjustable). */
export function MappingTable({ fields, headers, problems, disabled, onChange }: MappingTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">Which column of the file fills which field</caption>
        <thead>
          <tr>
            <th scope="col">Horae field</th>
            <th scope="col">Column of the file</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(field => {
            const id = `mapping-${field.key}`;
            const problem = problems[field.key];
            return (
              <tr key={field.key}>
                <th scope="row">
                  <label htmlFor={id}>{field.label}</label>
                  {field.required ? <span className="badge badge--inline">required</span> : null}
                </th>
                <td>
                  <select
                    id={id}
                    className="field__input"
                    value={field.column ?? ''}
                    disabled={disabled}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-error` : undefined}
                    onChange={event => {
                      onChange(field.key, event.target.value || null);
                    }}
                  >
                    <option value="">— not imported —</option>
                    {headers.map(header => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                  {problem ? (
                    <p className="field__error" id={`${id}-error`}>
                      {problem}
                    </p>
                  ) : null}
                </td>
                <td className="muted">{field.description}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
