import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';

export const Customer = defineEntity({
  name: 'Customer',
  tableName: 'customer',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    name: p.string().length(200),
    /** The customer's number in the books (external key for imports); unique per site. */
    number: p.string().length(50).nullable(),
    contact: p.text().nullable(),
    vatNumber: p.string().length(50).nullable(),
    /** ISO 4217 code; invoices are in this currency. */
    currency: p.string().length(3).default('EUR'),
    archived: p.boolean().default(false),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'number'] }],
  indexes: [{ properties: ['site', 'name'] }],
});
export type Customer = InferEntity<typeof Customer>;
