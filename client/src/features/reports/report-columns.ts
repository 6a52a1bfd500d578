import { isoWeekLabel } from '@horae/shared/time';
import { formatDate, formatMonth } from '../../components/dates';
import type { ReportDimension, ReportRowFieldsFragment } from '../../gql/graphql';

export type Row = ReportRowFieldsFragment;

type Column = { key: string; label: string; cell: (row: Row) => string };

/** "2026-W47 (16 Nov 2026)". */
export function weekLabel(monday: string): string {
  return `${isoWeekLabel(monday)} (${formatDate(monday)})`;
}

export function projectLabel(row: Pick<Row, 'projectCode' | 'projectName'>): string {
  return row.projectCode
    ? `${row.projectCode} · ${row.projectName ?? ''}`
    : (row.projectName ?? '');
}

const COLUMNS: Record<ReportDimension, Column[]> = {
  CUSTOMER: [{ key: 'customer', label: 'Customer', cell: r => r.customerName ?? '' }],
  PROJECT: [{ key: 'project', label: 'Project', cell: projectLabel }],
  TASK: [
    { key: 'project', label: 'Project', cell: projectLabel },
    { key: 'task', label: 'Task', cell: r => r.taskName ?? 'No task' },
  ],
  USER: [{ key: 'user', label: 'Person', cell: r => r.userName ?? '' }],
  WEEK: [{ key: 'week', label: 'Week', cell: r => (r.week ? weekLabel(r.week) : '') }],
  MONTH: [{ key: 'month', label: 'Month', cell: r => (r.month ? formatMonth(r.month) : '') }],
};

/** The label columns of a grouping; a project shown twice (PROJECT and TASK) only once. */
export function columnsOf(groupBy: readonly ReportDimension[]): Column[] {
  const columns: Column[] = [];
  for (const dimension of groupBy) {
    for (const column of COLUMNS[dimension]) {
      if (!columns.some(c => c.key === column.key)) columns.push(column);
    }
  }
  return columns;
}

/** "Hours by project and week". */
export function describeGrouping(groupBy: readonly ReportDimension[]): string {
  const names = columnsOf(groupBy).map(c => c.label.toLowerCase());
  return `Hours by ${names.join(' and ')}`;
}
