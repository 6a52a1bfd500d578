import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { projectUpdateMutation } from './operations';

type ProjectArchiveButtonProps = {
  project: { id: string; name: string; archived: boolean };
  onDone: (message: string, ok: boolean) => void;
};

/** Archives an open project (it takes no new time) or restores an archived one. */
export function ProjectArchiveButton({ project, onDone }: ProjectArchiveButtonProps) {
  const [update, { loading }] = useMutation(projectUpdateMutation, {
    refetchQueries: ['Projects'],
  });
  const archive = !project.archived;

  async function toggle() {
    try {
      const { data } = await update({
        variables: { input: { id: project.id, archived: archive } },
      });
      const [error] = data?.projectUpdate.errors ?? [];
      if (error) onDone(error.message, false);
      else
        onDone(
          archive
            ? `Archived ${project.name}: it takes no new time. Restore it to work on it again.`
            : `Restored ${project.name}.`,
          true,
        );
    } catch (error) {
      onDone(describeProblem(error).message, false);
    }
  }

  return (
    <button className="button" type="button" disabled={loading} onClick={() => void toggle()}>
      {loading
        ? archive
          ? 'Archiving…'
          : 'Restoring…'
        : archive
          ? 'Archive project'
          : 'Restore project'}
    </button>
  );
}
