import { useState } from 'react';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog';
import { useCustomerErase } from './useCustomerErase';

type EraseCustomerDialogProps = {
  customer: { id: string; name: string };
  onClose: () => void;
  onErased: (name: string) => void;
};

/**
 * GDPR erasure of a customer (typically a private person as customer). The server refuses with
 * LEGAL_RETENTION while issued invoices name the customer; its explanation is shown as is.
 */
export function EraseCustomerDialog({ customer, onClose, onErased }: EraseCustomerDialogProps) {
  const { erase, erasing } = useCustomerErase();
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setProblem(null);
    const refused = await erase(customer.id);
    if (refused) setProblem(refused);
    else onErased(customer.name);
  }

  return (
    <TypedConfirmDialog
      title={`Erase the data of ${customer.name}?`}
      phrase={customer.name}
      confirmLabel="Erase customer data"
      busyLabel="Erasing…"
      busy={erasing}
      problem={problem}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>
        <strong>This cannot be undone.</strong>
      </p>
      <ul className="erase-list">
        <li>
          The name is replaced by “Erased customer” and a short number; the customer number, contact
          details and VAT number are removed, and the customer is archived.
        </li>
        <li>Its projects and the time registered on them are kept.</li>
        <li>
          Not possible while issued invoices name the customer: tax law requires keeping them for
          seven years. Archive the customer instead.
        </li>
      </ul>
    </TypedConfirmDialog>
  );
}
