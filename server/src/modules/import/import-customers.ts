import { Customer } from '../customer/customer.entity.js';
import { currencyOf, NAME_MAX } from '../customer/customer.service.js';
import { changes, optionalText, requiredText } from '../customer/fields.js';
import {
  describeChanges,
  needs,
  RowReader,
  SeenKeys,
  type ImportRun,
  type Plan,
  type PlannedUpdate,
  type RowResult,
  writeCreatesAndUpdates,
} from './import-plan.js';

const NUMBER = { field: 'number', code: 'INVALID_NUMBER', label: 'A customer number', max: 50 };
const NAME = { field: 'name', code: 'INVALID_NAME', label: 'A customer name', max: NAME_MAX };
const CONTACT = { field: 'contact', code: 'INVALID_CONTACT', label: 'The contact', max: 2000 };
const VAT = { field: 'vatNumber', code: 'INVALID_VAT_NUMBER', label: 'A VAT number', max: 50 };

type Fields = {
  name: string;
  number: string;
  contact: string | null;
  vatNumber: string | null;
  currency: string;
};

export function customerSnapshot(c: Customer): Fields {
  return {
    name: c.name,
    number: c.number ?? '',
    contact: c.contact ?? null,
    vatNumber: c.vatNumber ?? null,
    currency: c.currency,
  };
}

/** Customers by number: new numbers are created, known ones updated with the mapped columns. */
export async function planCustomers(run: ImportRun): Promise<Plan> {
  const { ctx, actor } = run;
  const existing = await ctx.em.find(Customer, {});
  const byNumber = new Map(existing.flatMap(c => (c.number ? [[c.number, c] as const] : [])));
  const canUpdate = actor.permissions.has('customer.update');
  const seen = new SeenKeys();
  const rows: RowResult[] = [];
  const creates: Fields[] = [];
  const updates: PlannedUpdate<Customer, Fields>[] = [];

  for (const row of run.rows) {
    const r = new RowReader(row, run);
    const number = r.check('number', requiredText(r.text('number'), NUMBER));
    const name = r.check('name', requiredText(r.text('name'), NAME));
    const next: Partial<Fields> = { name };
    if (r.has('contact'))
      next.contact = r.check('contact', optionalText(r.text('contact'), CONTACT));
    if (r.has('vatNumber'))
      next.vatNumber = r.check('vatNumber', optionalText(r.text('vatNumber'), VAT));
    if (r.text('currency')) next.currency = r.check('currency', currencyOf(r.text('currency')));
    if (number) seen.claim(r, 'number', number, `customer number ${number}`);
    const match = number ? byNumber.get(number) : undefined;
    const key = number ?? r.text('number');
    if (!match) {
      rows.push(r.result('create', key, `${key} · ${name ?? r.text('name')}`));
      if (!r.problems.length) {
        creates.push({
          number: number!,
          name: name!,
          contact: next.contact ?? null,
          vatNumber: next.vatNumber ?? null,
          currency: next.currency ?? 'EUR',
        });
      }
      continue;
    }
    const { before, after, changed } = changes(customerSnapshot(match), next);
    if (changed && !canUpdate) {
      r.refuse(null, 'FORBIDDEN', needs('customer.update', `Changing customer ${number}`));
    }
    rows.push(
      r.result(
        changed ? 'update' : 'unchanged',
        key,
        changed ? `${key} · ${describeChanges(before, after)}` : `${key} · ${match.name}`,
      ),
    );
    if (changed && !r.problems.length) updates.push({ entity: match, before, after });
  }

  return {
    rows,
    related: [],
    apply: async () => ({
      audit: await writeCreatesAndUpdates(
        ctx,
        actor.siteId,
        Customer,
        'customer',
        creates,
        updates,
      ),
      notes: [],
    }),
  };
}
