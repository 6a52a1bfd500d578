import { amountFor, isIsoDate, weekStart } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import type { RequestContext, UserActor } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { resolveRate } from '../project/rates.js';
import { canReachUser } from '../team/scope.js';
import { TimeEntry } from '../time-entry/time-entry.entity.js';
import { User } from '../user/user.entity.js';
import { Timesheet } from './timesheet.entity.js';

export type SheetResult = { timesheet: Timesheet | null; errors: UserError[] };

const fail = (code: string, message: string, field: string | null = null): SheetResult => ({
  timesheet: null,
  errors: [UserError.of(code, message, field)],
});

function audit(
  ctx: RequestContext,
  actor: UserActor,
  action: string,
  sheet: Timesheet,
  data: Record<string, unknown>,
) {
  return auditByUser(
    ctx,
    actor,
    action,
    { type: 'timesheet', id: sheet.id },
    { user: sheet.user.id, week: sheet.weekStart, ...data },
  );
}

async function weekEntries(ctx: RequestContext, sheet: Timesheet): Promise<TimeEntry[]> {
  const monday = sheet.weekStart;
  const sunday = new Date(`${monday}T00:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() + 6);
  return ctx.em.find(TimeEntry, {
    user: sheet.user.id,
    date: { $gte: monday, $lte: sunday.toISOString().slice(0, 10) },
  });
}

/** The viewer submits one of their own weeks (any day of it may be given). */
export async function submitWeek(
  ctx: RequestContext,
  actor: UserActor,
  week: string,
): Promise<SheetResult> {
  if (!isIsoDate(week))
    return fail('INVALID_DATE', 'Give a day of the week as YYYY-MM-DD.', 'week');
  const monday = weekStart(week);
  let sheet = await ctx.em.findOne(Timesheet, { user: actor.userId, weekStart: monday });
  if (sheet && (sheet.status === 'submitted' || sheet.status === 'approved')) {
    return fail('ALREADY_SUBMITTED', `The week of ${monday} is already ${sheet.status}.`, 'week');
  }
  sheet ??= ctx.em.create(Timesheet, { site: actor.siteId, user: actor.userId, weekStart: monday });
  sheet.status = 'submitted';
  sheet.submittedAt = new Date();
  sheet.decidedAt = null;
  sheet.decidedBy = null;
  await ctx.em.flush();
  const entries = await weekEntries(ctx, sheet);
  for (const e of entries) e.status = 'submitted';
  await ctx.em.flush();
  await audit(ctx, actor, 'timesheet.submitted', sheet, {
    entries: entries.length,
    minutes: entries.reduce((s, e) => s + e.minutes, 0),
  });
  return { timesheet: sheet, errors: [] };
}

async function findDecidable(
  ctx: RequestContext,
  actor: UserActor,
  id: string,
  permission: 'timesheet.approve' | 'timesheet.reopen',
): Promise<Timesheet | SheetResult> {
  const sheet = isUuid(id) ? await ctx.em.findOne(Timesheet, { id }) : null;
  if (!sheet || !(await canReachUser(ctx.em, actor, permission, sheet.user.id))) {
    return fail('NOT_FOUND', 'There is no such timesheet that you may decide on.', 'id');
  }
  // Approving your own week takes site-wide approval rights.
  if (sheet.user.id === actor.userId && actor.scopes.get(permission) !== 'all') {
    return fail('OWN_TIMESHEET', 'You cannot approve or reject your own week.', 'id');
  }
  return sheet;
}

/** Approval fixes each entry's rate (task -> project -> user -> site) and amount, and locks the week. */
export async function approveWeek(
  ctx: RequestContext,
  actor: UserActor,
  id: string,
): Promise<SheetResult> {
  const sheet = await findDecidable(ctx, actor, id, 'timesheet.approve');
  if (!('id' in sheet)) return sheet;
  if (sheet.status !== 'submitted') {
    return fail(
      'NOT_SUBMITTED',
      `Only submitted weeks can be approved; this one is ${sheet.status}.`,
      'id',
    );
  }
  const entries = await weekEntries(ctx, sheet);
  let total = 0;
  for (const e of entries) {
    const rate = e.billable
      ? await resolveRate(ctx.em, {
          siteId: actor.siteId,
          projectId: e.project.id,
          taskId: e.task?.id ?? null,
          userId: e.user.id,
        })
      : 0;
    e.rate = rate;
    e.amount = e.billable ? amountFor(e.minutes, rate) : 0;
    e.status = 'approved';
    total += e.amount;
  }
  sheet.status = 'approved';
  sheet.decidedAt = new Date();
  sheet.decidedBy = ctx.em.getReference(User, actor.userId, { wrapped: true });
  sheet.comment = null;
  await ctx.em.flush();
  await audit(ctx, actor, 'timesheet.approved', sheet, { entries: entries.length, amount: total });
  return { timesheet: sheet, errors: [] };
}

export async function rejectWeek(
  ctx: RequestContext,
  actor: UserActor,
  id: string,
  comment: string,
): Promise<SheetResult> {
  const sheet = await findDecidable(ctx, actor, id, 'timesheet.approve');
  if (!('id' in sheet)) return sheet;
  if (!comment.trim())
    return fail('COMMENT_REQUIRED', 'Say what needs to change so they can fix it.', 'comment');
  if (sheet.status !== 'submitted') {
    return fail(
      'NOT_SUBMITTED',
      `Only submitted weeks can be rejected; this one is ${sheet.status}.`,
      'id',
    );
  }
  const entries = await weekEntries(ctx, sheet);
  for (const e of entries) e.status = 'open';
  sheet.status = 'rejected';
  sheet.decidedAt = new Date();
  sheet.decidedBy = ctx.em.getReference(User, actor.userId, { wrapped: true });
  sheet.comment = comment.trim().slice(0, 2000);
  await ctx.em.flush();
  await audit(ctx, actor, 'timesheet.rejected', sheet, { comment: sheet.comment });
  return { timesheet: sheet, errors: [] };
}

/** An administrator reopens an approved week; refused while any of its time is invoiced. */
export async function reopenWeek(
  ctx: RequestContext,
  actor: UserActor,
  id: string,
): Promise<SheetResult> {
  const sheet = await findDecidable(ctx, actor, id, 'timesheet.reopen');
  if (!('id' in sheet)) return sheet;
  if (sheet.status !== 'approved') {
    return fail(
      'NOT_APPROVED',
      `Only approved weeks can be reopened; this one is ${sheet.status}.`,
      'id',
    );
  }
  const entries = await weekEntries(ctx, sheet);
  if (entries.some(e => e.invoice)) {
    return fail('INVOICED', 'Some of this week is on an invoice. Void that invoice first.', 'id');
  }
  for (const e of entries) {
    e.status = 'open';
    e.rate = null;
    e.amount = null;
  }
  sheet.status = 'open';
  sheet.decidedAt = new Date();
  sheet.decidedBy = ctx.em.getReference(User, actor.userId, { wrapped: true });
  await ctx.em.flush();
  await audit(ctx, actor, 'timesheet.reopened', sheet, {});
  return { timesheet: sheet, errors: [] };
}
