import type { ErrorLike } from '@apollo/client';
import { describeProblem } from '../../app/errors';
import { FieldError } from '../../components/FieldError';

type GroupChoicesProps = {
  /** Prefix of the ids of the checkboxes and the error, e.g. "invite-group". */
  idPrefix: string;
  /** The site's groups; undefined while they load. */
  groups: readonly { id: string; name: string }[] | undefined;
  loadError: ErrorLike | undefined;
  chosen: ReadonlySet<string>;
  /** The chosen groups after a box was ticked or cleared. */
  onChange: (chosen: ReadonlySet<string>) => void;
  /** The server's objection to the chosen groups (UNKNOWN_GROUP, SELF_LOCKOUT…). */
  error: string | undefined;
  hint?: string;
};

/** The groups a person is in, as checkboxes: one fieldset with its legend and error. */
export function GroupChoices({
  idPrefix,
  groups,
  loadError,
  chosen,
  onChange,
  error,
  hint,
}: GroupChoicesProps) {
  const describedBy = [hint ? `${idPrefix}s-hint` : null, error ? `${idPrefix}s-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
      <legend className="field__label">Groups</legend>
      {hint ? (
        <p className="field__hint" id={`${idPrefix}s-hint`}>
          {hint}
        </p>
      ) : null}
      {loadError ? (
        <p className="field__error">
          Groups could not be loaded: {describeProblem(loadError).message}
        </p>
      ) : !groups ? (
        <p className="muted">Loading groups…</p>
      ) : (
        <ul className="choice-list">
          {groups.map(group => (
            <li key={group.id}>
              <input
                type="checkbox"
                id={`${idPrefix}-${group.id}`}
                checked={chosen.has(group.id)}
                aria-invalid={error ? true : undefined}
                onChange={event => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(group.id);
                  else next.delete(group.id);
                  onChange(next);
                }}
              />
              <label htmlFor={`${idPrefix}-${group.id}`}>{group.name}</label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${idPrefix}s`} error={error} />
    </fieldset>
  );
}
