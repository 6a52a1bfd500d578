import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { CheckboxField } from '../../components/CheckboxField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { fieldError, NO_ERRORS, splitErrors, type FormErrors } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { ProjectFieldsFragment } from '../../gql/graphql';
import { useCustomerOptions } from '../customers/useCustomerOptions';
import { projectCreateMutation, projectUpdateMutation } from './operations';
import {
  draftOf,
  PROJECT_FIELDS,
  readDraft,
  type ProjectDraft,
  type ProjectField,
} from './project-form';

type ProjectCustomer = { id: string; name: string; currency: string };

type ProjectFormDialogProps = {
  /** The project to change; a new one when absent. */
  project?: ProjectFieldsFragment & { customer?: ProjectCustomer };
  /** Customers can be chosen only by viewers who may see them. */
  canChooseCustomer: boolean;
  /** Preselected customer of a new project. */
  initialCustomerId?: string;
  onClose: () => void;
  onSaved: (project: ProjectFieldsFragment) => void;
};

/** Adds a project or changes its name, code, customer, rate, budgets and period. */
export function ProjectFormDialog({
  project,
  canChooseCustomer,
  initialCustomerId = '',
  onClose,
  onSaved,
}: ProjectFormDialogProps) {
  const { customers, error: customersError } = useCustomerOptions(canChooseCustomer);
  const [draft, setDraft] = useState<ProjectDraft>(() =>
    draftOf(project, project?.customer?.id ?? initialCustomerId, project?.customer?.currency),
  );
  const [errors, setErrors] = useState<FormErrors<ProjectField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const refetchQueries = ['Projects', 'ProjectDetail'];
  const [create, creating] = useMutation(projectCreateMutation, { refetchQueries });
  const [update, updating] = useMutation(projectUpdateMutation, { refetchQueries });
  const saving = creating.loading || updating.loading;

  // The project's own customer stays choosable even when it is archived.
  const options = [
    ...(project?.customer && !customers?.some(c => c.id === project.customer?.id)
      ? [project.customer]
      : []),
    ...(customers ?? []),
  ];
  const currency =
    options.find(c => c.id === draft.customerId)?.currency ?? project?.customer?.currency;

  function set<K extends keyof ProjectDraft>(key: K) {
    return (value: ProjectDraft[K]) => {
      setDraft(d => ({ ...d, [key]: value }));
    };
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    if (!project && !draft.customerId) {
      setErrors(fieldError('customerId', 'Choose the customer the project is for.'));
      return;
    }
    const read = readDraft(draft, currency);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    try {
      const payload = project
        ? (
            await update({
              variables: {
                input: {
                  id: project.id,
                  ...read.values,
                  ...(canChooseCustomer && draft.customerId
                    ? { customerId: draft.customerId }
                    : {}),
                },
              },
            })
          ).data?.projectUpdate
        : (await create({ variables: { input: { ...read.values, customerId: draft.customerId } } }))
            .data?.projectCreate;
      if (payload?.project && !payload.errors.length) {
        onSaved(payload.project);
        return;
      }
      setErrors(
        splitErrors(
          payload?.errors ?? [{ code: 'UNKNOWN', message: 'Saving did not work.' }],
          PROJECT_FIELDS,
        ),
      );
    } catch (error) {
      setErrors({ fields: {}, general: [describeProblem(error).message] });
    }
  }

  const unit = currency ? ` (${currency})` : '';

  return (
    <Dialog title={project ? `Edit ${project.name}` : 'New project'} onClose={onClose} wide>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert
          messages={[
            ...(customersError
              ? [`The customers could not be loaded: ${describeProblem(customersError).message}`]
              : []),
            ...errors.general,
          ]}
        />
        {canChooseCustomer ? (
          <SelectField
            id="project-customer-id"
            label="Customer"
            value={draft.customerId}
            onChange={set('customerId')}
            error={errors.fields.customerId}
            required
          >
            <option value="">{customers ? 'Choose a customer…' : 'Loading customers…'}</option>
            {options.map(c => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="form__row">
          <Field
            id="project-name"
            label="Name"
            value={draft.name}
            onChange={set('name')}
            error={errors.fields.name}
            required
            maxLength={200}
            autoComplete="off"
          />
          <Field
            id="project-code"
            label="Code"
            hint="Short and unique, e.g. NW-PORTAL."
            value={draft.code}
            onChange={value => {
              set('code')(value.toUpperCase());
            }}
            error={errors.fields.code}
            required
            maxLength={30}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <CheckboxField
          id="project-billable"
          label="New time is billable by default"
          checked={draft.billableByDefault}
          onChange={set('billableByDefault')}
        />
        <div className="form__row form__row--three">
          <Field
            id="project-rate"
            label={`Hourly rate${unit} (optional)`}
            hint="Tasks may set their own; without a rate the person's or site's applies."
            value={draft.hourlyRate}
            onChange={set('hourlyRate')}
            error={errors.fields.hourlyRate}
            inputMode="decimal"
            autoComplete="off"
          />
          <Field
            id="project-budget-hours"
            label="Time budget in hours (optional)"
            value={draft.budgetHours}
            onChange={set('budgetHours')}
            error={errors.fields.budgetMinutes}
            inputMode="decimal"
            autoComplete="off"
          />
          <Field
            id="project-budget-amount"
            label={`Money budget${unit} (optional)`}
            value={draft.budgetAmount}
            onChange={set('budgetAmount')}
            error={errors.fields.budgetAmount}
            inputMode="decimal"
            autoComplete="off"
          />
        </div>
        <div className="form__row">
          <Field
            id="project-starts-on"
            label="Starts on (optional)"
            type="date"
            value={draft.startsOn}
            onChange={set('startsOn')}
            error={errors.fields.startsOn}
          />
          <Field
            id="project-ends-on"
            label="Ends on (optional)"
            type="date"
            value={draft.endsOn}
            onChange={set('endsOn')}
            error={errors.fields.endsOn}
          />
        </div>
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? 'Saving…' : project ? 'Save changes' : 'Add project'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
