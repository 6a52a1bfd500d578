import {
  PERMISSION_CATALOG,
  SERVICE_PERMISSIONS,
  type Permission,
  type Resource,
} from '@horae/shared/permissions';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useServiceUpdate } from './useServiceUpdate';

type ServicePermissionsSectionProps = {
  service: { id: string; name: string; permissions: readonly string[] };
  canManage: boolean;
};

type ResourceGroup = { resource: Resource; label: string; permissions: Permission[] };

/** What a service may ever hold, by resource in catalog order. */
const GROUPS: readonly ResourceGroup[] = (Object.keys(PERMISSION_CATALOG) as Resource[])
  .map(resource => ({
    resource,
    label: PERMISSION_CATALOG[resource].label,
    permissions: SERVICE_PERMISSIONS.filter(p => p.startsWith(`${resource}.`)),
  }))
  .filter(group => group.permissions.length > 0);

function describe(permission: Permission): string {
  const [resource, action] = permission.split('.') as [Resource, string];
  return (PERMISSION_CATALOG[resource].actions as Record<string, string>)[action] ?? permission;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every(p => b.has(p));
}

type Saved = { ok: true } | { ok: false; messages: string[] };

/**
 * Checkboxes for the permissions a service can hold (never site, group or service
 * administration, nor decisions people sign). The server replaces them all at once.
 */
export function ServicePermissionsSection({ service, canManage }: ServicePermissionsSectionProps) {
  const stored = new Set(service.permissions);
  const [draft, setDraft] = useState<ReadonlySet<string>>(stored);
  const [base, setBase] = useState<ReadonlySet<string>>(stored);
  // When the saved permissions change (a save, a refetch), an untouched draft follows them.
  if (!sameSet(base, stored)) {
    setBase(stored);
    if (sameSet(draft, base)) setDraft(stored);
  }
  const [saved, setSaved] = useState<Saved | null>(null);
  const { update, updating } = useServiceUpdate(['permissions']);
  const dirty = !sameSet(draft, stored);

  function toggle(permission: Permission, on: boolean) {
    setSaved(null);
    const next = new Set(draft);
    if (on) next.add(permission);
    else next.delete(permission);
    setDraft(next);
  }

  async function save() {
    setSaved(null);
    const outcome = await update(service.id, { permissions: [...draft].sort() });
    setSaved(
      outcome.ok
        ? { ok: true }
        : {
            ok: false,
            messages: [...Object.values(outcome.errors.fields), ...outcome.errors.general],
          },
    );
  }

  return (
    <section className="card" aria-labelledby="service-permissions-title">
      <div className="card__header">
        <h2 id="service-permissions-title">Permissions</h2>
      </div>
      <p className="section-note muted">
        What the service may do with its tokens, on the whole site. Administering the site,
        people&apos;s access and services, approving weeks and issuing invoices stay with people.
      </p>
      <div className="permission-groups">
        {GROUPS.map(group => (
          <fieldset className="fieldset" key={group.resource}>
            <legend className="field__label">{group.label}</legend>
            <ul className="choice-list">
              {group.permissions.map(permission => {
                const id = `service-permission-${permission}`;
                return (
                  <li key={permission}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={draft.has(permission)}
                      disabled={!canManage || updating}
                      onChange={event => {
                        toggle(permission, event.target.checked);
                      }}
                    />
                    <label htmlFor={id}>
                      {describe(permission)}{' '}
                      <code className="permission-list__name">{permission}</code>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
      {saved?.ok === false ? <FormAlert messages={saved.messages} /> : null}
      {saved?.ok ? (
        <p className="alert alert--success" role="status">
          Saved the permissions of {service.name}. They apply from its next request.
        </p>
      ) : null}
      {canManage ? (
        <div className="form__actions">
          <button
            className="button button--primary"
            type="button"
            disabled={!dirty || updating}
            onClick={() => void save()}
          >
            {updating ? 'Saving…' : 'Save permissions'}
          </button>
          <button
            className="button"
            type="button"
            disabled={!dirty || updating}
            onClick={() => {
              setSaved(null);
              setDraft(stored);
            }}
          >
            Discard changes
          </button>
          {dirty && !updating ? <span className="muted">Unsaved changes.</span> : null}
        </div>
      ) : null}
    </section>
  );
}
