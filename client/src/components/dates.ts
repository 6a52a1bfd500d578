import { addDays, todayIn } from '@horae/shared/time';

/** Today in this browser's time zone (the viewer's time zone is not part of the API yet). */
export function browserToday(): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "2026-11-24" -> "24 Nov 2026". */
export function formatDate(date: string): string {
  return DAY.format(utc(date));
}

/** "24 Nov" (for chart axes). */
export function formatDayMonth(date: string): string {
  return DAY_MONTH.format(utc(date));
}

/** "2026-11" -> "November 2026". */
export function formatMonth(month: string): string {
  return MONTH.format(utc(`${month}-01`));
}

/** "1 Oct 2026 – 31 Oct 2026". */
export function formatPeriod(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** A server timestamp in the browser's time zone, e.g. "24 Nov 2026, 17:05". */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** The first day of the month of `date`. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The same day `months` months away, or the month's last day when it has fewer days. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The whole calendar month before the one `today` is in. */
export function previousMonth(today: string): { from: string; to: string } {
  const from = monthStart(addMonths(monthStart(today), -1));
  return { from, to: addDays(monthStart(today), -1) };
}

const LOCAL_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** The day of a server timestamp in the browser's time zone, e.g. "24 Nov 2026". */
export function formatDayOf(iso: string): string {
  return LOCAL_DAY.format(new Date(iso));
}
