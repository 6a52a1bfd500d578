import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { auditEventsWhere } from '../audit/audit.resolver.js';
import { customersWhere } from '../customer/customer.resolver.js';
import { Customer } from '../customer/customer.entity.js';
import { Invoice, INVOICE_STATUSES } from '../invoice/invoice.entity.js';
import { invoicesWhere } from '../invoice/invoice.resolver.js';
import { Project, Task } from '../project/project.entity.js';
import { projectsWhere } from '../project/project.resolver.js';
import { TimeEntry } from '../time-entry/time-entry.entity.js';
import { timeEntriesWhere } from '../time-entry/time-entry.resolver.js';
import { Timesheet, TIMESHEET_STATUSES } from '../timesheet/timesheet.entity.js';
import { timesheetsWhere } from '../timesheet/timesheet.resolver.js';
import { User } from '../user/user.entity.js';
import { usersWhere } from '../user/user.resolver.js';
import { EXPORTS, neutralised, type ExportName } from './export.columns.js';

export type ExportQuery = Record<string, string | undefined>;

export class ExportInputError extends Error {
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}

const bool = (value: string | undefined, name: string): boolean | null => {
  if (value === undefined || value === '') return null;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ExportInputError(`"${name}" must be true or false.`, name);
};

const id = (value: string | undefined, name: string): string | null => {
  if (value === undefined || value === '') return null;
  if (!isUuid(value)) throw new ExportInputError(`"${name}" must be an id.`, name);
  return value;
};

/** A status as the list's enum names it (any case), as stored; unknown ones are refused. */
const statusOf = (
  value: string | undefined,
  name: string,
  allowed: readonly string[],
): string | null => {
  if (value === undefined || value === '') return null;
  const stored = value.toLowerCase();
  if (!allowed.includes(stored)) {
    throw new ExportInputError(
      `"${name}" must be one of ${allowed.map(a => a.toUpperCase()).join(', ')}.`,
      name,
    );
  }
  return stored;
};

type IdQuery = {
  select(field: string): { where(cond: never): { getFormattedQuery(): string } };
};

function sqlOf(qb: IdQuery, where: Record<string, unknown>): string {
  return qb
    .select('id')
    .where(where as never)
    .getFormattedQuery();
}

/**
 * The ids the list query would return, as SQL (a subquery of the export's COPY): the same filters
 * as the matching GraphQL list, with the same meaning. A filter the list refuses is refused here
 * too, as a bad request naming the parameter.
 */
async function idsOf(
  ctx: RequestContext,
  actor: Actor,
  name: ExportName,
  q: ExportQuery,
): Promise<string> {
  try {
    return await listIdsOf(ctx, actor, name, q);
  } catch (error) {
    if (error instanceof ExportInputError) throw error;
    const extensions = (error as { extensions?: { code?: string; field?: string } }).extensions;
    if (extensions?.code !== 'BAD_USER_INPUT') throw error;
    throw new ExportInputError((error as Error).message, extensions.field ?? 'query');
  }
}

async function listIdsOf(
  ctx: RequestContext,
  actor: Actor,
  name: ExportName,
  q: ExportQuery,
): Promise<string> {
  switch (name) {
    case 'users':
      return sqlOf(
        ctx.em.createQueryBuilder(User),
        usersWhere({ search: q.search ?? null, status: q.status?.toLowerCase() ?? null }, actor),
      );
    case 'customers':
      return sqlOf(
        ctx.em.createQueryBuilder(Customer),
        customersWhere({
          search: q.search ?? null,
          includeArchived: bool(q.includeArchived, 'includeArchived'),
        }),
      );
    case 'projects':
      return sqlOf(
        ctx.em.createQueryBuilder(Project),
        await projectsWhere(ctx, {
          search: q.search ?? null,
          customerId: id(q.customerId, 'customerId'),
          includeArchived: bool(q.includeArchived, 'includeArchived'),
        }),
      );
    case 'tasks': {
      const where: Record<string, unknown> = {};
      if (!bool(q.includeArchived, 'includeArchived')) where.archived = false;
      const projectId = id(q.projectId, 'projectId');
      if (projectId) where.project = projectId;
      return sqlOf(ctx.em.createQueryBuilder(Task), where);
    }
    case 'time-entries':
      return sqlOf(
        ctx.em.createQueryBuilder(TimeEntry),
        await timeEntriesWhere(ctx, {
          from: q.from ?? null,
          to: q.to ?? null,
          userId: id(q.userId, 'userId'),
          projectId: id(q.projectId, 'projectId'),
          customerId: id(q.customerId, 'customerId'),
          status: q.status?.toLowerCase() ?? null,
          billable: bool(q.billable, 'billable'),
        }),
      );
    case 'invoices':
      return sqlOf(
        ctx.em.createQueryBuilder(Invoice),
        invoicesWhere({
          status: statusOf(q.status, 'status', INVOICE_STATUSES),
          customerId: id(q.customerId, 'customerId'),
        }),
      );
    case 'timesheets':
      return sqlOf(
        ctx.em.createQueryBuilder(Timesheet),
        await timesheetsWhere(ctx, {
          status: statusOf(q.status, 'status', TIMESHEET_STATUSES),
          userId: id(q.userId, 'userId'),
        }),
      );
    case 'audit-events':
      return sqlOf(
        ctx.em.createQueryBuilder(AuditEvent),
        auditEventsWhere({
          action: q.action ?? null,
          actorId: id(q.actorId, 'actorId'),
          from: q.from ?? null,
          to: q.to ?? null,
        }),
      );
  }
}

/**
 * The COPY statement of an export: only the columns the caller may read, only the rows the list
 * query would return to them, inside their site (row-level security and an explicit condition).
 */
export async function exportStatement(
  ctx: RequestContext,
  actor: Actor,
  name: ExportName,
  q: ExportQuery,
  options: { delimiter: ',' | ';' },
): Promise<{ sql: string; columns: string[] }> {
  const resource = EXPORTS[name];
  const ids = await idsOf(ctx, actor, name, q);
  const columns = resource.columns.filter(c => !('field' in c) || actor.exposure.has(c.field));
  const select = columns
    .map(c => `${'text' in c && c.text ? neutralised(c.sql) : c.sql} as "${c.header}"`)
    .join(', ');
  const site = `'${actor.siteId.replace(/[^0-9a-f-]/gi, '')}'::uuid`;
  const query = `select ${select} from ${resource.from}
    where ${resource.alias}.site_id = ${site} and ${resource.alias}.id in (${ids})
    order by ${resource.orderBy}`;
  return {
    sql: `copy (${query}) to stdout with (format csv, header true, delimiter '${options.delimiter}')`,
    columns: columns.map(c => c.header),
  };
}
