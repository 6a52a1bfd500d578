import { useState, type SubmitEvent } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { NO_ERRORS, type FormErrors } from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { ServiceFieldsFragment } from '../../gql/graphql';
import {
  draftOf,
  readDraft,
  SERVICE_FIELDS,
  type ServiceDraft,
  type ServiceField,
} from './service-form';
import { ServiceFields } from './ServiceFields';
import { useServiceUpdate } from './useServiceUpdate';

type ServiceDetailsSectionProps = { service: ServiceFieldsFragment; canManage: boolean };

/** The service's name, description, contact, allowed addresses and quota; saved together. */
export function ServiceDetailsSection({ service, canManage }: ServiceDetailsSectionProps) {
  const [draft, setDraft] = useState<ServiceDraft>(() => draftOf(service));
  const [errors, setErrors] = useState<FormErrors<ServiceField>>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const formRef = useFocusFirstError(errors);
  const { update, updating } = useServiceUpdate(SERVICE_FIELDS);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setSaved(false);
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    const outcome = await update(service.id, read.value);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    setDraft(draftOf(outcome.value));
    setSaved(true);
  }

  return (
    <section className="card" aria-labelledby="service-details-title">
      <div className="card__header">
        <h2 id="service-details-title">Details</h2>
      </div>
      <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
        <FormAlert messages={errors.general} />
        <ServiceFields
          idPrefix="service"
          draft={draft}
          errors={errors}
          onChange={next => {
            setSaved(false);
            setDraft(next);
          }}
          disabled={!canManage}
        />
        {saved ? (
          <p className="alert alert--success" role="status">
            Saved. The service&apos;s next request follows the new settings.
          </p>
        ) : null}
        {canManage ? (
          <div className="form__actions">
            <button className="button button--primary" type="submit" disabled={updating}>
              {updating ? 'Saving…' : 'Save details'}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
