import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useServiceDelete } from './useServiceDelete';

type DeleteServiceButtonProps = { service: { id: string; name: string; activeTokens: number } };

/** Deletes the service after confirming; its tokens stop working at once. */
export function DeleteServiceButton({ service }: DeleteServiceButtonProps) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { remove, deleting } = useServiceDelete();

  async function confirm() {
    setProblem(null);
    const failed = await remove(service.id);
    if (failed) setProblem(failed);
    else void navigate('/services', { state: { deleted: service.name } });
  }

  return (
    <>
      <button
        className="button button--danger-quiet"
        type="button"
        onClick={() => {
          setProblem(null);
          setAsking(true);
        }}
      >
        Delete service
      </button>
      {asking ? (
        <ConfirmDialog
          title={`Delete ${service.name}?`}
          confirmLabel="Delete service"
          busyLabel="Deleting…"
          busy={deleting}
          problem={problem}
          danger
          onConfirm={() => void confirm()}
          onCancel={() => {
            setAsking(false);
          }}
        >
          <p>
            {service.activeTokens === 0
              ? 'It has no active tokens.'
              : `Its ${service.activeTokens === 1 ? 'active token stops' : `${service.activeTokens} active tokens stop`} working at once: whatever uses them gets UNAUTHENTICATED from its next request.`}{' '}
            Its permissions and field exposure go with it. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
