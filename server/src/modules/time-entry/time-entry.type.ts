import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { connectionTypes } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import type { TimeEntry, Timer } from './time-entry.entity.js';

export enum TimeEntryStatusEnum {
  OPEN = 'open',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  INVOICED = 'invoiced',
}
registerEnumType(TimeEntryStatusEnum, {
  name: 'TimeEntryStatus',
  description:
    'OPEN until the week is submitted; APPROVED locks it; INVOICED once on an issued invoice.',
});

@ObjectType('TimeEntry', { simpleResolvers: true })
export class TimeEntryNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The day (YYYY-MM-DD) in the user’s time zone.' })
  date!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => String) description!: string;
  @Field(() => Boolean) billable!: boolean;
  @Field(() => TimeEntryStatusEnum) status!: TimeEntryStatusEnum;
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Set when recorded by the timer.',
  })
  startedAt!: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) endedAt!: Date | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Hourly rate in minor units, fixed at approval.',
  })
  rate!: number | null;
  @Field(() => Int, { nullable: true, description: 'Amount in minor units, fixed at approval.' })
  amount!: number | null;
  @Field(() => ID, { nullable: true, description: 'The invoice this time is billed on, if any.' })
  invoiceId!: string | null;

  userId!: string;
  projectId!: string;
  taskId!: string | null;

  static from(e: TimeEntry): TimeEntryNode {
    return Object.assign(new TimeEntryNode(), {
      id: e.id,
      date: e.date,
      minutes: e.minutes,
      description: e.description,
      billable: e.billable,
      status: e.status as TimeEntryStatusEnum,
      startedAt: e.startedAt ?? null,
      endedAt: e.endedAt ?? null,
      rate: e.rate ?? null,
      amount: e.amount ?? null,
      invoiceId: e.invoice?.id ?? null,
      userId: e.user.id,
      projectId: e.project.id,
      taskId: e.task?.id ?? null,
    });
  }
}

export const { Connection: TimeEntryConnection } = connectionTypes('TimeEntry', TimeEntryNode);

@InputType('TimeEntryCreateInput')
export class TimeEntryCreateInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID, { nullable: true }) taskId?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => Int, { nullable: true, description: '1 to 1440; or give startedAt and endedAt.' })
  minutes?: number | null;
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'With endedAt instead of minutes.',
  })
  startedAt?: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) endedAt?: Date | null;
  @Field(() => String, { defaultValue: '' }) description!: string;
  @Field(() => Boolean, { nullable: true, description: 'Defaults from the task and project.' })
  billable?: boolean | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Register for someone else (needs team or all scope).',
  })
  userId?: string | null;
}

@InputType('TimeEntryUpdateInput')
export class TimeEntryUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true }) taskId?: string | null;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => Int, { nullable: true }) minutes?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) billable?: boolean | null;
}

@ObjectType('TimeEntryPayload', { simpleResolvers: true })
export class TimeEntryPayload {
  @Field(() => TimeEntryNode, { nullable: true }) timeEntry!: TimeEntryNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('TimeEntryDeletePayload', { simpleResolvers: true })
export class TimeEntryDeletePayload {
  @Field(() => ID, { nullable: true }) deletedId!: string | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('Timer', { simpleResolvers: true, description: 'The viewer’s running timer.' })
export class TimerNode {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeISOResolver) startedAt!: Date;
  @Field(() => String) description!: string;
  projectId!: string;
  taskId!: string | null;

  static from(t: Timer): TimerNode {
    return Object.assign(new TimerNode(), {
      id: t.id,
      startedAt: t.startedAt,
      description: t.description,
      projectId: t.project.id,
      taskId: t.task?.id ?? null,
    });
  }
}

@InputType('TimerStartInput')
export class TimerStartInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID, { nullable: true }) taskId?: string | null;
  @Field(() => String, { defaultValue: '' }) description!: string;
}

@ObjectType('TimerPayload', { simpleResolvers: true })
export class TimerPayload {
  @Field(() => TimerNode, { nullable: true }) timer!: TimerNode | null;
  @Field(() => TimeEntryNode, {
    nullable: true,
    description: 'The entry made by stopping a timer.',
  })
  stoppedEntry!: TimeEntryNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}
