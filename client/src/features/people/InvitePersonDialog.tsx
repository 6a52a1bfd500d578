import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, type FormErrors } from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { useCan } from '../auth/viewer-context';
import { GroupChoices } from './GroupChoices';
import { groupChoicesQuery } from './operations';
import { useUserCreate, type PersonField } from './useUserCreate';
import { useUserInvite } from './useUserInvite';

/** How the invitation went, for the page's notice. */
export type InviteOutcome = { message: string; ok: boolean };

type InvitePersonDialogProps = {
  onClose: () => void;
  onInvited: (outcome: InviteOutcome) => void;
};

/** Adds a person to the site and mails them a link to choose their password. */
export function InvitePersonDialog({ onClose, onInvited }: InvitePersonDialogProps) {
  const canReadGroups = useCan('group.read');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [groupIds, setGroupIds] = useState<ReadonlySet<string> | null>(null);
  const [errors, setErrors] = useState<FormErrors<PersonField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const { create, creating } = useUserCreate();
  const { invite, inviting } = useUserInvite();
  const groupsResult = useQuery(groupChoicesQuery, { skip: !canReadGroups });
  const groups = groupsResult.data?.groups.nodes;
  // Until someone chooses, a new person joins Employees (the built-in group for everyone).
  const chosen =
    groupIds ??
    new Set(groups?.filter(g => g.builtIn && g.name === 'Employees').map(g => g.id) ?? []);
  const busy = creating || inviting;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const created = await create({ email, displayName, groupIds: [...chosen] });
    if ('errors' in created) {
      setErrors(created.errors);
      return;
    }
    const { person } = created;
    const address = person.email ?? email.trim();
    const refused = await invite(person.id);
    onInvited(
      refused
        ? {
            ok: false,
            message: `Added ${person.displayName}, but the invitation was not sent: ${refused} Send it again from the list.`,
          }
        : {
            ok: true,
            message: `Invited ${person.displayName}: a link to choose a password went to ${address}. It works once, for 7 days.`,
          },
    );
  }

  return (
    <Dialog title="Invite a person" onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <p className="dialog__text">
          They get an email with a link to choose their password (it works once, for 7 days). Until
          then they are listed as invited.
        </p>
        <Field
          id="invite-email"
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
          required
          maxLength={320}
          autoComplete="off"
          spellCheck={false}
          autoFocus
        />
        <Field
          id="invite-name"
          label="Name"
          hint="As colleagues know them; shown in timesheets, reports and invoices."
          value={displayName}
          onChange={setDisplayName}
          error={errors.fields.displayName}
          required
          maxLength={200}
          autoComplete="off"
        />
        {canReadGroups ? (
          <GroupChoices
            idPrefix="invite-group"
            groups={groups}
            loadError={groupsResult.error}
            chosen={chosen}
            onChange={setGroupIds}
            error={errors.fields.groupIds}
          />
        ) : (
          <p className="muted">
            They join no group yet: someone who manages groups can add them after.
          </p>
        )}
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {creating ? 'Adding…' : inviting ? 'Sending the invitation…' : 'Send invitation'}
          </button>
          <button className="button" type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
