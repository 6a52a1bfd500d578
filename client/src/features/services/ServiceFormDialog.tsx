import { useState, type SubmitEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, type FormErrors } from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { ServiceFieldsFragment } from '../../gql/graphql';
import { EMPTY_SERVICE, readDraft, type ServiceDraft, type ServiceField } from './service-form';
import { ServiceFields } from './ServiceFields';
import { useServiceCreate } from './useServiceCreate';

type ServiceFormDialogProps = {
  onClose: () => void;
  onCreated: (service: ServiceFieldsFragment) => void;
};

/** Adds a service: who it is and where it may call from. Permissions and tokens come next. */
export function ServiceFormDialog({ onClose, onCreated }: ServiceFormDialogProps) {
  const [draft, setDraft] = useState<ServiceDraft>(EMPTY_SERVICE);
  const [errors, setErrors] = useState<FormErrors<ServiceField>>(NO_ERRORS);
  const formRef = useFocusFirstError(errors);
  const { create, creating } = useServiceCreate();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    const outcome = await create(read.value);
    if (outcome.ok) onCreated(outcome.value);
    else setErrors(outcome.errors);
  }

  return (
    <Dialog title="New service" onClose={onClose}>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <p className="muted">
          A service is a partner integration with its own tokens. It starts able to read customers,
          projects and time entries, and sees none of the sensitive fields; you can change both on
          its page.
        </p>
        <ServiceFields idPrefix="new-service" draft={draft} errors={errors} onChange={setDraft} />
        <div className="dialog__actions">
          <button className="button button--primary" type="submit" disabled={creating}>
            {creating ? 'Adding…' : 'Add service'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
