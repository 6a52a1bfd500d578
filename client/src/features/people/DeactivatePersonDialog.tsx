import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { personSessionsQuery } from './operations';
import { useUserDeactivate } from './useUserDeactivate';

type DeactivatePersonDialogProps = {
  person: { id: string; displayName: string };
  onClose: () => void;
  onDeactivated: (name: string) => void;
};

/** What happens to the person's sessions, counted when the dialog opens. */
function sessionsSentence(count: number | null | undefined): string {
  if (count == null) return 'Every session of theirs ends now; they can no longer sign in.';
  if (count === 0) return 'They have no active sessions; they can no longer sign in.';
  return `Their ${count} active ${count === 1 ? 'session ends' : 'sessions end'} now; they can no longer sign in.`;
}

/** Asks before deactivating a person, saying how many of their sessions end at once. */
export function DeactivatePersonDialog({
  person,
  onClose,
  onDeactivated,
}: DeactivatePersonDialogProps) {
  const { deactivate, deactivating } = useUserDeactivate();
  const [problem, setProblem] = useState<string | null>(null);
  const sessions = useQuery(personSessionsQuery, {
    variables: { id: person.id },
    // The count must be the one of now, not of when the list was loaded.
    fetchPolicy: 'network-only',
  });
  const count = sessions.data?.user?.activeSessionCount;

  async function confirm() {
    setProblem(null);
    const refused = await deactivate(person.id);
    if (refused) setProblem(refused);
    else onDeactivated(person.displayName);
  }

  return (
    <ConfirmDialog
      title={`Deactivate ${person.displayName}?`}
      confirmLabel="Deactivate"
      busyLabel="Deactivating…"
      busy={deactivating}
      problem={problem}
      danger
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p role="status">
        <strong>
          {sessions.loading && count === undefined
            ? 'Counting their active sessions…'
            : sessionsSentence(count)}
        </strong>
      </p>
      <p>
        Their time, timesheets and group memberships stay as they are. You can reactivate them
        later; they then sign in with their own password again.
      </p>
      <p className="muted">
        If you signed in more than 10 minutes ago, you are asked to confirm it is you first.
      </p>
    </ConfirmDialog>
  );
}
