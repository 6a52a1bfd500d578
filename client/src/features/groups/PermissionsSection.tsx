import { useMutation } from '@apollo/client/react';
import { ALL_PERMISSIONS, type Permission, type Scope } from '@horae/shared/permissions';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { FormAlert } from '../../components/FormAlert';
import { useCan } from '../auth/viewer-context';
import { groupUpdateMutation } from './operations';
import { PermissionMatrix } from './PermissionMatrix';
import { readGrants, sameGrants, writeGrants, type Grants } from './permission-matrix';

type PermissionsSectionProps = {
  group: { id: string; name: string; permissions: readonly string[] };
  /** The built-in Administrators group: it always holds every permission. */
  administrators: boolean;
};

const EVERYTHING: Grants = new Map<Permission, Scope>(ALL_PERMISSIONS.map(p => [p, 'all']));

type Saved = { ok: true } | { ok: false; messages: string[] };

/**
 * The group's permission matrix. Changes stay local until saved; the server then replaces all of
 * the group's grants at once, and the saved grants come back through the cache.
 */
export function PermissionsSection({ group, administrators }: PermissionsSectionProps) {
  const canManage = useCan('group.manage');
  const withMembers = useCan('user.read');
  const stored = readGrants(group.permissions);
  const [draft, setDraft] = useState<Grants>(stored.grants);
  // The grants the draft started from: when the server's change (a refetch, a save), an
  // untouched draft follows them, while unsaved work stays as it is.
  const [base, setBase] = useState<Grants>(stored.grants);
  if (!sameGrants(base, stored.grants)) {
    setBase(stored.grants);
    if (sameGrants(draft, base)) setDraft(stored.grants);
  }
  const [saved, setSaved] = useState<Saved | null>(null);
  const [update, { loading }] = useMutation(groupUpdateMutation, { refetchQueries: ['Groups'] });
  const editable = canManage && !administrators;
  const dirty = !sameGrants(draft, stored.grants);

  async function save() {
    setSaved(null);
    try {
      const { data } = await update({
        variables: {
          id: group.id,
          input: { permissions: writeGrants(draft, stored.unknown) },
          withMembers,
        },
      });
      const payload = data?.groupUpdate;
      if (payload?.group && !payload.errors.length) {
        setSaved({ ok: true });
        return;
      }
      setSaved({
        ok: false,
        messages: payload?.errors.map(e => e.message) ?? ['Saving did not work. Try again.'],
      });
    } catch (error) {
      setSaved({ ok: false, messages: [describeProblem(error).message] });
    }
  }

  return (
    <section className="card" aria-labelledby="permissions-title">
      <div className="card__header">
        <h2 id="permissions-title">Permissions</h2>
      </div>
      {administrators ? (
        <p className="alert alert--info">
          Administrators always hold every permission, so nobody can lock the site out. To give
          someone narrower rights, create another group.
        </p>
      ) : !canManage ? (
        <p className="alert alert--info">
          You can see what this group may do but not change it: that takes the permission to create,
          change and delete groups.
        </p>
      ) : (
        <p className="section-note muted">
          Members get every permission checked here. Time entries, timesheets and reports also say
          how far they reach: <strong>Own</strong> records only, their <strong>Team</strong>{' '}
          (members of groups they manage and of projects they lead) or <strong>All site</strong>.
        </p>
      )}
      <PermissionMatrix
        groupName={group.name}
        grants={administrators ? EVERYTHING : draft}
        onChange={
          editable
            ? next => {
                setSaved(null);
                setDraft(next);
              }
            : undefined
        }
      />
      {saved?.ok === false ? <FormAlert messages={saved.messages} /> : null}
      {saved?.ok ? (
        <p className="alert alert--success" role="status">
          Saved the permissions of {group.name}. Members have them from their next request.
        </p>
      ) : null}
      {editable ? (
        <div className="form__actions">
          <button
            className="button button--primary"
            type="button"
            disabled={!dirty || loading}
            onClick={() => void save()}
          >
            {loading ? 'Saving…' : 'Save permissions'}
          </button>
          <button
            className="button"
            type="button"
            disabled={!dirty || loading}
            onClick={() => {
              setSaved(null);
              setDraft(stored.grants);
            }}
          >
            Discard changes
          </button>
          {dirty && !loading ? <span className="muted">Unsaved changes.</span> : null}
        </div>
      ) : null}
    </section>
  );
}
