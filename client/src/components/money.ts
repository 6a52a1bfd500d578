/** Money is an integer of minor units (cents) with an ISO 4217 code; shown in British style. */
const LOCALE = 'en-GB';

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat | null {
  let format = formats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    } catch {
      return null;
    }
    formats.set(currency, format);
  }
  return format;
}

const PLAIN = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Digits after the decimal point: 2 for EUR, 0 for JPY. */
export function currencyDigits(currency: string | null | undefined): number {
  if (!currency) return 2;
  return currencyFormat(currency)?.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * 123456 EUR -> "€1,234.56"; without a known currency just "1,234.56". Null (an amount hidden from
 * the viewer by field exposure) shows as a dash.
 */
export function formatMoney(minor: number | null, currency: string | null | undefined): string {
  if (minor === null) return '—';
  const format = currency ? currencyFormat(currency) : null;
  const major = minor / 10 ** currencyDigits(currency);
  return format ? format.format(major) : PLAIN.format(major);
}

/** The value for a money input: 11000 EUR -> "110.00"; null -> "". */
export function moneyInput(minor: number | null | undefined, currency: string | null | undefined) {
  if (minor == null) return '';
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** What people type as an amount ("110", "110.50", "1,250.00", "110,5") -> minor units. */
export function parseMoney(
  text: string,
  currency: string | null | undefined,
  label: string,
): Parsed<number | null> {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!trimmed) return { ok: true, value: null };
  // "1,250.00" has grouping commas; a single comma with one or two digits after it is a decimal.
  const normalised = /^\d+,\d{1,2}$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const plain = normalised.replace(/,(?=\d{3}(\D|$))/g, '');
  const digits = currencyDigits(currency);
  const pattern = digits ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(plain)) {
    return {
      ok: false,
      message: digits
        ? `${label} must be an amount such as 110 or 110.50.`
        : `${label} must be a whole amount such as 1100.`,
    };
  }
  const value = Math.round(Number(plain) * 10 ** digits);
  if (!Number.isSafeInteger(value)) return { ok: false, message: `${label} is too large.` };
  return { ok: true, value };
}
