import type { InvoiceStatus } from '../../gql/graphql';
import { STATUS_LABELS } from './invoice-labels';

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return (
    <span className={`badge badge--invoice-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>
  );
}
