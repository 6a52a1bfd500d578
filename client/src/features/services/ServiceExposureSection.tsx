import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { FieldExposureQuery } from '../../gql/graphql';
import { fieldExposureQuery } from '../exposure/operations';
import { cellKey, useFieldExposureSet } from '../exposure/useFieldExposureSet';

type CatalogField = FieldExposureQuery['fieldExposure']['fields'][number];

type ServiceExposureSectionProps = {
  service: { id: string; name: string };
  canManage: boolean;
};

function byCategory(fields: readonly CatalogField[]): [string, CatalogField[]][] {
  const categories = new Map<string, CatalogField[]>();
  for (const field of fields)
    categories.set(field.category, [...(categories.get(field.category) ?? []), field]);
  return [...categories];
}

type Outcome = { message: string; ok: boolean };

/**
 * The catalogued sensitive fields this service may read: a toggle each, saved at once. The same
 * switches as the service's column on the Field exposure page.
 */
export function ServiceExposureSection({ service, canManage }: ServiceExposureSectionProps) {
  const { data, error, refetch } = useQuery(fieldExposureQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { cells, setExposure } = useFieldExposureSet();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const exposure = data?.fieldExposure;
  const subject = exposure?.services.find(s => s.id === service.id);

  async function toggle(field: CatalogField, exposed: boolean) {
    setOutcome(null);
    const failed = await setExposure({
      subjectKind: 'SERVICE',
      subjectId: service.id,
      field: field.field,
      exposed,
    });
    setOutcome(
      failed
        ? { message: `Could not change ${field.label}: ${failed}`, ok: false }
        : {
            message: `${field.label} is now ${exposed ? 'exposed to' : 'hidden from'} ${service.name}.`,
            ok: true,
          },
    );
  }

  return (
    <section className="card" aria-labelledby="service-exposure-title">
      <div className="card__header">
        <h2 id="service-exposure-title">Sensitive fields</h2>
        <Link to="/exposure">All groups and services on Field exposure</Link>
      </div>
      <p className="section-note muted">
        A service sees none of these until you expose them. A hidden field comes back as null with a
        FORBIDDEN error at its place in the answer. Changes apply from its next request.
      </p>
      <div role="status">
        {outcome?.ok ? <p className="alert alert--success">{outcome.message}</p> : null}
      </div>
      {outcome && !outcome.ok ? (
        <p className="alert alert--error" role="alert">
          {outcome.message}
        </p>
      ) : null}
      {error && !exposure ? (
        <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
      ) : !exposure || !subject ? (
        <LoadingState label="Loading the sensitive fields…" />
      ) : (
        <div className="permission-groups">
          {byCategory(exposure.fields).map(([category, fields]) => (
            <fieldset className="fieldset" key={category}>
              <legend className="field__label">{category}</legend>
              <ul className="choice-list">
                {fields.map(field => {
                  const id = `service-exposure-${field.field}`;
                  const state = cells.get(cellKey(service.id, field.field));
                  const saved = subject.exposed.includes(field.field);
                  const exposed = state?.saving ? state.exposed : saved;
                  return (
                    <li key={field.field}>
                      <input
                        type="checkbox"
                        id={id}
                        checked={exposed}
                        disabled={!canManage || state?.saving}
                        onChange={event => void toggle(field, event.target.checked)}
                      />
                      <label htmlFor={id}>
                        {field.label} <code className="permission-list__name">{field.field}</code>
                      </label>
                      <span className={exposed ? 'badge badge--active' : 'badge'}>
                        {state?.saving ? 'Saving…' : exposed ? 'Exposed' : 'Hidden'}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      )}
    </section>
  );
}
