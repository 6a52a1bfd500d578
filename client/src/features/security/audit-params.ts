import { isIsoDate } from '@horae/shared/time';
import { useSearchParams } from 'react-router';

/** The audit log's filters, kept in the address so a view can be bookmarked and shared. */
export type AuditFilters = {
  action: string;
  /** A user's id. */
  actorId: string;
  /** First and last day (YYYY-MM-DD, UTC), inclusive. */
  from: string;
  to: string;
};

export const NO_FILTERS: AuditFilters = { action: '', actorId: '', from: '', to: '' };

const PARAM_NAMES: Record<keyof AuditFilters, string> = {
  action: 'action',
  actorId: 'actor',
  from: 'from',
  to: 'to',
};

export function useAuditFilters(): [AuditFilters, (next: AuditFilters) => void] {
  const [search, setSearch] = useSearchParams();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const filters: AuditFilters = {
    action: search.get('action')?.trim() ?? '',
    actorId: search.get('actor')?.trim() ?? '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
  };

  function update(next: AuditFilters) {
    const entries = (Object.keys(PARAM_NAMES) as (keyof AuditFilters)[])
      .map((key): [string, string] => [PARAM_NAMES[key], next[key].trim()])
      .filter(([, value]) => value !== '');
    setSearch(new URLSearchParams(entries));
  }

  return [filters, update];
}

export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some(value => value !== '');
}

/** Spelled out rather than imported: @horae/shared/validation would bring zod into the bundle. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the CSV export cannot hold what the filters ask for, or null when it can. */
export function auditExportUnavailable(filters: AuditFilters): string | null {
  return filters.actorId && !USER_ID.test(filters.actorId)
    ? '“Done by” is not a user id. Correct it to export the events.'
    : null;
}

/** The query's variables: empty filters are left out. */
export function auditVariables(filters: AuditFilters) {
  return {
    action: filters.action || null,
    actorId: filters.actorId || null,
    from: filters.from || null,
    to: filters.to || null,
  };
}

/**
 * Actions Horae records, offered while typing. Not a closed list: the filter takes any action,
 * and the ones in the loaded events are offered too.
 */
export const KNOWN_ACTIONS: readonly string[] = [
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.login_blocked',
  'auth.login_block_lifted',
  'auth.logout',
  'auth.mfa_enabled',
  'auth.mfa_disabled',
  'auth.mfa_failed',
  'auth.recovery_code_used',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.session_revoked',
  'site.settings_updated',
  'user.created',
  'user.invited',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'customer.created',
  'customer.updated',
  'project.created',
  'project.updated',
  'task.created',
  'task.updated',
  'timesheet.submitted',
  'timesheet.approved',
  'timesheet.rejected',
  'timesheet.reopened',
  'invoice.draft_created',
  'invoice.issued',
  'invoice.voided',
];
