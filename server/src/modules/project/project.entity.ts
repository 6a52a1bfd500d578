import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Customer } from '../customer/customer.entity.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

export const Project = defineEntity({
  name: 'Project',
  tableName: 'project',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    customer: () => p.manyToOne(Customer).ref(),
    name: p.string().length(200),
    /** Short code, unique per site (e.g. ACME-WEB). */
    code: p.string().length(30),
    billableByDefault: p.boolean().default(true),
    budgetMinutes: p.integer().nullable(),
    /** Money in minor units of the customer's currency. */
    budgetAmount: p.bigint('number').nullable(),
    hourlyRate: p.integer().nullable(),
    startsOn: p.date().nullable(),
    endsOn: p.date().nullable(),
    /** The project lead approves the time of the project's members (team scope). */
    lead: () => p.manyToOne(User).ref().nullable(),
    archived: p.boolean().default(false),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
  },
  uniques: [{ properties: ['site', 'code'] }],
  indexes: [{ properties: ['site', 'name'] }, { properties: ['site', 'customer'] }],
});
export type Project = InferEntity<typeof Project>;

export const ProjectMember = defineEntity({
  name: 'ProjectMember',
  tableName: 'project_member',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref().deleteRule('cascade'),
  },
  uniques: [{ properties: ['project', 'user'] }],
  indexes: [{ properties: ['site', 'user'] }],
});
export type ProjectMember = InferEntity<typeof ProjectMember>;

export const Task = defineEntity({
  name: 'Task',
  tableName: 'task',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    project: () => p.manyToOne(Project).ref().deleteRule('cascade'),
    name: p.string().length(200),
    billable: p.boolean().default(true),
    /** Overrides the project's rate (minor units per hour). */
    hourlyRate: p.integer().nullable(),
    archived: p.boolean().default(false),
  },
  uniques: [{ properties: ['project', 'name'] }],
  indexes: [{ properties: ['site', 'project'] }],
});
export type Task = InferEntity<typeof Task>;
