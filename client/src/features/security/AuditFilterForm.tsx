import { useState } from 'react';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { KNOWN_ACTIONS, NO_FILTERS, type AuditFilters } from './audit-params';

export type PersonOption = { id: string; label: string };

type AuditFilterFormProps = {
  /** What the address says now; the form edits a copy until it is applied. */
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
  /** People to choose from; absent when the viewer may not list people (then an id is typed). */
  people: readonly PersonOption[] | undefined;
  /** Actions seen in the loaded events, offered with the known ones. */
  seenActions: readonly string[];
};

/** Action, person and period; applied together with one button (and kept in the address). */
export function AuditFilterForm({ filters, onApply, people, seenActions }: AuditFilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const invalidPeriod = draft.from !== '' && draft.to !== '' && draft.from > draft.to;
  const actions = [...new Set([...KNOWN_ACTIONS, ...seenActions])].sort();
  const set = (changes: Partial<AuditFilters>) => {
    setDraft({ ...draft, ...changes });
  };

  return (
    <form
      className="audit-filters"
      role="search"
      aria-label="Filter the audit log"
      noValidate
      onSubmit={event => {
        event.preventDefault();
        if (!invalidPeriod) onApply(draft);
      }}
    >
      <Field
        id="audit-action"
        label="Action"
        hint="The exact name, e.g. site.settings_updated."
        list="audit-actions"
        autoComplete="off"
        spellCheck={false}
        value={draft.action}
        onChange={action => {
          set({ action });
        }}
      />
      <datalist id="audit-actions">
        {actions.map(action => (
          <option key={action} value={action} />
        ))}
      </datalist>
      {people ? (
        <SelectField
          id="audit-actor"
          label="Done by"
          value={draft.actorId}
          onChange={actorId => {
            set({ actorId });
          }}
        >
          <option value="">Anyone</option>
          {draft.actorId && !people.some(p => p.id === draft.actorId) ? (
            <option value={draft.actorId}>User {draft.actorId.slice(0, 8)}</option>
          ) : null}
          {people.map(person => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </SelectField>
      ) : (
        <Field
          id="audit-actor"
          label="Done by (user id)"
          autoComplete="off"
          spellCheck={false}
          value={draft.actorId}
          onChange={actorId => {
            set({ actorId });
          }}
        />
      )}
      <Field
        id="audit-from"
        label="From"
        hint="Days in UTC."
        type="date"
        value={draft.from}
        max={draft.to || undefined}
        onChange={from => {
          set({ from });
        }}
      />
      <Field
        id="audit-to"
        label="To"
        hint="Inclusive."
        type="date"
        value={draft.to}
        min={draft.from || undefined}
        error={invalidPeriod ? 'Choose a day on or after “From”.' : undefined}
        onChange={to => {
          set({ to });
        }}
      />
      <div className="audit-filters__actions">
        <button className="button button--primary" type="submit">
          Apply filters
        </button>
        <button
          className="button"
          type="button"
          onClick={() => {
            setDraft(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
