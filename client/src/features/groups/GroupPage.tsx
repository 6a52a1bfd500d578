import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { describeProblem } from '../../app/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { GroupDeleteDialog } from './GroupDeleteDialog';
import { GroupFormDialog } from './GroupFormDialog';
import { MembersSection } from './MembersSection';
import { groupDetailQuery } from './operations';
import { PermissionsSection } from './PermissionsSection';

type Notice = { message: string; ok: boolean };

/** Navigation state of a group that was just created. */
export type GroupCreated = { created: true };

function wasCreated(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state;
}

/** One group: what its members may do (the permission matrix) and who its members are. */
export function GroupPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const withMembers = useCan('user.read');
  const canManage = useCan('group.manage');
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(() =>
    wasCreated(location.state)
      ? { message: 'Created the group. Now choose its permissions and add its members.', ok: true }
      : null,
  );
  const { data, error, refetch } = useQuery(groupDetailQuery, {
    variables: { id, withMembers },
    // Show what is cached at once, and always ask the server again: others may have changed it.
    fetchPolicy: 'cache-and-network',
  });
  const group = data?.group;

  if (error || !data || !group) {
    return (
      <>
        <PageHeader title="Group" />
        <p className="back-link">
          <Link to="/groups">All groups</Link>
        </p>
        <section className="card">
          {error ? (
            <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
          ) : !data ? (
            <LoadingState label="Loading the group…" />
          ) : (
            <EmptyState title="There is no such group.">
              <p>
                It may have been deleted, or the link is wrong.{' '}
                <Link to="/groups">See all groups</Link>.
              </p>
            </EmptyState>
          )}
        </section>
      </>
    );
  }

  const administrators = data.fieldExposure.groups.some(g => g.id === group.id && g.locked);

  return (
    <>
      <PageHeader
        title={group.name}
        description={
          <>
            {administrators
              ? 'Built in: administrators may do everything on the site.'
              : group.builtIn
                ? 'Built in: every site has this group. It can be renamed and changed, not deleted.'
                : 'Members of this group get all of its permissions.'}
            {group.builtIn ? <span className="badge badge--built-in">Built-in</span> : null}
          </>
        }
        actions={
          canManage ? (
            <>
              <button
                className="button"
                type="button"
                onClick={() => {
                  setDialog('rename');
                }}
              >
                Rename group
              </button>
              {group.builtIn ? null : (
                <button
                  className="button button--danger"
                  type="button"
                  onClick={() => {
                    setDialog('delete');
                  }}
                >
                  Delete group
                </button>
              )}
            </>
          ) : null
        }
      />
      <p className="back-link">
        <Link to="/groups">All groups</Link>
      </p>
      {notice ? (
        <p
          className={notice.ok ? 'alert alert--success' : 'alert alert--error'}
          role={notice.ok ? 'status' : 'alert'}
        >
          {notice.message}
        </p>
      ) : null}
      <div className="stack">
        <PermissionsSection group={group} administrators={administrators} />
        <MembersSection group={group} members={group.members} administrators={administrators} />
      </div>
      {dialog === 'rename' ? (
        <GroupFormDialog
          group={group}
          onClose={() => {
            setDialog(null);
          }}
          onSaved={saved => {
            setDialog(null);
            setNotice({ message: `Renamed the group to ${saved.name}.`, ok: true });
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <GroupDeleteDialog
          group={{ id: group.id, name: group.name, memberCount: group.members?.length }}
          onCancel={() => {
            setDialog(null);
          }}
        />
      ) : null}
    </>
  );
}
