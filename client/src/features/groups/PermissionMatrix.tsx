import { SCOPES, type Permission, type Scope } from '@horae/shared/permissions';
import {
  MATRIX_ACTIONS,
  MATRIX_ROWS,
  permissionOf,
  SCOPE_LABELS,
  type Grants,
  type MatrixRow,
} from './permission-matrix';

type PermissionMatrixProps = {
  /** For the table's caption and the controls' names. */
  groupName: string;
  grants: Grants;
  /** Without it the matrix only shows what is granted. */
  onChange?: (grants: Grants) => void;
};

/** Resources of the catalog by action: a checkbox per permission, a scope where it applies. */
export function PermissionMatrix({ groupName, grants, onChange }: PermissionMatrixProps) {
  return (
    <div className="table-wrap">
      <table className="table matrix permission-matrix">
        <caption className="visually-hidden">
          Permissions of {groupName}: one row per resource, one column per action
        </caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            {MATRIX_ACTIONS.map(action => (
              <th scope="col" key={action} className="matrix__action">
                {action}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MATRIX_ROWS.map(row => (
            <tr key={row.resource}>
              <th scope="row" className="matrix__row-header">
                <span className="table__line">{row.label}</span>
                {row.scoped ? (
                  <span className="table__line table__sub muted">Own, team or all site</span>
                ) : null}
              </th>
              {MATRIX_ACTIONS.map(action =>
                row.actions.has(action) ? (
                  <td key={action} className="matrix__cell">
                    <GrantCell row={row} action={action} grants={grants} onChange={onChange} />
                  </td>
                ) : (
                  <td key={action} className="matrix__cell matrix__cell--none">
                    <span aria-hidden="true">·</span>
                    <span className="visually-hidden">Does not apply</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type GrantCellProps = {
  row: MatrixRow;
  action: string;
  grants: Grants;
  onChange: ((grants: Grants) => void) | undefined;
};

function GrantCell({ row, action, grants, onChange }: GrantCellProps) {
  const permission = permissionOf(row, action);
  const scope = grants.get(permission);
  const name = `${row.label}: ${action}`;
  // What the permission allows, read out with the checkbox and shown on hover.
  const description = `${row.actions.get(action) ?? ''} (${permission})`;

  function set(next: Scope | undefined) {
    if (!onChange) return;
    const changed = new Map<Permission, Scope>(grants);
    if (next) changed.set(permission, next);
    else changed.delete(permission);
    onChange(changed);
  }

  return (
    <div className="matrix__grant">
      <input
        className="checkbox__input"
        type="checkbox"
        checked={scope !== undefined}
        disabled={!onChange}
        aria-label={name}
        title={description}
        onChange={event => {
          // Least reach first: a new scoped grant covers the person's own records.
          set(event.target.checked ? (row.scoped ? 'own' : 'all') : undefined);
        }}
      />
      {row.scoped && scope ? (
        onChange ? (
          <ScopeSelect
            label={`${name}, scope`}
            value={scope}
            onChange={next => {
              set(next);
            }}
          />
        ) : (
          <span className="matrix__scope">{SCOPE_LABELS[scope]}</span>
        )
      ) : null}
    </div>
  );
}

type ScopeSelectProps = { label: string; value: Scope; onChange: (scope: Scope) => void };

function ScopeSelect({ label, value, onChange }: ScopeSelectProps) {
  return (
    <select
      className="field__input matrix__select"
      aria-label={label}
      value={value}
      onChange={event => {
        const next = SCOPES.find(s => s === event.target.value);
        if (next) onChange(next);
      }}
    >
      {SCOPES.map(s => (
        <option key={s} value={s}>
          {SCOPE_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
