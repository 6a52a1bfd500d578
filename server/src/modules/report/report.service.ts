import { isIsoDate } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { badUserInput } from '../../core/errors.js';
import { reachableUserIds } from '../team/scope.js';
import { Report, ReportDimension, ReportRow, type ReportInput } from './report.type.js';

/** More rows than a screen or a spreadsheet can use: the caller should group by less. */
export const MAX_REPORT_ROWS = 10_000;

type Join = 'customer' | 'task' | 'user';

type DimensionSql = {
  /** `expression as alias`, selected and grouped by. */
  columns: [expression: string, alias: string][];
  orderBy: string[];
  join?: Join;
};

const DIMENSIONS: Record<ReportDimension, DimensionSql> = {
  [ReportDimension.CUSTOMER]: {
    columns: [
      ['c.id', 'customer_id'],
      ['c.name', 'customer_name'],
      ['c.currency', 'currency'],
    ],
    orderBy: ['c.name', 'c.id'],
    join: 'customer',
  },
  [ReportDimension.PROJECT]: {
    columns: [
      ['p.id', 'project_id'],
      ['p.name', 'project_name'],
      ['p.code', 'project_code'],
      ['p.budget_minutes', 'budget_minutes'],
      ['p.budget_amount', 'budget_amount'],
    ],
    orderBy: ['p.name', 'p.id'],
  },
  [ReportDimension.TASK]: {
    // A task belongs to one project; time without a task is grouped per project.
    columns: [
      ['p.id', 'project_id'],
      ['p.name', 'project_name'],
      ['p.code', 'project_code'],
      ['t.id', 'task_id'],
      ['t.name', 'task_name'],
    ],
    orderBy: ['p.name', 'p.id', 't.name nulls first', 't.id nulls first'],
    join: 'task',
  },
  [ReportDimension.USER]: {
    columns: [
      ['u.id', 'user_id'],
      ['u.display_name', 'user_name'],
    ],
    orderBy: ['u.display_name', 'u.id'],
    join: 'user',
  },
  [ReportDimension.WEEK]: {
    columns: [[`to_char(date_trunc('week', e.date), 'YYYY-MM-DD')`, 'week']],
    orderBy: ['week'],
  },
  [ReportDimension.MONTH]: {
    columns: [[`to_char(e.date, 'YYYY-MM')`, 'month']],
    orderBy: ['month'],
  },
};

const JOINS: Record<Join, string> = {
  customer: 'join customer c on c.id = p.customer_id',
  task: 'left join task t on t.id = e.task_id',
  user: 'join app_user u on u.id = e.user_id',
};

type Row = {
  customer_id?: string;
  customer_name?: string;
  currency?: string;
  project_id?: string;
  project_name?: string;
  project_code?: string;
  budget_minutes?: number | null;
  budget_amount?: string | null;
  task_id?: string | null;
  task_name?: string | null;
  user_id?: string;
  user_name?: string;
  week?: string;
  month?: string;
  entries: string;
  minutes: string;
  billable_minutes: string;
  non_billable_minutes: string;
  amount: string;
};

function emptyRow(): ReportRow {
  return Object.assign(new ReportRow(), {
    customerId: null,
    customerName: null,
    currency: null,
    projectId: null,
    projectName: null,
    projectCode: null,
    taskId: null,
    taskName: null,
    userId: null,
    userName: null,
    week: null,
    month: null,
    entries: 0,
    minutes: 0,
    billableMinutes: 0,
    nonBillableMinutes: 0,
    amount: 0,
    budgetMinutes: null,
    budgetAmount: null,
  });
}

function toReportRow(r: Row): ReportRow {
  return Object.assign(emptyRow(), {
    customerId: r.customer_id ?? null,
    customerName: r.customer_name ?? null,
    currency: r.currency ?? null,
    projectId: r.project_id ?? null,
    projectName: r.project_name ?? null,
    projectCode: r.project_code ?? null,
    taskId: r.task_id ?? null,
    taskName: r.task_name ?? null,
    userId: r.user_id ?? null,
    userName: r.user_name ?? null,
    week: r.week ?? null,
    month: r.month ?? null,
    entries: Number(r.entries),
    minutes: Number(r.minutes),
    billableMinutes: Number(r.billable_minutes),
    nonBillableMinutes: Number(r.non_billable_minutes),
    amount: Number(r.amount),
    budgetMinutes: r.budget_minutes ?? null,
    budgetAmount: r.budget_amount == null ? null : Number(r.budget_amount),
  });
}

function validate(input: ReportInput): void {
  for (const field of ['from', 'to'] as const) {
    if (!isIsoDate(input[field]))
      throw badUserInput(`"${field}" must be a date as YYYY-MM-DD.`, field);
  }
  if (input.from > input.to) throw badUserInput('The period must not end before it starts.', 'to');
  for (const field of ['customerId', 'projectId', 'userId'] as const) {
    const value = input[field];
    if (value != null && !isUuid(value)) throw badUserInput(`"${field}" is not a valid id.`, field);
  }
  if (new Set(input.groupBy).size !== input.groupBy.length) {
    throw badUserInput('Group by each dimension at most once.', 'groupBy');
  }
}

/**
 * Hours and amounts of the time the actor may see (report.read: own, team or all), grouped as
 * asked, in one SQL statement whatever the number of rows. The totals are the sums of the rows
 * (every entry is in exactly one row).
 */
export async function buildReport(
  ctx: RequestContext,
  actor: Actor,
  input: ReportInput,
): Promise<Report> {
  validate(input);
  const reachable = await reachableUserIds(ctx.em, actor, 'report.read');

  const columns = new Map<string, string>(); // alias -> expression, without duplicates
  const orderBy: string[] = [];
  const joins = new Set<Join>();
  for (const dimension of input.groupBy) {
    const sql = DIMENSIONS[dimension];
    for (const [expression, alias] of sql.columns) columns.set(alias, expression);
    for (const o of sql.orderBy) if (!orderBy.includes(o)) orderBy.push(o);
    if (sql.join) joins.add(sql.join);
  }

  const where = ['e.site_id = ?', 'e.date between ?::date and ?::date'];
  const params: unknown[] = [actor.siteId, input.from, input.to];
  if (reachable) {
    // A Postgres array literal: the ids come from the database.
    where.push('e.user_id = any(?::uuid[])');
    params.push(`{${reachable.join(',')}}`);
  }
  if (input.customerId) {
    where.push('p.customer_id = ?');
    params.push(input.customerId);
  }
  if (input.projectId) {
    where.push('e.project_id = ?');
    params.push(input.projectId);
  }
  if (input.userId) {
    where.push('e.user_id = ?');
    params.push(input.userId);
  }
  if (input.billable != null) where.push(input.billable ? 'e.billable' : 'not e.billable');

  const selected = [...columns].map(([alias, expression]) => `${expression} as ${alias}`);
  const grouped = [...columns.values()];
  const sql = `
    select ${[
      ...selected,
      'count(*) as entries',
      'coalesce(sum(e.minutes), 0)::bigint as minutes',
      'coalesce(sum(e.minutes) filter (where e.billable), 0)::bigint as billable_minutes',
      'coalesce(sum(e.minutes) filter (where not e.billable), 0)::bigint as non_billable_minutes',
      `coalesce(sum(e.amount) filter (where e.status in ('approved', 'invoiced')), 0)::bigint as amount`,
    ].join(',\n           ')}
      from time_entry e
      join project p on p.id = e.project_id
      ${[...joins].map(j => JOINS[j]).join('\n      ')}
     where ${where.join('\n       and ')}
     ${grouped.length ? `group by ${grouped.join(', ')}` : ''}
     ${orderBy.length ? `order by ${orderBy.join(', ')}` : ''}
     limit ${MAX_REPORT_ROWS + 1}`;
  const result = await ctx.em.execute<Row[]>(sql, params);
  if (result.length > MAX_REPORT_ROWS) {
    throw badUserInput(
      `This report would have more than ${MAX_REPORT_ROWS} rows. Choose a shorter period or group by less.`,
      'groupBy',
    );
  }

  // Without grouping the statement returns one row even when there is no time.
  const rows = result.filter(r => Number(r.entries) > 0).map(toReportRow);
  const totals = emptyRow();
  for (const row of rows) {
    totals.entries += row.entries;
    totals.minutes += row.minutes;
    totals.billableMinutes += row.billableMinutes;
    totals.nonBillableMinutes += row.nonBillableMinutes;
    totals.amount += row.amount;
  }
  return Object.assign(new Report(), { rows, totals });
}
