import { formatMinutes } from '@horae/shared/time';
import { Link } from 'react-router';
import { formatDayOf, formatPeriod } from '../../components/dates';
import { formatMoney } from '../../components/money';
import type { InvoicesQuery } from '../../gql/graphql';
import { invoicePath, invoiceTitle } from './invoice-labels';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

type Invoice = InvoicesQuery['invoices']['nodes'][number];

export function InvoicesTable({ invoices }: { invoices: readonly Invoice[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Customer</th>
            <th scope="col">Period</th>
            <th scope="col">Status</th>
            <th scope="col">Issued</th>
            <th scope="col" className="table__number">
              Hours
            </th>
            <th scope="col" className="table__number">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map(invoice => (
            <tr key={invoice.id}>
              <th scope="row">
                <Link to={invoicePath(invoice.id)}>{invoiceTitle(invoice)}</Link>
              </th>
              <td>{invoice.customer.name}</td>
              <td>{formatPeriod(invoice.periodFrom, invoice.periodTo)}</td>
              <td>
                <InvoiceStatusBadge status={invoice.status} />
              </td>
              <td>
                {invoice.issuedAt ? (
                  formatDayOf(invoice.issuedAt)
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="table__number">{formatMinutes(invoice.totalMinutes)}</td>
              <td className="table__number">
                {formatMoney(invoice.totalAmount, invoice.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
