import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';

export const TIMESHEET_STATUSES = ['open', 'submitted', 'approved', 'rejected'] as const;
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number];

/** One ISO week of one user. Approved weeks lock their entries. */
export const Timesheet = defineEntity({
  name: 'Timesheet',
  tableName: 'timesheet',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    user: () => p.manyToOne(User).ref(),
    /** Monday of the ISO week. */
    weekStart: p.date(),
    status: p.enum(TIMESHEET_STATUSES).default('open'),
    submittedAt: p.datetime().nullable(),
    decidedAt: p.datetime().nullable(),
    decidedBy: () => p.manyToOne(User).ref().nullable(),
    comment: p.text().nullable(),
  },
  uniques: [{ properties: ['user', 'weekStart'] }],
  indexes: [{ properties: ['site', 'status', 'weekStart'] }],
});
export type Timesheet = InferEntity<typeof Timesheet>;
