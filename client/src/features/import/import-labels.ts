import type { Permission } from '@horae/shared/permissions';
import type {
  ImportDateFormat,
  ImportOutcome,
  ImportPreset,
  ImportResource,
} from '../../gql/graphql';

export const RESOURCES: readonly {
  value: ImportResource;
  label: string;
  /** The server asks the same (see server/src/modules/import/import-fields.ts). */
  permission: Permission;
  /** Where the imported records are seen afterwards. */
  page: { to: string; label: string };
}[] = [
  {
    value: 'TIME_ENTRY',
    label: 'Time entries',
    permission: 'timeEntry.create',
    page: { to: '/time', label: 'Timesheet' },
  },
  {
    value: 'CUSTOMER',
    label: 'Customers',
    permission: 'customer.create',
    page: { to: '/customers', label: 'Customers' },
  },
  {
    value: 'PROJECT',
    label: 'Projects',
    permission: 'project.create',
    page: { to: '/projects', label: 'Projects' },
  },
  {
    value: 'TASK',
    label: 'Tasks of projects',
    permission: 'project.update',
    page: { to: '/projects', label: 'Projects' },
  },
  {
    value: 'USER',
    label: 'People (invitations, or accounts with a password hash)',
    permission: 'user.create',
    page: { to: '/people', label: 'People' },
  },
];

export const IMPORT_PERMISSIONS: readonly Permission[] = RESOURCES.map(r => r.permission);

export const PRESETS: readonly { value: ImportPreset; label: string }[] = [
  { value: 'TOGGL', label: 'Toggl Track (detailed report CSV)' },
  { value: 'CLOCKIFY', label: 'Clockify (detailed report CSV)' },
  { value: 'HARVEST', label: 'Harvest (detailed time report CSV)' },
  { value: 'KIMAI', label: 'Kimai (timesheet export CSV)' },
];

export const DATE_FORMATS: readonly { value: ImportDateFormat; label: string }[] = [
  { value: 'YMD', label: 'Year first (2026-11-02)' },
  { value: 'DMY', label: 'Day first (02/11/2026)' },
  { value: 'MDY', label: 'Month first (11/02/2026)' },
];

export const OUTCOME_LABELS: Record<ImportOutcome, string> = {
  CREATE: 'Create',
  UPDATE: 'Update',
  UNCHANGED: 'Unchanged',
  REFUSED: 'Refused',
};

export const RELATED_LABELS: Record<ImportResource, [string, string]> = {
  CUSTOMER: ['customer', 'customers'],
  PROJECT: ['project', 'projects'],
  TASK: ['task', 'tasks'],
  USER: ['person', 'people'],
  TIME_ENTRY: ['time entry', 'time entries'],
};

export function delimiterLabel(delimiter: string): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter] ?? delimiter;
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}
