import type { Parsed } from './money';

/** Minutes as an input value in hours: 5400 -> "90", 90 -> "1.5"; null -> "". */
export function hoursInput(minutes: number | null | undefined): string {
  if (minutes == null) return '';
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** A number of hours as people type it ("900", "12.5", "12,5", "12:30") -> minutes. */
export function parseHours(text: string, label: string): Parsed<number | null> {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return { ok: true, value: null };
  let m: RegExpExecArray | null;
  let minutes: number | null = null;
  if ((m = /^(\d+):([0-5]\d)$/.exec(trimmed))) minutes = Number(m[1]) * 60 + Number(m[2]);
  else if (/^\d+(\.\d+)?$/.test(trimmed)) minutes = Math.round(Number(trimmed) * 60);
  if (minutes === null || !Number.isSafeInteger(minutes) || minutes > 2_147_483_647) {
    return { ok: false, message: `${label} must be a number of hours such as 120 or 12.5.` };
  }
  return { ok: true, value: minutes };
}

/** 5400 -> "90 h", 90 -> "1.5 h": budgets read better in hours than in h:mm. */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours.toLocaleString('en-GB')} h`;
}
