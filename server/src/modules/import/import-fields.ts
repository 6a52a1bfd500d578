import type { Permission } from '@horae/shared/permissions';
import { UserError } from '../../graphql/user-error.js';
import { normalized } from './import-values.js';

export const IMPORT_RESOURCES = ['customer', 'project', 'task', 'user', 'timeEntry'] as const;
export type ImportResourceName = (typeof IMPORT_RESOURCES)[number];

/** Importing creates records: each resource needs its create permission (tasks are part of a project). */
export const IMPORT_PERMISSION: Record<ImportResourceName, Permission> = {
  customer: 'customer.create',
  project: 'project.create',
  task: 'project.update',
  user: 'user.create',
  timeEntry: 'timeEntry.create',
};

/** Rows that change existing records also need the update permission. */
export const UPDATE_PERMISSION: Record<ImportResourceName, Permission> = {
  customer: 'customer.update',
  project: 'project.update',
  task: 'project.update',
  user: 'user.update',
  timeEntry: 'timeEntry.update',
};

export type FieldDef = {
  key: string;
  label: string;
  description: string;
  required: boolean;
  /** Headers that match this field automatically (compared without case and punctuation). */
  aliases: readonly string[];
};

const f = (
  key: string,
  label: string,
  description: string,
  aliases: readonly string[],
  required = false,
): FieldDef => ({ key, label, description, required, aliases });

const billable = f('billable', 'Billable', 'Yes or no; blank takes the default.', [
  'billable',
  'billable?',
]);
const hourlyRate = f(
  'hourlyRate',
  'Hourly rate',
  'An amount such as 95.00, in the customer’s currency.',
  ['hourly rate', 'rate', 'billable rate'],
);

export const RESOURCE_FIELDS: Record<ImportResourceName, readonly FieldDef[]> = {
  customer: [
    f(
      'number',
      'Customer number',
      'Its number in your books: identifies the customer on re-import.',
      ['number', 'customer number', 'client number', 'account', 'debtor number', 'id'],
      true,
    ),
    f(
      'name',
      'Name',
      'Up to 200 characters.',
      ['name', 'customer', 'client', 'company', 'customer name', 'client name'],
      true,
    ),
    f('contact', 'Contact', 'Address, contact person, email.', [
      'contact',
      'contact person',
      'address',
      'email',
    ]),
    f('vatNumber', 'VAT number', '', ['vat number', 'vat', 'vat id', 'tax id', 'btw']),
    f('currency', 'Currency', 'ISO code such as EUR (the default).', ['currency']),
  ],
  project: [
    f(
      'code',
      'Project code',
      'Short and unique (e.g. ACME-WEB): identifies the project on re-import.',
      ['code', 'project code', 'project number'],
      true,
    ),
    f('name', 'Name', '', ['name', 'project', 'project name'], true),
    f(
      'customer',
      'Customer',
      'The customer’s number or exact name; it must exist.',
      ['customer', 'client', 'customer number', 'customer name', 'client name'],
      true,
    ),
    billable,
    hourlyRate,
    f('budgetHours', 'Budget (hours)', 'Hours such as 120 or 120:30.', [
      'budget',
      'budget hours',
      'hours budget',
      'time budget',
    ]),
    f('startsOn', 'Starts on', 'A date.', ['starts on', 'start', 'start date']),
    f('endsOn', 'Ends on', 'A date.', ['ends on', 'end', 'end date']),
    f('lead', 'Lead', 'Email of the project lead.', [
      'lead',
      'project lead',
      'lead email',
      'manager',
    ]),
  ],
  task: [
    f(
      'project',
      'Project code',
      'The project’s code; it must exist.',
      ['project code', 'project', 'code'],
      true,
    ),
    f(
      'name',
      'Task name',
      'Identifies the task within its project on re-import.',
      ['name', 'task', 'task name', 'activity'],
      true,
    ),
    billable,
    hourlyRate,
  ],
  user: [
    f(
      'email',
      'Email',
      'Identifies the person on re-import.',
      ['email', 'e-mail', 'email address', 'mail'],
      true,
    ),
    f('displayName', 'Name', 'Full name; or map first and last name.', [
      'name',
      'display name',
      'full name',
      'user',
    ]),
    f('firstName', 'First name', '', ['first name', 'firstname', 'given name']),
    f('lastName', 'Last name', '', ['last name', 'lastname', 'surname', 'family name']),
    f('groups', 'Groups', 'Group names separated by ; or | (blank: Employees). New people only.', [
      'groups',
      'group',
      'roles',
      'role',
    ]),
    f(
      'passwordHash',
      'Password hash',
      'From your previous system, as $pbkdf2-sha256$i=<iterations>,l=32$<salt>$<hash> (at least 600,000 iterations): the person signs in with their old password and gets no invitation. Blank: invited as usual. New people only. Quote it in comma-separated files (it holds a comma).',
      ['password hash', 'hash'],
    ),
  ],
  timeEntry: [
    f(
      'externalId',
      'Entry ID',
      'The entry’s id in the old system. Without it, a row is recognised by its contents.',
      ['id', 'entry id', 'time entry id', 'external id'],
    ),
    f('date', 'Date', 'The day of the work.', ['date', 'start date', 'day', 'spent date'], true),
    f('startTime', 'Start time', 'HH:MM; with the end time it gives the duration.', [
      'start time',
      'from',
      'begin',
      'start',
    ]),
    f('endDate', 'End date', 'When the work ended on a later day.', ['end date']),
    f('endTime', 'End time', 'HH:MM.', ['end time', 'to', 'end']),
    f('duration', 'Duration', 'Minutes as 1:30, 01:30:00, 1.5 (hours) or 90m.', [
      'duration',
      'duration decimal',
      'duration h',
      'hours',
      'time',
      'minutes',
    ]),
    f('email', 'Person’s email', 'Who did the work. Unmapped: you.', [
      'email',
      'e-mail',
      'user email',
      'email address',
    ]),
    f('person', 'Person’s name', 'Who did the work, by name, when there is no email.', [
      'user',
      'person',
      'name',
      'member',
      'username',
      'full name',
    ]),
    f('firstName', 'First name', '', ['first name', 'firstname']),
    f('lastName', 'Last name', '', ['last name', 'lastname']),
    f('customer', 'Customer', 'Tells projects of the same name apart.', ['customer', 'client']),
    f('projectCode', 'Project code', '', ['project code', 'project number', 'code']),
    f('project', 'Project', 'The project’s name (or code).', ['project', 'project name']),
    f('task', 'Task', '', ['task', 'activity', 'task name']),
    f('description', 'Description', 'Up to 2000 characters.', [
      'description',
      'notes',
      'note',
      'comment',
    ]),
    billable,
  ],
};

export type ColumnMapping = Map<string, string>;

/**
 * A header per field: what the caller chose; else, with a preset, the headers of that tool's
 * export (its other columns stay unmapped); else the aliases.
 */
export function resolveMapping(
  fields: readonly FieldDef[],
  headers: readonly string[],
  presetHeaders: Readonly<Record<string, readonly string[]>> | null,
  chosen: readonly { field: string; column?: string | null }[] | null | undefined,
): ColumnMapping | UserError[] {
  const mapping: ColumnMapping = new Map();
  const errors: UserError[] = [];
  if (chosen) {
    const known = new Set(fields.map(d => d.key));
    for (const { field, column } of chosen) {
      if (!known.has(field)) {
        errors.push(
          UserError.of('UNKNOWN_FIELD', `There is no field "${field}" to map.`, 'mapping'),
        );
      } else if (column && !headers.includes(column)) {
        errors.push(
          UserError.of('UNKNOWN_COLUMN', `The file has no column "${column}".`, 'mapping'),
        );
      } else if (column) mapping.set(field, column);
    }
    return errors.length ? errors : mapping;
  }
  const used = new Set<string>();
  const byNormal = new Map<string, string>();
  for (const h of headers) if (!byNormal.has(normalized(h))) byNormal.set(normalized(h), h);
  for (const field of fields) {
    const candidates = presetHeaders ? (presetHeaders[field.key] ?? []) : field.aliases;
    for (const candidate of candidates) {
      const header = byNormal.get(normalized(candidate));
      if (header && !used.has(header)) {
        mapping.set(field.key, header);
        used.add(header);
        break;
      }
    }
  }
  return mapping;
}

/** Fields of which at least one needs a column (the first is named in the error). */
const ONE_OF: Partial<Record<ImportResourceName, readonly (readonly string[])[]>> = {
  timeEntry: [['project', 'projectCode']],
  user: [['displayName', 'firstName']],
};

/** The required fields without a column. */
export function missingRequired(resource: ImportResourceName, mapping: ColumnMapping): UserError[] {
  const fields = RESOURCE_FIELDS[resource];
  const label = (key: string) => fields.find(d => d.key === key)!.label;
  const missing = (key: string, message: string) =>
    UserError.of('MISSING_COLUMN', message, `mapping.${key}`);
  return [
    ...fields
      .filter(d => d.required && !mapping.has(d.key))
      .map(d => missing(d.key, `Choose the column that holds "${d.label}": it is required.`)),
    ...(ONE_OF[resource] ?? [])
      .filter(keys => !keys.some(k => mapping.has(k)))
      .map(keys =>
        missing(
          keys[0]!,
          `Choose the column that holds "${label(keys[0]!)}" or "${label(keys[1]!)}": one of them is required.`,
        ),
      ),
  ];
}
