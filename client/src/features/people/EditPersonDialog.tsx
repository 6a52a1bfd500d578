import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { fieldError, NO_ERRORS, type FormErrors } from '../../components/form-errors';
import { moneyInput, parseMoney } from '../../components/money';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { UserUpdateInput } from '../../gql/graphql';
import { useCan } from '../auth/viewer-context';
import { GroupChoices } from './GroupChoices';
import { groupChoicesQuery } from './operations';
import type { Person } from './person-status';
import { mayReadRate, type RateAccess } from './PersonRate';
import { useUserUpdate, type PersonEditField } from './useUserUpdate';

/** The largest amount the API's Int carries; more is refused before asking. */
const MAX_RATE = 2_147_483_647;

type EditPersonDialogProps = {
  person: Person;
  rates: RateAccess;
  onClose: () => void;
  onSaved: (name: string) => void;
};

function sameIds(a: ReadonlySet<string>, b: readonly { id: string }[]): boolean {
  return a.size === b.length && b.every(item => a.has(item.id));
}

/**
 * Changes a person's name, own hourly rate and groups. Only what was changed is sent: the rest
 * stays as it is, also if someone else changed it meanwhile, and renaming someone asks for no
 * recent sign-in (changing their groups does).
 */
export function EditPersonDialog({ person, rates, onClose, onSaved }: EditPersonDialogProps) {
  const canReadGroups = useCan('group.read');
  const rateVisible = mayReadRate(person, rates);
  const { currency } = rates;
  const [displayName, setDisplayName] = useState(person.displayName);
  // Null until edited: shown in the site's currency, also when that arrives after opening.
  const [rateText, setRateText] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(person.groups.map(g => g.id)),
  );
  const [errors, setErrors] = useState<FormErrors<PersonEditField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const { update, updating } = useUserUpdate();
  const groupsResult = useQuery(groupChoicesQuery, { skip: !canReadGroups });

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const input: UserUpdateInput = { id: person.id };
    if (displayName !== person.displayName) input.displayName = displayName;
    if (rateVisible && rateText !== null) {
      const rate = parseMoney(rateText, currency, 'The hourly rate');
      if (!rate.ok) {
        setErrors(fieldError('hourlyRate', rate.message));
        return;
      }
      if (rate.value !== null && rate.value > MAX_RATE) {
        setErrors(fieldError('hourlyRate', 'The hourly rate is too large.'));
        return;
      }
      if (rate.value !== person.hourlyRate) input.hourlyRate = rate.value;
    }
    if (canReadGroups && !sameIds(chosen, person.groups)) input.groupIds = [...chosen];
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    const shown: PersonEditField[] = ['displayName'];
    if (rateVisible) shown.push('hourlyRate');
    if (canReadGroups) shown.push('groupIds');
    const refused = await update(input, shown);
    if (refused) setErrors(refused);
    else onSaved(input.displayName?.trim() ?? person.displayName);
  }

  return (
    <Dialog title={`Edit ${person.displayName}`} onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <Field
          id="person-name"
          label="Name"
          hint="As colleagues know them; shown in timesheets, reports and invoices."
          value={displayName}
          onChange={setDisplayName}
          error={errors.fields.displayName}
          required
          maxLength={200}
          autoComplete="off"
          autoFocus
        />
        {rateVisible ? (
          <Field
            id="person-rate"
            label={`Hourly rate${currency ? ` (${currency})` : ''} (optional)`}
            hint="For their time where neither the task nor the project sets a rate. Leave empty for no rate of their own: the project's or site's rate applies."
            value={rateText ?? moneyInput(person.hourlyRate, currency)}
            onChange={setRateText}
            error={errors.fields.hourlyRate}
            inputMode="decimal"
            autoComplete="off"
          />
        ) : (
          <p className="muted">Their hourly rate is hidden from you; it stays as it is.</p>
        )}
        {canReadGroups ? (
          <GroupChoices
            idPrefix="person-group"
            groups={groupsResult.data?.groups.nodes}
            loadError={groupsResult.error}
            chosen={chosen}
            onChange={setChosen}
            error={errors.fields.groupIds}
            hint="Groups decide what they may do. If you signed in more than 10 minutes ago, you are asked to confirm it is you first."
          />
        ) : (
          <p className="muted">Someone who may see groups can change their groups.</p>
        )}
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={updating}>
            {updating ? 'Saving…' : 'Save changes'}
          </button>
          <button className="button" type="button" onClick={onClose} disabled={updating}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
