import { isIsoDate, parseDuration } from '@horae/shared/time';

/** How a file writes its days: year first (ISO), day first (Europe) or month first (US). */
export const DATE_FORMATS = ['YMD', 'DMY', 'MDY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (message: string): Parsed<never> => ({ ok: false, message });

/** Date and time may share one cell ("2026-11-02 09:00:00", "02/11/2026 9:00 AM"). */
function datePart(value: string): string {
  return value.trim().split(/[T ]/)[0] ?? '';
}

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const XXY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as YYYY-MM-DD, read in the given format. */
export function parseDate(value: string, format: DateFormat): Parsed<string> {
  const text = datePart(value);
  let y: number, m: number, d: number;
  const ymd = YMD.exec(text);
  const other = XXY.exec(text);
  if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (other) {
    const [a, b, year] = [Number(other[1]), Number(other[2]), Number(other[3])];
    y = year < 100 ? 2000 + year : year;
    // Dots are only ever day first (31.12.2026).
    [d, m] = format === 'MDY' && !text.includes('.') ? [b, a] : [a, b];
  } else {
    return no(`"${value.trim()}" is not a date: use YYYY-MM-DD (e.g. 2026-11-02).`);
  }
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (!isIsoDate(iso)) {
    return no(`"${value.trim()}" is not a day of the calendar (read as ${formatLabel(format)}).`);
  }
  return ok(iso);
}

export function formatLabel(format: DateFormat): string {
  return { YMD: 'year-month-day', DMY: 'day/month/year', MDY: 'month/day/year' }[format];
}

/**
 * The format of a column of dates: day first when a first number is above 12, month first when a
 * second one is; null when the column does not tell (then the preset's or the default applies).
 */
export function detectDateFormat(values: Iterable<string>): DateFormat | null {
  let dayFirst = false;
  let monthFirst = false;
  let yearFirst = false;
  for (const value of values) {
    const text = datePart(value);
    if (YMD.test(text)) yearFirst = true;
    const m = XXY.exec(text);
    if (!m) continue;
    if (text.includes('.') || Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return 'DMY';
  if (monthFirst && !dayFirst) return 'MDY';
  if (yearFirst && !dayFirst && !monthFirst) return 'YMD';
  return null;
}

/** A time of day in minutes after midnight: "09:00", "9:00:30", "9:00 AM", "2026-11-02 09:00". */
export function parseTime(value: string): Parsed<number> {
  const text = value.trim();
  const m = /(?:^|[T ])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text);
  if (!m) return no(`"${text}" is not a time of day: use HH:MM (e.g. 09:30).`);
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return no(`"${text}" is not a time of day.`);
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return no(`"${text}" is not a time of day.`);
  return ok(hours * 60 + minutes + (Number(m[3] ?? 0) >= 30 ? 1 : 0));
}

/**
 * Minutes from what exports write: "1:30", "01:30:00" (seconds rounded), "1.5", "1,5", "1.5h",
 * "90m", "1h30". Empty is an error here: an imported entry has a duration.
 */
export function parseImportDuration(value: string): Parsed<number> {
  const text = value.trim();
  if (!text) return no('The duration is empty.');
  const hms = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(text);
  if (hms) {
    const minutes = Number(hms[1]) * 60 + Number(hms[2]) + Math.round(Number(hms[3]) / 60);
    return minutes > 24 * 60 ? no('A time entry lasts at most 24 hours.') : ok(minutes);
  }
  const parsed = parseDuration(text);
  if (!parsed.ok)
    return no(parsed.message.replace('1.5, 1:30 or 90m', '1.5, 1:30, 01:30:00 or 90m'));
  return ok(parsed.minutes);
}

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'j', 'billable', 'wahr', 'oui']);
const FALSE = new Set([
  'no',
  'n',
  'false',
  '0',
  'nee',
  'nein',
  'non-billable',
  'not billable',
  'falsch',
  'non',
]);

/** Yes/no in the ways spreadsheets write it; null when blank (the default applies). */
export function parseBoolean(value: string): Parsed<boolean | null> {
  const text = value.trim().toLowerCase();
  if (!text) return ok(null);
  if (TRUE.has(text)) return ok(true);
  if (FALSE.has(text)) return ok(false);
  return no(`"${value.trim()}" is not yes or no.`);
}

/**
 * Money in minor units (cents) from "95", "95.50", "95,50", "€ 1.234,56" or "$1,234.56": the last
 * separator followed by one or two digits is the decimal one.
 */
export function parseMoney(value: string): Parsed<number | null> {
  const text = value.trim().replace(/[^\d.,-]/g, '');
  if (!text) return value.trim() ? no(`"${value.trim()}" is not an amount.`) : ok(null);
  const m = /^(-?[\d.,]*?)(?:[.,](\d{1,2}))?$/.exec(text);
  const whole = m?.[1]?.replace(/[.,]/g, '') ?? '';
  if (!m || !/^-?\d*$/.test(whole) || (!whole && !m[2])) {
    return no(`"${value.trim()}" is not an amount.`);
  }
  const cents = Number(whole || '0') * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents < 0) {
    return no(`"${value.trim()}" is not an amount of 0 or more.`);
  }
  return ok(cents);
}

/** Lower case without accents, spaces or punctuation: how headers and names are compared. */
export function normalized(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Case-insensitive, trimmed, single spaces: how names of records are compared. */
export function nameKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A number of hours without the 24-hour cap of a day (budgets): "120", "120.5", "120:30". */
export function parseHours(value: string): Parsed<number | null> {
  const text = value.trim().toLowerCase().replace(/\s*h$/, '').replace(',', '.');
  if (!text) return ok(null);
  const hm = /^(\d+):([0-5]\d)$/.exec(text);
  if (hm) return ok(Number(hm[1]) * 60 + Number(hm[2]));
  if (/^\d+(\.\d+)?$/.test(text)) return ok(Math.round(Number(text) * 60));
  return no(`"${value.trim()}" is not a number of hours: use 120, 120.5 or 120:30.`);
}
