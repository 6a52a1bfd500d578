import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { CheckboxField } from '../../components/CheckboxField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { fieldError, NO_ERRORS, splitErrors, type FormErrors } from '../../components/form-errors';
import { moneyInput, parseMoney } from '../../components/money';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { TaskFieldsFragment } from '../../gql/graphql';
import { taskCreateMutation, taskUpdateMutation } from './operations';

const FIELDS = ['name', 'hourlyRate'] as const;
type TaskField = (typeof FIELDS)[number];

type TaskFormDialogProps = {
  projectId: string;
  /** The task to change; a new one when absent. */
  task?: TaskFieldsFragment;
  billableByDefault: boolean;
  currency: string | undefined;
  onClose: () => void;
  onSaved: (task: TaskFieldsFragment) => void;
};

export function TaskFormDialog({
  projectId,
  task,
  billableByDefault,
  currency,
  onClose,
  onSaved,
}: TaskFormDialogProps) {
  const [name, setName] = useState(task?.name ?? '');
  const [billable, setBillable] = useState(task?.billable ?? billableByDefault);
  const [rate, setRate] = useState(moneyInput(task?.hourlyRate, currency));
  const [errors, setErrors] = useState<FormErrors<TaskField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const refetchQueries = ['ProjectDetail'];
  const [create, creating] = useMutation(taskCreateMutation, { refetchQueries });
  const [update, updating] = useMutation(taskUpdateMutation, { refetchQueries });
  const saving = creating.loading || updating.loading;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const hourlyRate = parseMoney(rate, currency, 'The hourly rate');
    if (!hourlyRate.ok) {
      setErrors(fieldError('hourlyRate', hourlyRate.message));
      return;
    }
    const fields = { name, billable, hourlyRate: hourlyRate.value };
    try {
      const payload = task
        ? (await update({ variables: { input: { id: task.id, ...fields } } })).data?.taskUpdate
        : (await create({ variables: { input: { projectId, ...fields } } })).data?.taskCreate;
      if (payload?.task && !payload.errors.length) {
        onSaved(payload.task);
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
    <Dialog title={task ? `Edit task ${task.name}` : 'New task'} onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <Field
          id="task-name"
          label="Name"
          value={name}
          onChange={setName}
          error={errors.fields.name}
          required
          maxLength={200}
          autoComplete="off"
        />
        <CheckboxField
          id="task-billable"
          label="Billable"
          checked={billable}
          onChange={setBillable}
        />
        <Field
          id="task-rate"
          label={`Hourly rate${currency ? ` (${currency})` : ''} (optional)`}
          hint="Leave empty to use the project's rate."
          value={rate}
          onChange={setRate}
          error={errors.fields.hourlyRate}
          inputMode="decimal"
          autoComplete="off"
        />
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : task ? 'Save task' : 'Add task'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
