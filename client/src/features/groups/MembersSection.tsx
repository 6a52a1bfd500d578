import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import type { GroupDetailFieldsFragment } from '../../gql/graphql';
import { useCan, useViewer } from '../auth/viewer-context';
import { AddMemberForm } from './AddMemberForm';
import { useGroupMemberSet } from './useGroupMemberSet';

type Member = NonNullable<GroupDetailFieldsFragment['members']>[number];
/** `focus`: the control used is gone (a removed row), so focus goes to the notice. */
type Notice = { message: string; ok: boolean; focus?: boolean };

type MembersSectionProps = {
  group: { id: string; name: string };
  /** Undefined when the viewer may not see the people of the site. */
  members: readonly Member[] | undefined;
  administrators: boolean;
};

/** Who is in the group and who manages it; changed by people with group.manage. */
export function MembersSection({ group, members, administrators }: MembersSectionProps) {
  const canManage = useCan('group.manage');
  const viewerId = useViewer().user.id;
  const { setMember, saving } = useGroupMemberSet(group.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  // A removed row takes its button along: say what happened where focus can land.
  useEffect(() => {
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);

  if (members === undefined) {
    return (
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <EmptyState title="You cannot see who is in this group.">
          <p>
            Seeing members takes the permission to see the people of the site. Ask an administrator
            if you need it.
          </p>
        </EmptyState>
      </section>
    );
  }

  async function toggleManager(member: Member, isManager: boolean) {
    setNotice(null);
    const failed = await setMember({ userId: member.user.id, member: true, isManager });
    setNotice(
      failed
        ? { message: failed, ok: false }
        : {
            message: isManager
              ? `${member.user.displayName} now manages ${group.name}.`
              : `${member.user.displayName} no longer manages ${group.name}.`,
            ok: true,
          },
    );
  }

  async function confirmRemove(member: Member) {
    setRemoveProblem(null);
    const failed = await setMember({ userId: member.user.id, member: false });
    if (failed) {
      setRemoveProblem(failed);
      return;
    }
    setRemoving(null);
    setNotice({
      message: `Removed ${member.user.displayName} from ${group.name}.`,
      ok: true,
      focus: true,
    });
  }

  const memberIds = new Set(members.map(m => m.user.id));

  return (
    <section className="card" aria-labelledby="members-title">
      <div className="card__header">
        <h2 id="members-title">Members ({members.length})</h2>
      </div>
      {notice ? (
        <p
          className={notice.ok ? 'alert alert--success' : 'alert alert--error'}
          role={notice.ok ? 'status' : 'alert'}
          tabIndex={-1}
          ref={noticeRef}
        >
          {notice.message}
        </p>
      ) : null}
      {members.length === 0 ? (
        <EmptyState title="Nobody is in this group yet.">
          {canManage ? <p>Add the people who should get its permissions below.</p> : null}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Members of {group.name}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Email</th>
                <th scope="col">Manager</th>
                {canManage ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map(member => (
                <tr key={member.user.id}>
                  <th scope="row">
                    {member.user.displayName}
                    {member.user.id === viewerId ? (
                      <span className="badge badge--you">You</span>
                    ) : null}
                    {member.user.status === 'DEACTIVATED' ? (
                      <span className="badge badge--deactivated badge--inline">Deactivated</span>
                    ) : null}
                  </th>
                  <td>{member.user.email ?? <span className="muted">Hidden</span>}</td>
                  <td>
                    {canManage ? (
                      <label className="checkbox">
                        <input
                          className="checkbox__input"
                          type="checkbox"
                          checked={member.isManager}
                          disabled={saving}
                          aria-label={`${member.user.displayName} manages ${group.name}`}
                          onChange={event => void toggleManager(member, event.target.checked)}
                        />
                        <span aria-hidden="true">Manager</span>
                      </label>
                    ) : member.isManager ? (
                      'Manager'
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  {canManage ? (
                    <td>
                      <div className="table__actions">
                        <button
                          className="button button--small button--danger-quiet"
                          type="button"
                          aria-label={`Remove ${member.user.displayName} from ${group.name}`}
                          onClick={() => {
                            setRemoveProblem(null);
                            setRemoving(member);
                          }}
                        >
                          Remove
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage ? (
        <AddMemberForm
          group={group}
          memberIds={memberIds}
          onAdded={message => {
            setNotice({ message, ok: true });
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.user.displayName} from ${group.name}?`}
          confirmLabel="Remove from group"
          busyLabel="Removing…"
          busy={saving}
          problem={removeProblem}
          danger
          onConfirm={() => void confirmRemove(removing)}
          onCancel={() => {
            setRemoving(null);
          }}
        >
          <p>
            {removing.user.displayName} loses what {group.name} grants from their next request;
            other groups they are in still apply.
            {administrators
              ? ' The site always keeps at least one active administrator, and nobody can remove their own administration rights.'
              : ''}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
