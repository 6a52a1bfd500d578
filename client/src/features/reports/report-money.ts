import { formatMoney } from '../../components/money';
import type { Row } from './report-columns';

/**
 * Amounts come without a currency unless rows are grouped by customer. Where a row's currency is
 * known (its customer's, its project's customer's, the filtered customer's, or the one currency
 * all customers use) it is shown; sums of different currencies are never shown as one number.
 */
export function rowCurrency(row: Row, fallback: string | null): string | null {
  return row.currency ?? row.project?.customer.currency ?? fallback;
}

export function formatAmount(amount: number | null, currency: string | null): string {
  return currency ? formatMoney(amount, currency) : '—';
}

/** "€1,200.00 + £300.00" for the totals of rows in several currencies, or null. */
export function totalsByCurrency(rows: readonly Row[], fallback: string | null): string | null {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const currency = rowCurrency(row, fallback);
    if (!currency || row.amount === null) return null;
    sums.set(currency, (sums.get(currency) ?? 0) + row.amount);
  }
  if (!sums.size) return fallback ? formatMoney(0, fallback) : null;
  return [...sums].map(([currency, amount]) => formatMoney(amount, currency)).join(' + ');
}
