import { formatMinutes } from '@horae/shared/time';
import { formatHours } from '../../components/hours';
import type { ReportDimension } from '../../gql/graphql';
import { columnsOf, type Row } from './report-columns';
import { formatAmount, rowCurrency, totalsByCurrency } from './report-money';

type ReportTableProps = {
  caption: string;
  rows: readonly Row[];
  totals: Row;
  groupBy: readonly ReportDimension[];
  /** The currency of every row when it is known without grouping by customer. */
  currency: string | null;
};

/** The report's rows with a totals row; hours as h:mm, amounts in their currency. */
export function ReportTable({ caption, rows, totals, groupBy, currency }: ReportTableProps) {
  const columns = columnsOf(groupBy);
  const withBudget = groupBy.includes('PROJECT');
  const totalAmount = totalsByCurrency(rows, currency);
  const amountsHidden = rows.some(row => !rowCurrency(row, currency));
  return (
    <>
      <div className="table-wrap">
        <table className="table report-table">
          <caption className="table__caption">{caption}</caption>
          <thead>
            <tr>
              {columns.map(column => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col" className="table__number">
                Hours
              </th>
              <th scope="col" className="table__number">
                Billable
              </th>
              <th scope="col" className="table__number">
                Non-billable
              </th>
              <th scope="col" className="table__number">
                Amount
              </th>
              {withBudget ? (
                <th scope="col" className="table__number">
                  Budget
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {columns.map((column, i) =>
                  i === 0 ? (
                    <th key={column.key} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key}>{column.cell(row)}</td>
                  ),
                )}
                <td className="table__number">{formatMinutes(row.minutes)}</td>
                <td className="table__number">{formatMinutes(row.billableMinutes)}</td>
                <td className="table__number">{formatMinutes(row.nonBillableMinutes)}</td>
                <td className="table__number">
                  {formatAmount(row.amount, rowCurrency(row, currency))}
                </td>
                {withBudget ? (
                  <td className="table__number">
                    {row.budgetMinutes != null ? formatHours(row.budgetMinutes) : '—'}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="table__totals">
              <th scope="row" colSpan={columns.length}>
                Total
              </th>
              <td className="table__number">{formatMinutes(totals.minutes)}</td>
              <td className="table__number">{formatMinutes(totals.billableMinutes)}</td>
              <td className="table__number">{formatMinutes(totals.nonBillableMinutes)}</td>
              <td className="table__number">{totalAmount ?? '—'}</td>
              {withBudget ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="field__hint section-note">
        Hours as hours:minutes. Amounts count approved and invoiced time only; budgets are the
        projects’ whole budgets.
        {amountsHidden
          ? ' Customers bill in different currencies: group by customer or project, or choose one customer, to see amounts.'
          : ''}
      </p>
    </>
  );
}
