import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Invoice } from '../invoice/invoice.entity.js';
import { Project, Task } from '../project/project.entity.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

export const TIME_ENTRY_STATUSES = ['open', 'submitted', 'approved', 'invoiced'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];

export const TimeEntry = defineEntity({
  name: 'TimeEntry',
  tableName: 'time_entry',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref(),
    project: () => p.manyToOne(Project).ref(),
    task: () => p.manyToOne(Task).ref().nullable(),
    /** The day the work belongs to, in the user's time zone. */
    date: p.date(),
    minutes: p.integer(),
    startedAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
    description: p.text().default(''),
    billable: p.boolean().default(true),
    /** Follows the week's timesheet: open -> submitted -> approved; invoiced once on an issued invoice. */
    status: p.enum(TIME_ENTRY_STATUSES).default('open'),
    /** Fixed at approval (minor units per hour and total). */
    rate: p.integer().nullable(),
    amount: p.bigint('number').nullable(),
    invoice: () => p.manyToOne(Invoice).ref().nullable().deleteRule('set null'),
    /** The entry's id in the system it was imported from; unique per site (see modules/import). */
    externalRef: p.string().length(200).nullable(),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'externalRef'] }],
  // Lists page by (date, id), newest first: with id in the index a page reads only its own rows.
  indexes: [
    { properties: ['site', 'user', 'date', 'id'] },
    { properties: ['site', 'project', 'date', 'id'] },
    { properties: ['site', 'date', 'id'] },
  ],
});
export type TimeEntry = InferEntity<typeof TimeEntry>;

/** At most one running timer per user; it lives in the database so every device sees it. */
export const Timer = defineEntity({
  name: 'Timer',
  tableName: 'timer',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref().unique().deleteRule('cascade'),
    project: () => p.manyToOne(Project).ref(),
    task: () => p.manyToOne(Task).ref().nullable(),
    description: p.text().default(''),
    startedAt: p.datetime(),
  },
});
export type Timer = InferEntity<typeof Timer>;
