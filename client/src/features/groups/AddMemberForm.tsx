import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { CheckboxField } from '../../components/CheckboxField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { memberCandidatesQuery } from './operations';
import { useGroupMemberSet } from './useGroupMemberSet';

type AddMemberFormProps = {
  group: { id: string; name: string };
  memberIds: ReadonlySet<string>;
  onAdded: (message: string) => void;
};

/** Finds an active person of the site by name or email and adds them to the group. */
export function AddMemberForm({ group, memberIds, onAdded }: AddMemberFormProps) {
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [userId, setUserId] = useState('');
  const [isManager, setIsManager] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { setMember, saving } = useGroupMemberSet(group.id);
  const { data, previousData, error } = useQuery(memberCandidatesQuery, {
    variables: { search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  const people = (data ?? previousData)?.users;
  const candidates = people?.nodes.filter(person => !memberIds.has(person.id)) ?? [];
  const chosen = candidates.find(person => person.id === userId);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (!chosen) {
      setProblem('Choose the person to add.');
      return;
    }
    const failed = await setMember({ userId: chosen.id, member: true, isManager });
    if (failed) {
      setProblem(failed);
      return;
    }
    setUserId('');
    setIsManager(false);
    onAdded(
      `Added ${chosen.displayName} to ${group.name}${isManager ? ' as a manager' : ''}. The group's permissions apply from their next request.`,
    );
  }

  const more = people && people.totalCount > people.nodes.length;

  return (
    <form
      className="form member-form"
      aria-labelledby="add-member-title"
      noValidate
      onSubmit={event => void handleSubmit(event)}
    >
      <h3 id="add-member-title">Add a person</h3>
      <FormAlert
        messages={[
          ...(error ? [`People could not be loaded: ${describeProblem(error).message}`] : []),
          ...(problem ? [problem] : []),
        ]}
      />
      <div className="form__row">
        <Field
          id="member-search"
          label="Find a person"
          hint={more ? 'Showing the first matches: type more of the name or email.' : undefined}
          type="search"
          value={searchText}
          onChange={setSearchText}
          autoComplete="off"
        />
        <SelectField id="member-user" label="Person" value={userId} onChange={setUserId} required>
          <option value="">
            {!people
              ? 'Loading people…'
              : candidates.length
                ? 'Choose a person…'
                : 'Nobody found who is not a member yet'}
          </option>
          {candidates.map(person => (
            <option key={person.id} value={person.id}>
              {person.email ? `${person.displayName} (${person.email})` : person.displayName}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField
        id="member-manager"
        label="Manager of this group (approves the members' time)"
        checked={isManager}
        onChange={setIsManager}
      />
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={saving}>
          {saving ? 'Adding…' : 'Add to group'}
        </button>
      </div>
    </form>
  );
}
