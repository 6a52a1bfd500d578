import { formatMinutes, weekStart } from '@horae/shared/time';
import { createHash } from 'node:crypto';
import { MAX_MINUTES_PER_ENTRY } from '../time-entry/time-entry.service.js';
import type { ImportRun, RowReader } from './import-plan.js';
import { nameKey, parseDate, parseImportDuration, parseTime } from './import-values.js';
import { zonedTime } from './zoned-time.js';

export type EntryFields = {
  user: string;
  project: string;
  task: string | null;
  date: string;
  minutes: number;
  description: string;
  billable: boolean;
  startedAt: Date | null;
  endedAt: Date | null;
};

export const LOCKED = (status: string, date: string) =>
  status === 'approved'
    ? `The week of ${weekStart(date)} is approved and locked. Ask an administrator to reopen it.`
    : `The week of ${weekStart(date)} is submitted for approval. Ask the manager to reject it first.`;

export function snapshot(e: EntryFields) {
  return {
    date: e.date,
    minutes: e.minutes,
    project: e.project,
    task: e.task,
    description: e.description,
    billable: e.billable,
    startedAt: e.startedAt?.toISOString() ?? null,
    endedAt: e.endedAt?.toISOString() ?? null,
  };
}

/** When the row was worked, from date, times and duration (each optional but the date). */
export function readTimes(r: RowReader, run: ImportRun, timeZone: string) {
  const date = r.parse('date', 'INVALID_DATE', parseDate(r.text('date'), run.dateFormat));
  const start = r.text('startTime')
    ? r.parse('startTime', 'INVALID_TIME', parseTime(r.text('startTime')))
    : null;
  const end = r.text('endTime')
    ? r.parse('endTime', 'INVALID_TIME', parseTime(r.text('endTime')))
    : null;
  const endDate = r.text('endDate')
    ? r.parse('endDate', 'INVALID_DATE', parseDate(r.text('endDate'), run.dateFormat))
    : date;
  if (!date || start === undefined || end === undefined || !endDate) return null;
  const startedAt = start !== null ? zonedTime(date, start, timeZone) : null;
  let endedAt = end !== null ? zonedTime(endDate, end, timeZone) : null;
  // An end before the start without an end date: the work went past midnight.
  if (startedAt && endedAt && endedAt < startedAt && !r.text('endDate')) {
    endedAt = new Date(endedAt.getTime() + 86_400_000);
  }
  let minutes: number | undefined;
  if (r.text('duration')) {
    minutes = r.parse('duration', 'INVALID_DURATION', parseImportDuration(r.text('duration')));
  } else if (startedAt && endedAt) {
    minutes = Math.round((endedAt.getTime() - startedAt.getTime()) / 60_000);
  } else {
    r.refuse('duration', 'INVALID_DURATION', 'The row has no duration (nor a start and end time).');
  }
  if (minutes !== undefined && (minutes < 1 || minutes > MAX_MINUTES_PER_ENTRY)) {
    r.refuse(
      'duration',
      'INVALID_DURATION',
      `A time entry lasts between 1 minute and 24 hours (this one: ${formatMinutes(minutes)}).`,
    );
    return null;
  }
  return minutes === undefined ? null : { date, minutes, startedAt, endedAt };
}

/**
 * A row without an entry ID is recognised by what it says: person, day, start, duration, project,
 * task and description. Identical rows are told apart by how often they occurred before.
 */
export function contentRef(
  r: RowReader,
  source: string,
  times: { date: string; minutes: number } | null,
  description: string,
  occurrences: Map<string, number>,
): string {
  const content = JSON.stringify([
    r.text('email').toLowerCase() ||
      nameKey(r.text('person') || `${r.text('firstName')} ${r.text('lastName')}`),
    times?.date ?? r.text('date'),
    r.text('startTime'),
    times?.minutes ?? r.text('duration'),
    nameKey(r.text('customer')),
    r.text('projectCode').toUpperCase(),
    nameKey(r.text('project')),
    nameKey(r.text('task')),
    description,
  ]);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 32);
  const n = (occurrences.get(hash) ?? 0) + 1;
  occurrences.set(hash, n);
  return `${source}:row:${hash}:${n}`;
}
