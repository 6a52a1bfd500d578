import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, splitErrors, type FormErrors } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { peopleOptionsQuery, projectUpdateMutation } from './operations';

export type Person = { id: string; displayName: string; email: string | null };

const FIELDS = ['leadId', 'memberIds'] as const;
type PeopleField = (typeof FIELDS)[number];

type MembersDialogProps = {
  projectId: string;
  lead: Person | null;
  members: readonly Person[];
  onClose: () => void;
  onSaved: () => void;
};

function uniqueById(people: readonly Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter(p => !seen.has(p.id) && Boolean(seen.add(p.id)));
}

/** Chooses the lead and the members of a project from the people of the site. */
export function MembersDialog({ projectId, lead, members, onClose, onSaved }: MembersDialogProps) {
  const [leadId, setLeadId] = useState(lead?.id ?? '');
  const [chosen, setChosen] = useState<readonly Person[]>(members);
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 250);
  const [errors, setErrors] = useState<FormErrors<PeopleField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const everyone = useQuery(peopleOptionsQuery, { variables: { search: null } });
  const found = useQuery(peopleOptionsQuery, search ? { variables: { search } } : skipToken);
  const [update, { loading: saving }] = useMutation(projectUpdateMutation, {
    refetchQueries: ['ProjectDetail', 'Projects'],
  });

  const chosenIds = new Set(chosen.map(p => p.id));
  const listed = search ? found.data?.users : everyone.data?.users;
  const candidates = listed?.nodes.filter(p => !chosenIds.has(p.id));
  const leadOptions = uniqueById([
    ...(lead ? [lead] : []),
    ...chosen,
    ...(everyone.data?.users.nodes ?? []),
  ]).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const loadError = everyone.error ?? found.error;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const { data } = await update({
        variables: {
          input: { id: projectId, leadId: leadId || null, memberIds: chosen.map(p => p.id) },
        },
      });
      const payload = data?.projectUpdate;
      if (payload?.project && !payload.errors.length) {
        onSaved();
        return;
      }
      setErrors(
        splitErrors(
          payload?.errors ?? [{ code: 'UNKNOWN', message: 'Saving did not work.' }],
          FIELDS,
        ),
      );
    } catch (error) {
      setErrors({ fields: {}, general: [describeProblem(error).message] });
    }
  }

  return (
    <Dialog title="People on this project" onClose={onClose} wide>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert
          messages={[
            ...(loadError
              ? [
                  `The people of the site could not be loaded: ${describeProblem(loadError).message}`,
                ]
              : []),
            ...errors.general,
          ]}
        />
        <SelectField
          id="project-lead"
          label="Lead"
          hint="The lead approves the time of the members."
          value={leadId}
          onChange={setLeadId}
          error={errors.fields.leadId}
        >
          <option value="">No lead</option>
          {leadOptions.map(person => (
            <option key={person.id} value={person.id}>
              {person.displayName} ({person.email})
            </option>
          ))}
        </SelectField>
        <fieldset
          className="fieldset"
          aria-describedby={errors.fields.memberIds ? 'project-members-error' : undefined}
        >
          <legend className="field__label">Members ({chosen.length})</legend>
          {chosen.length === 0 ? (
            <p className="muted">No one yet: add people below.</p>
          ) : (
            <ul className="choice-list">
              {chosen.map(person => (
                <li key={person.id}>
                  <input
                    type="checkbox"
                    id={`member-${person.id}`}
                    checked
                    aria-invalid={errors.fields.memberIds ? true : undefined}
                    onChange={() => {
                      setChosen(c => c.filter(p => p.id !== person.id));
                    }}
                  />
                  <label htmlFor={`member-${person.id}`}>
                    {person.displayName} <span className="muted">{person.email}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id="project-members" error={errors.fields.memberIds} />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="field__label">Add people</legend>
          <label className="visually-hidden" htmlFor="member-search">
            Find people to add
          </label>
          <input
            className="field__input"
            id="member-search"
            type="search"
            placeholder="Find people by name or email"
            value={searchText}
            onChange={event => {
              setSearchText(event.target.value);
            }}
            spellCheck={false}
          />
          {!candidates ? (
            <p className="muted" role="status">
              Loading people…
            </p>
          ) : candidates.length === 0 ? (
            <p className="muted" role="status">
              {search ? `No one else matches “${search}”.` : 'Everyone is on the project.'}
            </p>
          ) : (
            <ul className="choice-list choice-list--scroll">
              {candidates.map(person => (
                <li key={person.id}>
                  <input
                    type="checkbox"
                    id={`candidate-${person.id}`}
                    checked={false}
                    onChange={() => {
                      setChosen(c => [...c, person]);
                    }}
                  />
                  <label htmlFor={`candidate-${person.id}`}>
                    {person.displayName} <span className="muted">{person.email}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {listed && listed.totalCount > listed.nodes.length ? (
            <p className="field__hint">
              Showing {listed.nodes.length} of {listed.totalCount} people: type to find others.
            </p>
          ) : null}
        </fieldset>
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save people'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
