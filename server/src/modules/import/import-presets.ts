import type { DateFormat } from './import-values.js';

export const IMPORT_PRESETS = ['kimai', 'harvest', 'clockify', 'toggl'] as const;
export type ImportPresetName = (typeof IMPORT_PRESETS)[number];

export type Preset = {
  label: string;
  /** Per time-entry field, the headers of this tool's CSV export, in order of preference. */
  headers: Readonly<Record<string, readonly string[]>>;
  /** When the dates of a file do not tell (all days ≤ 12), read them like this. */
  dateFormat: DateFormat;
};

/**
 * The time-entry exports of other tools, from their documented column layouts:
 * - Kimai: timesheet export, default template (Date, From, To, Duration, …, Name, User, E-mail,
 *   …, Customer, Project, Activity, Description, Billable, Tags, …, Project number; ID optional).
 * - Harvest: detailed time report export (Date, Client, Project, Project Code, Task, Notes,
 *   Hours, …, Billable?, …, First Name, Last Name, …).
 * - Clockify: detailed report CSV (Project, Client, Description, Task, User, Group, Email, Tags,
 *   Billable, Start Date, Start Time, End Date, End Time, Duration (h), Duration (decimal), …).
 * - Toggl Track: detailed report CSV (User, Email, Client, Project, Task, Description, Billable,
 *   Start date, Start time, End date, End time, Duration, Tags, …).
 */
export const PRESETS: Record<ImportPresetName, Preset> = {
  kimai: {
    label: 'Kimai',
    dateFormat: 'YMD',
    headers: {
      externalId: ['ID'],
      date: ['Date'],
      startTime: ['From'],
      endTime: ['To'],
      duration: ['Duration'],
      person: ['Name', 'User'],
      email: ['E-mail', 'Email'],
      customer: ['Customer'],
      projectCode: ['Project number'],
      project: ['Project'],
      task: ['Activity'],
      description: ['Description'],
      billable: ['Billable'],
    },
  },
  harvest: {
    label: 'Harvest',
    dateFormat: 'MDY',
    headers: {
      date: ['Date'],
      customer: ['Client'],
      project: ['Project'],
      projectCode: ['Project Code'],
      task: ['Task'],
      description: ['Notes'],
      duration: ['Hours'],
      firstName: ['First Name', 'First name'],
      lastName: ['Last Name', 'Last name'],
      billable: ['Billable?'],
    },
  },
  clockify: {
    label: 'Clockify',
    dateFormat: 'MDY',
    headers: {
      project: ['Project'],
      customer: ['Client'],
      description: ['Description'],
      task: ['Task'],
      person: ['User'],
      email: ['Email'],
      billable: ['Billable'],
      date: ['Start Date'],
      startTime: ['Start Time'],
      endDate: ['End Date'],
      endTime: ['End Time'],
      duration: ['Duration (decimal)', 'Duration (h)'],
    },
  },
  toggl: {
    label: 'Toggl Track',
    dateFormat: 'YMD',
    headers: {
      person: ['User'],
      email: ['Email'],
      customer: ['Client'],
      project: ['Project'],
      task: ['Task'],
      description: ['Description'],
      billable: ['Billable'],
      date: ['Start date'],
      startTime: ['Start time'],
      endDate: ['End date'],
      endTime: ['End time'],
      duration: ['Duration'],
    },
  },
};
