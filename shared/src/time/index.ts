/**
 * Durations, ISO weeks and rounding, shared by the server and the SPA. Dates are plain
 * 'YYYY-MM-DD' strings (a calendar day in the user's time zone), never Date objects.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: string): Date {
  if (!isIsoDate(date)) throw new Error(`Not a date (YYYY-MM-DD): ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Monday of the ISO week containing `date`. */
export function weekStart(date: string): string {
  const d = toUtc(date);
  const isoDay = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return addDays(date, 1 - isoDay);
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** ISO 8601 week label, e.g. "2026-W48". */
export function isoWeekLabel(date: string): string {
  const d = toUtc(date);
  const isoDay = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - isoDay); // the Thursday decides the year
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Today's date in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export type DurationParse = { ok: true; minutes: number } | { ok: false; message: string };

/**
 * Reads what people type in a timesheet cell: "1.5" or "1,5" (hours), "1:30", "90m", "2h",
 * "1h30", "1h 30m". Empty means zero. At most 24 hours.
 */
export function parseDuration(input: string): DurationParse {
  const text = input.trim().toLowerCase().replace(',', '.');
  if (text === '') return { ok: true, minutes: 0 };
  let minutes: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d+):([0-5]\d)$/.exec(text))) minutes = Number(m[1]) * 60 + Number(m[2]);
  else if ((m = /^(\d+)\s*m(in)?$/.exec(text))) minutes = Number(m[1]);
  else if ((m = /^(\d+(?:\.\d+)?)\s*h?$/.exec(text))) minutes = Math.round(Number(m[1]) * 60);
  else if ((m = /^(\d+)\s*h\s*(\d+)\s*m?$/.exec(text))) minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes === null) {
    return { ok: false, message: `"${input.trim()}" is not a duration: use 1.5, 1:30 or 90m.` };
  }
  if (minutes > 24 * 60) return { ok: false, message: 'A day has at most 24 hours.' };
  return { ok: true, minutes };
}

/** 90 -> "1:30". */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** Rounds a duration up to the site's step (1 = exact). */
export function roundUp(minutes: number, step: number): number {
  if (step <= 1) return minutes;
  return Math.ceil(minutes / step) * step;
}

/** Amount in minor units for minutes at an hourly rate in minor units, rounded half up. */
export function amountFor(minutes: number, hourlyRate: number): number {
  return Math.round((minutes * hourlyRate) / 60);
}
