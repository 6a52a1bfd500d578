import type { InvoiceStatus } from '../../gql/graphql';

export const STATUS_LABELS: Record<InvoiceStatus, string> = {
  DRAFT: 'Draft',
  ISSUED: 'Issued',
  VOID: 'Void',
};

/** "Invoice 12", or "Draft invoice" before it has a number. */
export function invoiceTitle(invoice: { number?: number | null; status: InvoiceStatus }): string {
  if (invoice.number != null) return `Invoice ${invoice.number}`;
  return invoice.status === 'VOID' ? 'Void draft invoice' : 'Draft invoice';
}

export function invoicePath(id: string): string {
  return `/invoices/${id}`;
}
