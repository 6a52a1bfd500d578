import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { isoWeekLabel } from '@horae/shared/time';
import { connectionTypes } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import type { Timesheet } from './timesheet.entity.js';

export enum TimesheetStatusEnum {
  OPEN = 'open',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(TimesheetStatusEnum, { name: 'TimesheetStatus' });

@ObjectType('Timesheet', {
  simpleResolvers: true,
  description: 'One ISO week of one person. Weeks never submitted have no id and status OPEN.',
})
export class TimesheetNode {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field(() => String, { description: 'Monday of the week (YYYY-MM-DD).' }) weekStart!: string;
  @Field(() => String, { description: 'ISO week, e.g. 2026-W48.' }) week!: string;
  @Field(() => TimesheetStatusEnum) status!: TimesheetStatusEnum;
  @Field(() => Boolean, { description: 'Entries cannot change while submitted or approved.' })
  locked!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the week was rejected.' })
  comment!: string | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) submittedAt!: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Int) totalMinutes!: number;

  userId!: string;
  decidedById!: string | null;

  static of(
    userId: string,
    weekStart: string,
    sheet: Timesheet | null,
    totalMinutes: number,
  ): TimesheetNode {
    const status = (sheet?.status ?? 'open') as TimesheetStatusEnum;
    return Object.assign(new TimesheetNode(), {
      id: sheet?.id ?? null,
      weekStart,
      week: isoWeekLabel(weekStart),
      status,
      locked: status === TimesheetStatusEnum.SUBMITTED || status === TimesheetStatusEnum.APPROVED,
      comment: sheet?.comment ?? null,
      submittedAt: sheet?.submittedAt ?? null,
      decidedAt: sheet?.decidedAt ?? null,
      totalMinutes,
      userId,
      decidedById: sheet?.decidedBy?.id ?? null,
    });
  }
}

export const { Connection: TimesheetConnection } = connectionTypes('Timesheet', TimesheetNode);

@ObjectType('TimesheetPayload', { simpleResolvers: true })
export class TimesheetPayload {
  @Field(() => TimesheetNode, { nullable: true }) timesheet!: TimesheetNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}
