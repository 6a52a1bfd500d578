import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReportDimension {
  CUSTOMER = 'CUSTOMER',
  PROJECT = 'PROJECT',
  TASK = 'TASK',
  USER = 'USER',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ReportDimension, {
  name: 'ReportDimension',
  description: 'What report rows are grouped by. TASK rows also carry their project.',
});

@InputType('ReportInput')
export class ReportInput {
  @Field(() => String, { description: 'First day, inclusive (YYYY-MM-DD).' }) from!: string;
  @Field(() => String, { description: 'Last day, inclusive (YYYY-MM-DD).' }) to!: string;
  @Field(() => [ReportDimension], {
    description: 'Rows are grouped by these, in this order (also the sort order). Empty: one row.',
  })
  groupBy!: ReportDimension[];
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only billable (true) or non-billable.' })
  billable?: boolean | null;
}

@ObjectType('ReportRow', {
  simpleResolvers: true,
  description:
    'One group of time. Only the fields of the grouped dimensions are set; in the totals row none are.',
})
export class ReportRow {
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field(() => String, { nullable: true }) customerName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The customer's currency (ISO 4217), on CUSTOMER rows.",
  })
  currency!: string | null;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => String, { nullable: true }) projectName!: string | null;
  @Field(() => String, { nullable: true }) projectCode!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'On TASK rows; null there for time without a task.',
  })
  taskId!: string | null;
  @Field(() => String, { nullable: true }) taskName!: string | null;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => String, { nullable: true }) userName!: string | null;
  @Field(() => String, { nullable: true, description: 'Monday of the ISO week (YYYY-MM-DD).' })
  week!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM.' }) month!: string | null;
  @Field(() => Int, { description: 'Number of time entries.' }) entries!: number;
  @Field(() => SafeIntResolver) minutes!: number;
  @Field(() => SafeIntResolver) billableMinutes!: number;
  @Field(() => SafeIntResolver) nonBillableMinutes!: number;
  @Field(() => SafeIntResolver, {
    description:
      'Minor units: the sum of the amounts fixed at approval, so only APPROVED and INVOICED time counts (open and submitted time has no amount yet). Amounts are added as they are: group by CUSTOMER to keep currencies apart. Null with a FORBIDDEN error when hidden from the caller (field exposure).',
    nullable: true,
  })
  amount!: number;
  @Field(() => Int, {
    nullable: true,
    description: "The project's whole budget (not prorated to the period), on PROJECT rows.",
  })
  budgetMinutes!: number | null;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: "Minor units; the project's whole budget, on PROJECT rows.",
  })
  budgetAmount!: number | null;
}

@ObjectType('Report', { simpleResolvers: true })
export class Report {
  @Field(() => [ReportRow]) rows!: ReportRow[];
  @Field(() => ReportRow, { description: 'The sums of all rows; no dimension is set.' })
  totals!: ReportRow;
}
