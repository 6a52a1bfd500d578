import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../app/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { groupDeleteMutation } from './operations';
import type { GroupsNotice } from './GroupsPage';

type GroupDeleteDialogProps = {
  group: { id: string; name: string; memberCount: number | undefined };
  onCancel: () => void;
};

/** Asks before deleting a group; afterwards the list of groups says it is gone. */
export function GroupDeleteDialog({ group, onCancel }: GroupDeleteDialogProps) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(groupDeleteMutation, { refetchQueries: ['Groups'] });

  async function confirm() {
    setProblem(null);
    try {
      const payload = (await remove({ variables: { id: group.id } })).data?.groupDelete;
      const [userError] = payload?.errors ?? [];
      if (userError || !payload?.deletedId) {
        setProblem(userError?.message ?? 'Deleting the group did not work. Try again.');
        return;
      }
      const state: GroupsNotice = { notice: `Deleted the group ${group.name}.` };
      await navigate('/groups', { state });
      // Off its page now: forget the group so no list or link shows it again.
      client.cache.evict({ id: client.cache.identify({ __typename: 'Group', id: group.id }) });
      client.cache.gc();
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  const members =
    group.memberCount === undefined
      ? 'Its members'
      : group.memberCount === 1
        ? 'Its one member'
        : `Its ${group.memberCount} members`;

  return (
    <ConfirmDialog
      title={`Delete ${group.name}?`}
      confirmLabel="Delete group"
      busyLabel="Deleting…"
      busy={loading}
      problem={problem}
      danger
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>
        {members} will lose the permissions and field access it grants from their next request
        (other groups they are in still apply). This cannot be undone; the deletion is recorded in
        the audit log.
      </p>
    </ConfirmDialog>
  );
}
