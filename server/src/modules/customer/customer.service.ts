import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Customer } from './customer.entity.js';
import { changes, optionalText, Problems, requiredText } from './fields.js';

export type CustomerResult = { customer: Customer | null; errors: UserError[] };

const fail = (...errors: UserError[]): CustomerResult => ({ customer: null, errors });

export const NAME_MAX = 200;
const NAME = { field: 'name', code: 'INVALID_NAME', label: 'A customer name', max: NAME_MAX };
const NUMBER = { field: 'number', code: 'INVALID_NUMBER', label: 'A customer number', max: 50 };
const CONTACT = { field: 'contact', code: 'INVALID_CONTACT', label: 'The contact', max: 2000 };
const VAT = { field: 'vatNumber', code: 'INVALID_VAT_NUMBER', label: 'A VAT number', max: 50 };

let knownCurrencies: ReadonlySet<string> | null = null;
function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  // A runtime without ICU currency data knows none: the shape check alone then applies.
  return knownCurrencies.size === 0 || knownCurrencies.has(code);
}

/** Upper-cases and checks an ISO 4217 currency code. */
export function currencyOf(value: string): string | UserError {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !isKnownCurrency(code)) {
    return UserError.of(
      'INVALID_CURRENCY',
      `"${value.trim()}" is not a currency: use a three-letter ISO 4217 code such as EUR or USD.`,
      'currency',
    );
  }
  return code;
}

async function numberTaken(ctx: RequestContext, number: string, exceptId?: string) {
  const where = exceptId ? { number, id: { $ne: exceptId } } : { number };
  if (!(await ctx.em.count(Customer, where))) return null;
  return UserError.of(
    'NUMBER_TAKEN',
    `Another customer on this site already has number ${number}.`,
    'number',
  );
}

type Snapshot = Pick<
  Customer,
  'name' | 'number' | 'contact' | 'vatNumber' | 'currency' | 'archived'
>;

function snapshot(c: Customer): Snapshot {
  return {
    name: c.name,
    number: c.number ?? null,
    contact: c.contact ?? null,
    vatNumber: c.vatNumber ?? null,
    currency: c.currency,
    archived: c.archived,
  };
}

function audit(
  ctx: RequestContext,
  actor: Actor,
  action: string,
  customer: Customer,
  data: Record<string, unknown>,
) {
  return auditByUser(ctx, actor, action, { type: 'customer', id: customer.id }, data);
}

export type CustomerCreateFields = {
  name: string;
  number?: string | null;
  contact?: string | null;
  vatNumber?: string | null;
  currency?: string | null;
};

export async function createCustomer(
  ctx: RequestContext,
  actor: Actor,
  input: CustomerCreateFields,
): Promise<CustomerResult> {
  const problems = new Problems();
  const name = problems.take(requiredText(input.name, NAME));
  const number = problems.take(optionalText(input.number ?? null, NUMBER));
  const contact = problems.take(optionalText(input.contact ?? null, CONTACT));
  const vatNumber = problems.take(optionalText(input.vatNumber ?? null, VAT));
  const currency = problems.take(currencyOf(input.currency ?? 'EUR'));
  if (number) {
    const taken = await numberTaken(ctx, number);
    if (taken) problems.add(taken);
  }
  if (problems.any) return fail(...problems.errors);
  const customer = ctx.em.create(Customer, {
    site: actor.siteId,
    name: name!,
    number: number ?? null,
    contact: contact ?? null,
    vatNumber: vatNumber ?? null,
    currency: currency!,
    archived: false,
  });
  await ctx.em.flush();
  await audit(ctx, actor, 'customer.created', customer, { after: snapshot(customer) });
  return { customer, errors: [] };
}

export type CustomerUpdateFields = {
  id: string;
  /** For every field: undefined keeps the value. For number, contact and vatNumber null or blank
   * clears it; for the others null keeps it. */
  name?: string | null;
  number?: string | null;
  contact?: string | null;
  vatNumber?: string | null;
  currency?: string | null;
  archived?: boolean | null;
};

export async function updateCustomer(
  ctx: RequestContext,
  actor: Actor,
  input: CustomerUpdateFields,
): Promise<CustomerResult> {
  const customer = await ctx.em.findOne(Customer, { id: input.id });
  if (!customer) {
    return fail(UserError.of('NOT_FOUND', 'There is no such customer on this site.', 'id'));
  }
  const problems = new Problems();
  const next: Partial<Snapshot> = {};
  if (input.name != null) next.name = problems.take(requiredText(input.name, NAME));
  if (input.number !== undefined) next.number = problems.take(optionalText(input.number, NUMBER));
  if (input.contact !== undefined) {
    next.contact = problems.take(optionalText(input.contact, CONTACT));
  }
  if (input.vatNumber !== undefined) {
    next.vatNumber = problems.take(optionalText(input.vatNumber, VAT));
  }
  if (input.currency != null) next.currency = problems.take(currencyOf(input.currency));
  if (input.archived != null) next.archived = input.archived;
  if (next.number && next.number !== customer.number) {
    const taken = await numberTaken(ctx, next.number, customer.id);
    if (taken) problems.add(taken);
  }
  if (problems.any) return fail(...problems.errors);

  const { before, after, changed } = changes(snapshot(customer), next);
  if (!changed) return { customer, errors: [] };
  ctx.em.assign(customer, after);
  await ctx.em.flush();
  await audit(ctx, actor, 'customer.updated', customer, { before, after });
  return { customer, errors: [] };
}
