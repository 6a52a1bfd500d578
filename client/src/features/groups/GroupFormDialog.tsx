import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { fieldError, NO_ERRORS, splitErrors, type FormErrors } from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import { useCan } from '../auth/viewer-context';
import { groupCreateMutation, groupUpdateMutation } from './operations';

const FIELDS = ['name'] as const;
type GroupField = (typeof FIELDS)[number];

type GroupFormDialogProps = {
  /** The group to rename; a new, empty group when absent. */
  group?: { id: string; name: string };
  onClose: () => void;
  onSaved: (group: { id: string; name: string }) => void;
};

/** Names a new group (its permissions and members follow on its page) or renames one. */
export function GroupFormDialog({ group, onClose, onSaved }: GroupFormDialogProps) {
  const withMembers = useCan('user.read');
  const [name, setName] = useState(group?.name ?? '');
  const [errors, setErrors] = useState<FormErrors<GroupField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const [create, creating] = useMutation(groupCreateMutation, { refetchQueries: ['Groups'] });
  const [update, updating] = useMutation(groupUpdateMutation, { refetchQueries: ['Groups'] });
  const saving = creating.loading || updating.loading;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    if (!name.trim()) {
      setErrors(fieldError('name', 'Give the group a name.'));
      return;
    }
    try {
      const payload = group
        ? (await update({ variables: { id: group.id, input: { name }, withMembers } })).data
            ?.groupUpdate
        : (await create({ variables: { input: { name, permissions: [] } } })).data?.groupCreate;
      if (payload?.group && !payload.errors.length) {
        onSaved(payload.group);
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
    <Dialog title={group ? `Rename ${group.name}` : 'New group'} onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        {group ? null : (
          <p className="dialog__text">
            A new group grants nothing yet: choose its permissions and add its members next.
          </p>
        )}
        <Field
          id="group-name"
          label="Name"
          value={name}
          onChange={setName}
          error={errors.fields.name}
          required
          maxLength={100}
          autoComplete="off"
          autoFocus
        />
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : group ? 'Rename group' : 'Create group'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
