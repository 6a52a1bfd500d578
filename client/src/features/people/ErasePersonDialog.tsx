import { useState } from 'react';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog';
import { useUserErase } from './useUserErase';

type ErasePersonDialogProps = {
  person: { id: string; displayName: string };
  onClose: () => void;
  onErased: (name: string) => void;
};

/** GDPR erasure of one person, after saying exactly what goes and what stays. */
export function ErasePersonDialog({ person, onClose, onErased }: ErasePersonDialogProps) {
  const { erase, erasing } = useUserErase();
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setProblem(null);
    const refused = await erase(person.id);
    if (refused) setProblem(refused);
    else onErased(person.displayName);
  }

  return (
    <TypedConfirmDialog
      title={`Erase the personal data of ${person.displayName}?`}
      phrase={person.displayName}
      confirmLabel="Erase personal data"
      busyLabel="Erasing…"
      busy={erasing}
      problem={problem}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>
        <strong>This cannot be undone.</strong> Download their data first if they asked for a copy.
      </p>
      <ul className="erase-list">
        <li>
          Their name is replaced by “Erased person” and a short number, and their email address is
          removed.
        </li>
        <li>
          They are signed out everywhere; their two-step sign-in, recovery codes, tokens and
          invitations are deleted, and they leave all groups. They can no longer sign in.
        </li>
        <li>
          Their time entries, timesheets and invoices are kept, so totals and invoices stay right,
          but they no longer name them.
        </li>
        <li>The audit log keeps its events, which refer to the person by id only.</li>
      </ul>
    </TypedConfirmDialog>
  );
}
