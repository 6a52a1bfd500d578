import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import type { CustomerFieldsFragment } from '../../gql/graphql';
import { customerUpdateMutation } from './operations';

type CustomerArchiveButtonProps = {
  customer: CustomerFieldsFragment;
  onDone: (message: string, ok: boolean) => void;
};

/** Archives an open customer or restores an archived one. */
export function CustomerArchiveButton({ customer, onDone }: CustomerArchiveButtonProps) {
  const [update, { loading }] = useMutation(customerUpdateMutation, {
    refetchQueries: ['Customers', 'CustomerOptions'],
  });
  const archive = !customer.archived;

  async function toggle() {
    try {
      const { data } = await update({
        variables: { input: { id: customer.id, archived: archive } },
      });
      const [error] = data?.customerUpdate.errors ?? [];
      if (error) onDone(error.message, false);
      else
        onDone(
          archive
            ? `Archived ${customer.name}. Tick “Show archived” to see or restore it.`
            : `Restored ${customer.name}.`,
          true,
        );
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
      aria-label={`${archive ? 'Archive' : 'Restore'} ${customer.name}`}
    >
      {loading ? (archive ? 'Archiving…' : 'Restoring…') : archive ? 'Archive' : 'Restore'}
    </button>
  );
}
