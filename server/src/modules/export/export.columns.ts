import type { CatalogField } from '@horae/shared/fields';
import type { Permission } from '@horae/shared/permissions';

/**
 * One CSV column: its header, the SQL that produces it (over the aliases of the resource's FROM
 * clause), and the catalogued field it reveals, if any (left out when hidden from the caller).
 * `text` columns are neutralised against spreadsheet formulas. Booleans are written `true` /
 * `false` (`::text`), which spreadsheets and Horae's own import read, not PostgreSQL's `t` / `f`.
 */
export type Column = { header: string; sql: string; field?: CatalogField; text?: boolean };

export type ExportResource = {
  permission: Permission;
  from: string;
  /** The alias whose `id` the list filter selects. */
  alias: string;
  orderBy: string;
  columns: Column[];
};

export const EXPORTS = {
  users: {
    permission: 'user.read',
    from: 'app_user u',
    alias: 'u',
    orderBy: 'u.email, u.id',
    columns: [
      { header: 'id', sql: 'u.id' },
      { header: 'display_name', sql: 'u.display_name', text: true },
      { header: 'email', sql: 'u.email', field: 'User.email', text: true },
      { header: 'status', sql: 'u.status' },
      { header: 'hourly_rate', sql: 'u.hourly_rate', field: 'User.hourlyRate' },
      { header: 'created_at', sql: 'u.created_at' },
    ],
  },
  customers: {
    permission: 'customer.read',
    from: 'customer c',
    alias: 'c',
    orderBy: 'c.name, c.id',
    columns: [
      { header: 'id', sql: 'c.id' },
      { header: 'number', sql: 'c.number', text: true },
      { header: 'name', sql: 'c.name', text: true },
      { header: 'contact', sql: 'c.contact', field: 'Customer.contact', text: true },
      { header: 'vat_number', sql: 'c.vat_number', field: 'Customer.vatNumber', text: true },
      { header: 'currency', sql: 'c.currency' },
      { header: 'archived', sql: 'c.archived::text' },
    ],
  },
  projects: {
    permission: 'project.read',
    from: 'project p join customer c on c.id = p.customer_id',
    alias: 'p',
    orderBy: 'p.name, p.id',
    columns: [
      { header: 'id', sql: 'p.id' },
      { header: 'code', sql: 'p.code', text: true },
      { header: 'name', sql: 'p.name', text: true },
      { header: 'customer_id', sql: 'p.customer_id' },
      { header: 'customer_name', sql: 'c.name', text: true },
      { header: 'billable_by_default', sql: 'p.billable_by_default::text' },
      { header: 'hourly_rate', sql: 'p.hourly_rate', field: 'Project.hourlyRate' },
      { header: 'budget_minutes', sql: 'p.budget_minutes' },
      { header: 'budget_amount', sql: 'p.budget_amount', field: 'Project.budgetAmount' },
      { header: 'starts_on', sql: 'p.starts_on' },
      { header: 'ends_on', sql: 'p.ends_on' },
      { header: 'archived', sql: 'p.archived::text' },
    ],
  },
  tasks: {
    permission: 'project.read',
    from: 'task t join project p on p.id = t.project_id',
    alias: 't',
    orderBy: 'p.code, t.name, t.id',
    columns: [
      { header: 'id', sql: 't.id' },
      { header: 'project_id', sql: 't.project_id' },
      { header: 'project_code', sql: 'p.code', text: true },
      { header: 'name', sql: 't.name', text: true },
      { header: 'billable', sql: 't.billable::text' },
      { header: 'hourly_rate', sql: 't.hourly_rate', field: 'Task.hourlyRate' },
      { header: 'archived', sql: 't.archived::text' },
    ],
  },
  'time-entries': {
    permission: 'timeEntry.read',
    from: `time_entry e
      join app_user u on u.id = e.user_id
      join project p on p.id = e.project_id
      left join task t on t.id = e.task_id`,
    alias: 'e',
    orderBy: 'e.date desc, e.id desc',
    columns: [
      { header: 'id', sql: 'e.id' },
      { header: 'date', sql: 'e.date' },
      { header: 'user_id', sql: 'e.user_id' },
      { header: 'user_name', sql: 'u.display_name', text: true },
      { header: 'project_id', sql: 'e.project_id' },
      { header: 'project_code', sql: 'p.code', text: true },
      { header: 'task_id', sql: 'e.task_id' },
      { header: 'task_name', sql: 't.name', text: true },
      { header: 'minutes', sql: 'e.minutes' },
      { header: 'description', sql: 'e.description', text: true },
      { header: 'billable', sql: 'e.billable::text' },
      { header: 'status', sql: 'e.status' },
      { header: 'rate', sql: 'e.rate', field: 'TimeEntry.rate' },
      { header: 'amount', sql: 'e.amount', field: 'TimeEntry.amount' },
      { header: 'invoice_id', sql: 'e.invoice_id' },
    ],
  },
  invoices: {
    permission: 'invoice.read',
    from: 'invoice i join customer c on c.id = i.customer_id',
    alias: 'i',
    orderBy: 'i.created_at desc, i.id desc',
    columns: [
      { header: 'id', sql: 'i.id' },
      { header: 'number', sql: 'i.number' },
      { header: 'status', sql: 'i.status' },
      { header: 'customer_id', sql: 'i.customer_id' },
      { header: 'customer_number', sql: 'c.number', text: true },
      { header: 'customer_name', sql: 'c.name', text: true },
      { header: 'period_from', sql: 'i.period_from' },
      { header: 'period_to', sql: 'i.period_to' },
      { header: 'currency', sql: 'i.currency' },
      { header: 'total_minutes', sql: 'i.total_minutes' },
      { header: 'total_amount', sql: 'i.total_amount', field: 'Invoice.totalAmount' },
      { header: 'issued_at', sql: 'i.issued_at' },
      { header: 'voided_at', sql: 'i.voided_at' },
      { header: 'created_at', sql: 'i.created_at' },
    ],
  },
  timesheets: {
    permission: 'timesheet.read',
    from: `timesheet s
      join app_user u on u.id = s.user_id
      left join app_user d on d.id = s.decided_by_id`,
    alias: 's',
    orderBy: 's.week_start desc, s.id desc',
    columns: [
      { header: 'id', sql: 's.id' },
      { header: 'user_id', sql: 's.user_id' },
      { header: 'user_name', sql: 'u.display_name', text: true },
      { header: 'week', sql: `to_char(s.week_start, 'IYYY-"W"IW')` },
      { header: 'week_start', sql: 's.week_start' },
      { header: 'status', sql: 's.status' },
      { header: 'locked', sql: `(s.status in ('submitted', 'approved'))::text` },
      {
        header: 'total_minutes',
        // Like the list: every entry of the person in the seven days of the week.
        sql: `(select coalesce(sum(e.minutes), 0) from time_entry e
          where e.user_id = s.user_id and e.date between s.week_start and s.week_start + 6)`,
      },
      { header: 'submitted_at', sql: 's.submitted_at' },
      { header: 'decided_at', sql: 's.decided_at' },
      { header: 'decided_by_id', sql: 's.decided_by_id' },
      { header: 'decided_by_name', sql: 'd.display_name', text: true },
      { header: 'comment', sql: 's.comment', text: true },
    ],
  },
  'audit-events': {
    permission: 'audit.read',
    from: 'audit_event a',
    alias: 'a',
    orderBy: 'a.seq desc',
    // Every field the hash covers, so that an auditor can recompute the chain offline
    // (`chainHash` in audit.service.ts): `occurred_at` as the hashed ISO text, `data` as JSON.
    columns: [
      { header: 'id', sql: 'a.id' },
      { header: 'seq', sql: 'a.seq' },
      {
        header: 'occurred_at',
        sql: `to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      },
      { header: 'action', sql: 'a.action', text: true },
      { header: 'actor_type', sql: 'a.actor_type' },
      { header: 'actor_id', sql: 'a.actor_id' },
      { header: 'target_type', sql: 'a.target_type', text: true },
      { header: 'target_id', sql: 'a.target_id', text: true },
      { header: 'ip', sql: 'a.ip', text: true },
      { header: 'request_id', sql: 'a.request_id', text: true },
      { header: 'before', sql: `(a.data -> 'before')::text`, text: true },
      { header: 'after', sql: `(a.data -> 'after')::text`, text: true },
      { header: 'data', sql: 'a.data::text', text: true },
      { header: 'site_id', sql: 'a.site_id' },
      { header: 'prev_hash', sql: `encode(a.prev_hash, 'hex')` },
      { header: 'hash', sql: `encode(a.hash, 'hex')` },
    ],
  },
} as const satisfies Record<string, ExportResource>;

export type ExportName = keyof typeof EXPORTS;

export function isExportName(value: string): value is ExportName {
  return Object.hasOwn(EXPORTS, value);
}

/**
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) get a leading apostrophe (OWASP's advice for CSV injection).
 */
export function neutralised(sql: string): string {
  return `case when ${sql} ~ '^[=+\\-@\\t\\r]' then '''' || ${sql} else ${sql} end`;
}

/** The same rule for cells written in Node (report tables, personal data). */
export function neutralisedCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;
