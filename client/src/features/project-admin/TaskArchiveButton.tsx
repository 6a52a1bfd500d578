import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import type { TaskFieldsFragment } from '../../gql/graphql';
import { taskUpdateMutation } from './operations';

type TaskArchiveButtonProps = {
  task: TaskFieldsFragment;
  onDone: (message: string, ok: boolean) => void;
};

export function TaskArchiveButton({ task, onDone }: TaskArchiveButtonProps) {
  const [update, { loading }] = useMutation(taskUpdateMutation);
  const archive = !task.archived;

  async function toggle() {
    try {
      const { data } = await update({ variables: { input: { id: task.id, archived: archive } } });
      const [error] = data?.taskUpdate.errors ?? [];
      if (error) onDone(error.message, false);
      else onDone(archive ? `Archived task ${task.name}.` : `Restored task ${task.name}.`, true);
    } catch (error) {
      onDone(describeProblem(error).message, false);
    }
  }

  return (
    <button
      className="button button--small"
      type="button"
      disabled={loading}
      onClick={() => void toggle()}
      aria-label={`${archive ? 'Archive' : 'Restore'} task ${task.name}`}
    >
      {loading ? (archive ? 'Archiving…' : 'Restoring…') : archive ? 'Archive' : 'Restore'}
    </button>
  );
}
