import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { InvoiceFieldsFragment } from '../../gql/graphql';
import { useCan } from '../auth/viewer-context';
import { invoiceTitle } from './invoice-labels';
import { invoiceIssueMutation, invoiceVoidMutation } from './operations';

type InvoiceActionsProps = {
  invoice: InvoiceFieldsFragment;
  onDone: (message: string) => void;
};

type Asking = 'issue' | 'void' | null;

/** Issue a draft, or void a draft or issued invoice; both are confirmed first. */
export function InvoiceActions({ invoice, onDone }: InvoiceActionsProps) {
  const canIssue = useCan('invoice.issue') && invoice.status === 'DRAFT';
  const canVoid = useCan('invoice.void') && invoice.status !== 'VOID';
  const [asking, setAsking] = useState<Asking>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = ['Invoices'];
  const [issue, issuing] = useMutation(invoiceIssueMutation, { refetchQueries });
  const [voidInvoice, voiding] = useMutation(invoiceVoidMutation, { refetchQueries });

  if (!canIssue && !canVoid) return null;

  function ask(what: Asking) {
    setProblem(null);
    setAsking(what);
  }

  async function run(what: 'issue' | 'void') {
    setProblem(null);
    try {
      const payload =
        what === 'issue'
          ? (await issue({ variables: { id: invoice.id } })).data?.invoiceIssue
          : (await voidInvoice({ variables: { id: invoice.id } })).data?.invoiceVoid;
      const [error] = payload?.errors ?? [];
      if (error || !payload?.invoice) {
        setProblem(error?.message ?? 'That did not work. Try again in a moment.');
        return;
      }
      setAsking(null);
      onDone(
        what === 'issue'
          ? `Issued invoice ${payload.invoice.number ?? ''}. Its time is now invoiced.`
          : `Voided ${invoiceTitle(invoice).toLowerCase()}. Its time can be invoiced again.`,
      );
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  return (
    <>
      {canIssue ? (
        <button
          className="button button--primary"
          type="button"
          onClick={() => {
            ask('issue');
          }}
        >
          Issue invoice
        </button>
      ) : null}
      {canVoid ? (
        <button
          className="button button--danger-quiet"
          type="button"
          onClick={() => {
            ask('void');
          }}
        >
          Void invoice
        </button>
      ) : null}
      {asking === 'issue' ? (
        <ConfirmDialog
          title="Issue this invoice?"
          confirmLabel="Issue invoice"
          busyLabel="Issuing…"
          busy={issuing.loading}
          problem={problem}
          onConfirm={() => void run('issue')}
          onCancel={() => {
            setAsking(null);
          }}
        >
          <p>
            It gets the next invoice number and its time is marked as invoiced. An issued invoice
            cannot be changed; it can only be voided.
          </p>
        </ConfirmDialog>
      ) : null}
      {asking === 'void' ? (
        <ConfirmDialog
          title={invoice.number != null ? `Void invoice ${invoice.number}?` : 'Void this draft?'}
          confirmLabel="Void invoice"
          busyLabel="Voiding…"
          busy={voiding.loading}
          problem={problem}
          danger
          onConfirm={() => void run('void')}
          onCancel={() => {
            setAsking(null);
          }}
        >
          <p>
            Its time is released so it can be invoiced again.
            {invoice.number != null
              ? ` The invoice keeps number ${invoice.number}, marked void.`
              : ''}{' '}
            This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
