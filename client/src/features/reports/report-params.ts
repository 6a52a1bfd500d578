import { isIsoDate } from '@horae/shared/time';
import { useSearchParams } from 'react-router';
import { addMonths, browserToday } from '../../components/dates';
import type { ReportDimension, ReportInput } from '../../gql/graphql';

export const DIMENSIONS: readonly { value: ReportDimension; label: string }[] = [
  { value: 'PROJECT', label: 'Project' },
  { value: 'TASK', label: 'Task' },
  { value: 'CUSTOMER', label: 'Customer' },
  { value: 'USER', label: 'Person' },
  { value: 'WEEK', label: 'Week' },
  { value: 'MONTH', label: 'Month' },
];

export type Billable = '' | 'yes' | 'no';

/** What the report shows, kept in the address so it can be bookmarked and shared. */
export type ReportParams = {
  from: string;
  to: string;
  group: ReportDimension;
  /** A second dimension, or none. */
  then: ReportDimension | '';
  customerId: string;
  projectId: string;
  userId: string;
  billable: Billable;
  /** The project of the budget burn-down. */
  burnProjectId: string;
};

function dimension(value: string | null): ReportDimension | null {
  return DIMENSIONS.find(d => d.value === value)?.value ?? null;
}

/** The last three months up to today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: addMonths(today, -3), to: today };
}

export function useReportParams(): [ReportParams, (changes: Partial<ReportParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const period = defaultPeriod(browserToday());
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const group = dimension(search.get('group')) ?? 'PROJECT';
  const then = dimension(search.get('then'));
  const billable = search.get('billable');
  const params: ReportParams = {
    from: isIsoDate(from) ? from : period.from,
    to: isIsoDate(to) ? to : period.to,
    group,
    then: then && then !== group ? then : '',
    customerId: search.get('customer') ?? '',
    projectId: search.get('project') ?? '',
    userId: search.get('person') ?? '',
    billable: billable === 'yes' || billable === 'no' ? billable : '',
    burnProjectId: search.get('burn') ?? '',
  };

  function update(changes: Partial<ReportParams>) {
    const next = { ...params, ...changes };
    const entries: [string, string][] = [
      ['from', next.from],
      ['to', next.to],
      ['group', next.group],
      ['then', next.then],
      ['customer', next.customerId],
      ['project', next.projectId],
      ['person', next.userId],
      ['billable', next.billable],
      ['burn', next.burnProjectId],
    ];
    setSearch(new URLSearchParams(entries.filter(([, value]) => value !== '')), { replace: true });
  }

  return [params, update];
}

/** The filters every query of the page shares. */
export function filtersOf(params: ReportParams): Omit<ReportInput, 'groupBy'> {
  return {
    from: params.from,
    to: params.to,
    customerId: params.customerId || null,
    projectId: params.projectId || null,
    userId: params.userId || null,
    billable: params.billable === '' ? null : params.billable === 'yes',
  };
}

export function groupByOf(params: ReportParams): ReportDimension[] {
  return params.then ? [params.group, params.then] : [params.group];
}
