import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Customer } from '../customer/customer.entity.js';
import { Project, Task } from '../project/project.entity.js';
import { Site } from '../site/site.entity.js';

export const INVOICE_STATUSES = ['draft', 'issued', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const Invoice = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    customer: () => p.manyToOne(Customer).ref(),
    /** Sequential per site, assigned when the invoice is issued (drafts have none). */
    number: p.integer().nullable(),
    status: p.enum(INVOICE_STATUSES).default('draft'),
    periodFrom: p.date(),
    periodTo: p.date(),
    currency: p.string().length(3),
    /** Minor units. */
    totalAmount: p.bigint('number').default(0),
    totalMinutes: p.integer().default(0),
    issuedAt: p.datetime().nullable(),
    voidedAt: p.datetime().nullable(),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'number'] }],
  indexes: [{ properties: ['site', 'customer'] }],
});
export type Invoice = InferEntity<typeof Invoice>;

export const InvoiceLine = defineEntity({
  name: 'InvoiceLine',
  tableName: 'invoice_line',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    invoice: () => p.manyToOne(Invoice).ref().deleteRule('cascade'),
    project: () => p.manyToOne(Project).ref(),
    task: () => p.manyToOne(Task).ref().nullable(),
    description: p.string().length(400),
    minutes: p.integer(),
    /** Minor units per hour, and the line total in minor units. */
    rate: p.integer(),
    amount: p.bigint('number'),
    position: p.smallint(),
  },
  indexes: [{ properties: ['site', 'invoice'] }],
});
export type InvoiceLine = InferEntity<typeof InvoiceLine>;
