import { LockMode } from '@mikro-orm/core';
import { isIsoDate } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Customer } from '../customer/customer.entity.js';
import { Invoice, InvoiceLine, type InvoiceStatus } from './invoice.entity.js';

export type InvoiceResult = { invoice: Invoice | null; errors: UserError[] };

function fail(code: string, message: string, field: string | null = null): InvoiceResult {
  return { invoice: null, errors: [UserError.of(code, message, field)] };
}

const NOT_FOUND = () => fail('NOT_FOUND', 'There is no such invoice on this site.', 'id');

function audit(
  ctx: RequestContext,
  actor: Actor,
  action: string,
  invoice: Invoice,
  data: Record<string, unknown>,
) {
  return auditByUser(ctx, actor, action, { type: 'invoice', id: invoice.id }, data);
}

/** One line per project, task and fixed rate, as the picking statement returns it. */
type PickedLine = {
  project_id: string;
  task_id: string | null;
  rate: number;
  minutes: number;
  amount: string;
  project_name: string;
  task_name: string | null;
  entry_ids: string[];
};

const DESCRIPTION_LENGTH = 400;

function describeLine(projectName: string, taskName: string | null): string {
  const text = taskName ? `${projectName} — ${taskName}` : projectName;
  return text.length > DESCRIPTION_LENGTH ? `${text.slice(0, DESCRIPTION_LENGTH - 1)}…` : text;
}

/** A Postgres array literal of uuids (the ids come from the database, so they are plain uuids). */
function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/**
 * Makes a draft of the customer's approved, billable and not yet invoiced time between `from` and
 * `to`. The picking statement locks those entries (`for update`), so a concurrent draft waits and
 * then finds them taken: time is never on two invoices.
 */
export async function createDraft(
  ctx: RequestContext,
  actor: Actor,
  input: { customerId: string; from: string; to: string },
): Promise<InvoiceResult> {
  const customer = isUuid(input.customerId)
    ? await ctx.em.findOne(Customer, { id: input.customerId })
    : null;
  if (!customer) return fail('NOT_FOUND', 'There is no such customer on this site.', 'customerId');
  for (const field of ['from', 'to'] as const) {
    if (!isIsoDate(input[field]))
      return fail('INVALID_DATE', `"${field}" must be a date as YYYY-MM-DD.`, field);
  }
  if (input.from > input.to) {
    return fail('INVALID_PERIOD', 'The period must not end before it starts.', 'to');
  }

  const picked = await ctx.em.execute<PickedLine[]>(
    `with picked as materialized (
       select e.id, e.project_id, e.task_id, coalesce(e.rate, 0) as rate, e.minutes,
              coalesce(e.amount, 0) as amount
         from time_entry e
         join project p on p.id = e.project_id
        where e.site_id = ? and p.customer_id = ? and e.status = 'approved' and e.billable
          and e.invoice_id is null and e.date between ?::date and ?::date
          for update of e)
     select k.project_id, k.task_id, k.rate, sum(k.minutes)::int as minutes,
            sum(k.amount)::bigint as amount, p.name as project_name, t.name as task_name,
            array_agg(k.id::text) as entry_ids
       from picked k
       join project p on p.id = k.project_id
       left join task t on t.id = k.task_id
      group by k.project_id, k.task_id, k.rate, p.name, t.name
      order by p.name, k.project_id, t.name nulls first, k.task_id nulls first, k.rate`,
    [actor.siteId, customer.id, input.from, input.to],
  );
  if (!picked.length) {
    return fail(
      'NOTHING_TO_INVOICE',
      `No approved, uninvoiced billable time for this customer between ${input.from} and ${input.to}.`,
    );
  }

  const totalAmount = picked.reduce((sum, l) => sum + Number(l.amount), 0);
  const totalMinutes = picked.reduce((sum, l) => sum + l.minutes, 0);
  const invoice = ctx.em.create(Invoice, {
    site: actor.siteId,
    customer,
    status: 'draft',
    number: null,
    periodFrom: input.from,
    periodTo: input.to,
    currency: customer.currency,
    totalAmount,
    totalMinutes,
  });
  picked.forEach((l, i) =>
    ctx.em.create(InvoiceLine, {
      site: actor.siteId,
      invoice,
      project: l.project_id,
      task: l.task_id,
      description: describeLine(l.project_name, l.task_name),
      minutes: l.minutes,
      rate: l.rate,
      amount: Number(l.amount),
      position: i + 1,
    }),
  );
  await ctx.em.flush();

  const entryIds = picked.flatMap(l => l.entry_ids);
  const linked = await ctx.em.execute<{ affectedRows: number }>(
    `update time_entry set invoice_id = ?, updated_at = now() where id = any(?::uuid[])`,
    [invoice.id, uuidArray(entryIds)],
    'run',
  );
  if (linked.affectedRows !== entryIds.length) {
    // The entries are locked by this transaction, so this cannot happen; refuse rather than guess.
    throw new Error(`invoice draft linked ${linked.affectedRows} of ${entryIds.length} entries`);
  }
  await audit(ctx, actor, 'invoice.draft_created', invoice, {
    after: {
      customerId: customer.id,
      periodFrom: input.from,
      periodTo: input.to,
      currency: invoice.currency,
      totalAmount,
      totalMinutes,
      lines: picked.length,
      entries: entryIds.length,
    },
  });
  return { invoice, errors: [] };
}

async function lockInvoice(ctx: RequestContext, id: string): Promise<Invoice | null> {
  if (!isUuid(id)) return null;
  return ctx.em.findOne(Invoice, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/**
 * Draft -> issued: the next number of the site (a per-site advisory lock serialises issuers, so
 * numbers have no gaps or duplicates), and its time becomes invoiced.
 */
export async function issueInvoice(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<InvoiceResult> {
  const invoice = await lockInvoice(ctx, id);
  if (!invoice) return NOT_FOUND();
  if (invoice.status !== 'draft') {
    return fail('NOT_DRAFT', `Only drafts can be issued; this invoice is ${invoice.status}.`, 'id');
  }
  await ctx.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `invoice-number:${actor.siteId}`,
  ]);
  const [next] = await ctx.em.execute<{ number: number }[]>(
    'select (coalesce(max(number), 0) + 1)::int as number from invoice where site_id = ?',
    [actor.siteId],
  );
  invoice.number = next!.number;
  invoice.status = 'issued';
  invoice.issuedAt = new Date();
  await ctx.em.flush();
  const marked = await ctx.em.execute<{ affectedRows: number }>(
    `update time_entry set status = 'invoiced', updated_at = now() where invoice_id = ?`,
    [invoice.id],
    'run',
  );
  await audit(ctx, actor, 'invoice.issued', invoice, {
    after: {
      number: invoice.number,
      totalAmount: Number(invoice.totalAmount),
      totalMinutes: invoice.totalMinutes,
      currency: invoice.currency,
      entries: marked.affectedRows,
    },
  });
  return { invoice, errors: [] };
}

/** Draft or issued -> void; the time is released (approved again) so it can be invoiced anew. */
export async function voidInvoice(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<InvoiceResult> {
  const invoice = await lockInvoice(ctx, id);
  if (!invoice) return NOT_FOUND();
  if (invoice.status === 'void') {
    return fail('ALREADY_VOID', 'This invoice is already void.', 'id');
  }
  const previous: InvoiceStatus = invoice.status;
  invoice.status = 'void';
  invoice.voidedAt = new Date();
  await ctx.em.flush();
  const released = await ctx.em.execute<{ affectedRows: number }>(
    `update time_entry set invoice_id = null, status = 'approved', updated_at = now()
      where invoice_id = ?`,
    [invoice.id],
    'run',
  );
  await audit(ctx, actor, 'invoice.voided', invoice, {
    before: { status: previous },
    after: { status: 'void' },
    number: invoice.number ?? null,
    totalAmount: Number(invoice.totalAmount),
    entriesReleased: released.affectedRows,
  });
  return { invoice, errors: [] };
}
