import { formatMinutes } from '@horae/shared/time';
import { formatMoney } from '../../components/money';
import type { InvoiceFieldsFragment } from '../../gql/graphql';

type InvoiceLinesTableProps = { invoice: InvoiceFieldsFragment; caption: string };

/** The lines of an invoice with the totals row; used on screen and on paper. */
export function InvoiceLinesTable({ invoice, caption }: InvoiceLinesTableProps) {
  const lines = [...invoice.lines].sort((a, b) => a.position - b.position);
  return (
    <div className="table-wrap">
      <table className="table invoice-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Description</th>
            <th scope="col" className="table__number">
              Hours
            </th>
            <th scope="col" className="table__number">
              Rate
            </th>
            <th scope="col" className="table__number">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map(line => (
            <tr key={line.id}>
              <th scope="row">{line.description}</th>
              <td className="table__number">{formatMinutes(line.minutes)}</td>
              <td className="table__number">{formatMoney(line.rate, invoice.currency)}/h</td>
              <td className="table__number">{formatMoney(line.amount, invoice.currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="table__totals">
            <th scope="row">Total</th>
            <td className="table__number">{formatMinutes(invoice.totalMinutes)}</td>
            <td />
            <td className="table__number">{formatMoney(invoice.totalAmount, invoice.currency)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
