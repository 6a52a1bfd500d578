import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { ExposureMatrix, type CatalogField, type Subject } from './ExposureMatrix';
import { fieldExposureQuery } from './operations';
import { useFieldExposureSet } from './useFieldExposureSet';

type Outcome = { message: string; ok: boolean };

/** Which groups of people and which services may read each catalogued sensitive field. */
export function ExposurePage() {
  const canManageGroups = useCan('group.manage');
  const canManageServices = useCan('service.manage');
  const canReadServices = useCan('service.read');
  const { data, error, refetch } = useQuery(fieldExposureQuery, {
    // Show what is cached at once, and always ask the server again: others may have changed it.
    fetchPolicy: 'cache-and-network',
  });
  const { cells, setExposure } = useFieldExposureSet();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const exposure = data?.fieldExposure;

  const canChange = (subject: Subject) =>
    subject.kind === 'GROUP' ? canManageGroups : canManageServices;

  async function toggle(subject: Subject, field: CatalogField, exposed: boolean) {
    setOutcome(null);
    const failed = await setExposure({
      subjectKind: subject.kind,
      subjectId: subject.id,
      field: field.field,
      exposed,
    });
    const change = `${exposed ? 'expose' : 'hide'} ${field.label} ${exposed ? 'to' : 'from'} ${subject.name}`;
    setOutcome(
      failed
        ? { message: `Could not ${change}: ${failed}`, ok: false }
        : {
            message: `${field.label} is now ${exposed ? 'exposed to' : 'hidden from'} ${subject.name}.`,
            ok: true,
          },
    );
  }

  return (
    <>
      <PageHeader
        title="Field exposure"
        description="Which groups of people and which services may read each sensitive field."
      />
      <div className="stack">
        <section className="card" aria-labelledby="exposure-help-title">
          <h2 id="exposure-help-title">What hiding a field means</h2>
          <ul className="exposure-help">
            <li>A checked box exposes the field to the members of the group or to the service.</li>
            <li>
              A <strong>hidden</strong> field comes back empty (<code>null</code>) with a{' '}
              <code>FORBIDDEN</code> error at its place in the answer for API callers, and Horae
              shows a dash (—) instead. Exports leave the field out and reports leave it blank.
            </li>
            <li>
              People see a field when <strong>any</strong> of their groups exposes it: to hide it
              from someone, hide it in every group they are in. Administrators always see
              everything.
            </li>
            <li>Services see none of these fields until you expose them.</li>
            <li>Changes are saved at once and apply from the next request.</li>
          </ul>
          {!canManageGroups && !canManageServices ? (
            <p className="alert alert--info">
              You can see who may read what but not change it: that takes the permission to manage
              groups or services.
            </p>
          ) : null}
        </section>
        <section className="card" aria-labelledby="exposure-matrix-title">
          <h2 id="exposure-matrix-title">Fields by group and service</h2>
          {/* Present from the start, so screen readers announce each saved change. */}
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
          ) : !exposure ? (
            <LoadingState label="Loading field exposure…" />
          ) : (
            <>
              <ExposureMatrix
                fields={exposure.fields}
                groups={exposure.groups}
                services={exposure.services}
                cells={cells}
                canChange={canChange}
                onToggle={(subject, field, exposed) => void toggle(subject, field, exposed)}
              />
              {canReadServices && exposure.services.length === 0 ? (
                <p className="section-note muted">
                  There are no services (partner integrations) yet; they appear here as columns once
                  added.
                </p>
              ) : null}
            </>
          )}
        </section>
      </div>
    </>
  );
}
