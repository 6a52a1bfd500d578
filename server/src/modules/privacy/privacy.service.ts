import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { neutralisedCell } from '../export/export.columns.js';
import { revokeAllSessionsOf } from '../auth/session.service.js';
import { Customer } from '../customer/customer.entity.js';
import { GroupMembership } from '../group/group.entity.js';
import { UserToken } from '../invitation/user-token.entity.js';
import { Invoice } from '../invoice/invoice.entity.js';
import { MfaFactor, RecoveryCode } from '../mfa/mfa.entity.js';
import { ServiceToken } from '../service/service.entity.js';
import { Timer } from '../time-entry/time-entry.entity.js';
import { User } from '../user/user.entity.js';

type Rows = Record<string, unknown>[];

/** Everything Horae holds about one person, as JSON plus CSV tables for spreadsheets. */
export type PersonalData = {
  json: Record<string, unknown>;
  tables: Record<string, Rows>;
};

async function rows(em: EntityManager, sql: string, params: unknown[]): Promise<Rows> {
  return em.execute<Rows>(sql, params);
}

export async function collectPersonalData(
  ctx: RequestContext,
  userId: string,
): Promise<PersonalData | null> {
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) return null;
  const em = ctx.em;
  const [groups, sessions, timeEntries, timesheets, mfa, auditEvents, invitations] =
    await Promise.all([
      rows(
        em,
        `select g.name as "group", m.is_manager as "isManager", m.created_at as "since"
           from group_membership m join user_group g on g.id = m.group_id where m.user_id = ?
           order by g.name`,
        [userId],
      ),
      rows(
        em,
        `select created_at as "createdAt", last_seen_at as "lastSeenAt", expires_at as "expiresAt",
                revoked_at as "revokedAt", revoked_reason as "revokedReason", ip, user_agent as "userAgent"
           from session where user_id = ? order by created_at`,
        [userId],
      ),
      rows(
        em,
        `select e.id, e.date, p.code as "projectCode", p.name as "projectName", t.name as "task",
                e.minutes, e.description, e.billable, e.status, e.started_at as "startedAt",
                e.ended_at as "endedAt", e.created_at as "createdAt"
           from time_entry e join project p on p.id = e.project_id left join task t on t.id = e.task_id
          where e.user_id = ? order by e.date, e.created_at`,
        [userId],
      ),
      rows(
        em,
        `select week_start as "weekStart", status, submitted_at as "submittedAt",
                decided_at as "decidedAt", comment
           from timesheet where user_id = ? order by week_start`,
        [userId],
      ),
      rows(
        em,
        `select 'totp' as kind, created_at as "createdAt", confirmed_at as "confirmedAt"
           from mfa_factor where user_id = ?`,
        [userId],
      ),
      rows(
        em,
        `select occurred_at as "occurredAt", action, target_type as "targetType", target_id as "targetId", ip
           from audit_event where actor_type = 'user' and actor_id = ? order by seq`,
        [userId],
      ),
      rows(
        em,
        `select purpose, created_at as "createdAt", expires_at as "expiresAt", used_at as "usedAt"
           from user_token where user_id = ? order by created_at`,
        [userId],
      ),
    ]);
  const profile = {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    timeZone: user.timeZone ?? null,
    hourlyRate: user.hourlyRate ?? null,
    createdAt: user.createdAt,
    erasedAt: user.erasedAt ?? null,
  };
  return {
    json: {
      exportedAt: new Date().toISOString(),
      about:
        'Everything Horae holds about you on this site. Secrets (password hash, two-step sign-in keys, recovery codes, session ids) are never exported.',
      profile,
      groups,
      twoStepSignIn: mfa,
      sessions,
      invitationsAndResets: invitations,
      timesheets,
      timeEntries,
      auditEvents,
    },
    tables: {
      'time-entries': timeEntries,
      timesheets,
      sessions,
      'audit-events': auditEvents,
    },
  };
}

export function toCsv(rows: Rows): string {
  if (rows.length === 0) return '';
  return stringify(rows, {
    header: true,
    cast: {
      date: d => d.toISOString(),
      boolean: b => (b ? 'true' : 'false'),
      string: neutralisedCell,
    },
  });
}

export type EraseResult = { erased: boolean; errors: UserError[] };

/**
 * Erases a person: name replaced, email and contact data removed, sessions, MFA, tokens and
 * invitations deleted, memberships ended. Their time entries, timesheets and invoices stay valid
 * (they point at the pseudonymised row). The audit log keeps the events (hash-chained, kept for
 * security for the retention period) but they name only the pseudonymous id.
 */
export async function erasePerson(
  ctx: RequestContext,
  actor: Actor,
  userId: string,
): Promise<EraseResult> {
  const fail = (code: string, message: string): EraseResult => ({
    erased: false,
    errors: [UserError.of(code, message, 'id')],
  });
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) return fail('NOT_FOUND', 'There is no such person on this site.');
  if (user.erasedAt) return fail('ALREADY_ERASED', 'This person’s data was already erased.');
  if (actor.kind === 'user' && actor.userId === userId) {
    return fail('SELF_ERASE', 'Ask another administrator to erase your own data.');
  }
  const adminMemberships = await ctx.em.count(GroupMembership, {
    user: userId,
    group: { builtIn: 'administrators' },
  });
  if (adminMemberships > 0) {
    const others = await ctx.em.count(GroupMembership, {
      user: { $ne: userId, status: 'active' },
      group: { builtIn: 'administrators' },
    });
    if (others === 0) {
      return fail(
        'LAST_ADMINISTRATOR',
        'This is the last active administrator: make someone else an administrator first.',
      );
    }
  }
  const short = user.id.slice(0, 8);
  const before = { displayName: user.displayName, status: user.status };
  await revokeAllSessionsOf(ctx.em, userId, 'erased');
  await ctx.em.nativeDelete(MfaFactor, { user: userId });
  await ctx.em.nativeDelete(RecoveryCode, { user: userId });
  await ctx.em.nativeDelete(UserToken, { user: userId });
  await ctx.em.nativeDelete(GroupMembership, { user: userId });
  await ctx.em.nativeDelete(Timer, { user: userId });
  // A preview token is the person's own look at a service (regular tokens belong to the service).
  await ctx.em.nativeUpdate(
    ServiceToken,
    { createdBy: userId, preview: true, revokedAt: null },
    { revokedAt: new Date() },
  );
  await ctx.em.execute(`update session set ip = null, user_agent = null where user_id = ?`, [
    userId,
  ]);
  user.displayName = `Erased person ${short}`;
  user.email = `erased-${user.id}@erased.invalid`;
  user.status = 'deactivated';
  user.passwordHash = null;
  user.timeZone = null;
  user.erasedAt = new Date();
  await ctx.em.flush();
  ctx.loaders.groupsByUser.clear(userId);
  await auditByUser(
    ctx,
    actor,
    'user.erased',
    { type: 'user', id: userId },
    {
      before: { status: before.status },
      after: { displayName: user.displayName, status: 'deactivated' },
    },
  );
  return { erased: true, errors: [] };
}

/**
 * Erases a customer's contact data. Refused while issued invoices name the customer: tax law
 * keeps invoices (and whom they were issued to) for seven years.
 */
export async function eraseCustomer(
  ctx: RequestContext,
  actor: Actor,
  customerId: string,
): Promise<EraseResult> {
  const customer = await ctx.em.findOne(Customer, { id: customerId });
  if (!customer) {
    return {
      erased: false,
      errors: [UserError.of('NOT_FOUND', 'There is no such customer.', 'id')],
    };
  }
  const issued = await ctx.em.count(Invoice, {
    customer: customerId,
    status: { $in: ['issued', 'void'] },
  });
  if (issued > 0) {
    return {
      erased: false,
      errors: [
        UserError.of(
          'LEGAL_RETENTION',
          `${customer.name} appears on ${issued} issued invoice(s). Tax law requires keeping invoices and whom they were issued to for seven years, so the customer cannot be erased; archive it instead.`,
          'id',
        ),
      ],
    };
  }
  customer.name = `Erased customer ${customer.id.slice(0, 8)}`;
  customer.contact = null;
  customer.vatNumber = null;
  customer.number = null;
  customer.archived = true;
  await ctx.em.flush();
  await auditByUser(ctx, actor, 'customer.erased', { type: 'customer', id: customerId });
  return { erased: true, errors: [] };
}
