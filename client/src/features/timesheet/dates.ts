import { addDays, isIsoDate, isoWeekLabel, todayIn, weekStart } from '@horae/shared/time';

/** Today in this browser's time zone (the viewer's time zone is not part of the API yet). */
export function browserToday(): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The Monday of `?week=` (any day of the week), or of this week when absent or not a date. */
export function weekFromParam(value: string | null): string {
  return weekStart(value && isIsoDate(value) ? value : browserToday());
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const LONG_DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mon 24 Nov" for column headers. */
export function shortDay(date: string): string {
  return SHORT_DAY.format(utc(date));
}

/** ["Mon", "24 Nov"]: a column header on two lines. */
export function dayParts(date: string): [weekday: string, dayMonth: string] {
  const [weekday = '', ...rest] = shortDay(date).split(' ');
  return [weekday, rest.join(' ')];
}

/** "Monday 24 November" for labels read aloud. */
export function longDay(date: string): string {
  return LONG_DAY.format(utc(date));
}

/** "24 Nov – 30 Nov 2026". */
export function weekRange(monday: string): string {
  const sunday = addDays(monday, 6);
  return `${SHORT_DAY.format(utc(monday)).replace(/^\S+ /, '')} – ${DAY_MONTH_YEAR.format(utc(sunday))}`;
}

/** "Week 48 · 24 Nov – 30 Nov 2026" from a Monday. */
export function weekTitle(monday: string): string {
  const [, week] = isoWeekLabel(monday).split('-W');
  return `Week ${Number(week)} · ${weekRange(monday)}`;
}

/** A server timestamp in the browser's time zone, e.g. "24 Nov 2026, 17:05". */
export function dateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}
