import { stringify } from 'csv-stringify/sync';
import type { Actor, RequestContext } from '../../core/context.js';
import { buildReport } from '../report/report.service.js';
import { ReportDimension, ReportInput, type ReportRow } from '../report/report.type.js';
import { neutralisedCell } from './export.columns.js';
import { ExportInputError, type ExportQuery } from './export.service.js';

type ReportColumn = {
  header: string;
  value: (row: ReportRow) => unknown;
  /** Shown when one of these dimensions is grouped by (always when absent). */
  dimensions?: ReportDimension[];
  field?: 'ReportRow.amount' | 'ReportRow.budgetAmount';
};

const COLUMNS: ReportColumn[] = [
  { header: 'customer', value: r => r.customerName, dimensions: [ReportDimension.CUSTOMER] },
  { header: 'currency', value: r => r.currency, dimensions: [ReportDimension.CUSTOMER] },
  {
    header: 'project_code',
    value: r => r.projectCode,
    dimensions: [ReportDimension.PROJECT, ReportDimension.TASK],
  },
  {
    header: 'project',
    value: r => r.projectName,
    dimensions: [ReportDimension.PROJECT, ReportDimension.TASK],
  },
  { header: 'task', value: r => r.taskName, dimensions: [ReportDimension.TASK] },
  { header: 'person', value: r => r.userName, dimensions: [ReportDimension.USER] },
  { header: 'week', value: r => r.week, dimensions: [ReportDimension.WEEK] },
  { header: 'month', value: r => r.month, dimensions: [ReportDimension.MONTH] },
  { header: 'entries', value: r => r.entries },
  { header: 'minutes', value: r => r.minutes },
  { header: 'billable_minutes', value: r => r.billableMinutes },
  { header: 'non_billable_minutes', value: r => r.nonBillableMinutes },
  { header: 'amount', value: r => r.amount, field: 'ReportRow.amount' },
  {
    header: 'budget_minutes',
    value: r => r.budgetMinutes,
    dimensions: [ReportDimension.PROJECT],
  },
  {
    header: 'budget_amount',
    value: r => r.budgetAmount,
    dimensions: [ReportDimension.PROJECT],
    field: 'ReportRow.budgetAmount',
  },
];

function reportInput(q: ExportQuery): ReportInput {
  const groupBy = (q.groupBy ?? '')
    .split(',')
    .map(d => d.trim().toUpperCase())
    .filter(Boolean);
  for (const d of groupBy) {
    if (!(d in ReportDimension)) {
      throw new ExportInputError(
        `"groupBy" takes ${Object.keys(ReportDimension).join(', ')} (comma-separated); "${d}" is none of them.`,
        'groupBy',
      );
    }
  }
  const billable =
    q.billable === undefined || q.billable === ''
      ? null
      : q.billable === 'true' || q.billable === '1';
  return Object.assign(new ReportInput(), {
    from: q.from ?? '',
    to: q.to ?? '',
    groupBy: groupBy as ReportDimension[],
    customerId: q.customerId || null,
    projectId: q.projectId || null,
    userId: q.userId || null,
    billable,
  });
}

/**
 * GET /export/report.csv?from=&to=&groupBy=PROJECT,USER — the report's rows and a totals row,
 * with the same scope (report.read own/team/all) and field exposure as the `report` query.
 * Reports are aggregated in SQL, so the rows are few and written at once.
 */
export async function reportCsv(
  ctx: RequestContext,
  actor: Actor,
  q: ExportQuery,
  delimiter: ',' | ';',
): Promise<string> {
  const input = reportInput(q);
  let report;
  try {
    report = await buildReport(ctx, actor, input);
  } catch (error) {
    throw new ExportInputError((error as Error).message, 'from');
  }
  const columns = COLUMNS.filter(
    c =>
      (!c.field || actor.exposure.has(c.field)) &&
      (!c.dimensions || c.dimensions.some(d => input.groupBy.includes(d))),
  );
  const records = [...report.rows, report.totals].map((row, i) =>
    columns.map((c, j) =>
      i === report.rows.length && j === 0 && c.dimensions ? 'Total' : (c.value(row) ?? ''),
    ),
  );
  return stringify([columns.map(c => c.header), ...records], {
    delimiter,
    cast: { string: neutralisedCell },
  });
}
