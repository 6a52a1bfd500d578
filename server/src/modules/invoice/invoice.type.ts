import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import type { Invoice, InvoiceLine } from './invoice.entity.js';

export enum InvoiceStatusEnum {
  DRAFT = 'draft',
  ISSUED = 'issued',
  VOID = 'void',
}
registerEnumType(InvoiceStatusEnum, {
  name: 'InvoiceStatus',
  description:
    'DRAFT holds its time so no other draft can take it; ISSUED has a number and marks the time INVOICED; VOID releases the time (an issued invoice keeps its number).',
});

@ObjectType('InvoiceLine', { simpleResolvers: true })
export class InvoiceLineNode {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Order on the invoice, from 1.' }) position!: number;
  @Field(() => String, { description: '"Project name — Task name".' }) description!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Hourly rate in minor units (fixed when the time was approved). Null with a FORBIDDEN error when hidden from the caller (field exposure).',
  })
  rate!: number;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'Minor units: the sum of the fixed amounts of the time on this line. Null with a FORBIDDEN error when hidden from the caller (field exposure).',
  })
  amount!: number;
  @Field(() => ID) projectId!: string;
  @Field(() => ID, { nullable: true }) taskId!: string | null;

  static from(line: InvoiceLine): InvoiceLineNode {
    return Object.assign(new InvoiceLineNode(), {
      id: line.id,
      position: line.position,
      description: line.description,
      minutes: line.minutes,
      rate: line.rate,
      amount: Number(line.amount),
      projectId: line.project.id,
      taskId: line.task?.id ?? null,
    });
  }
}

@ObjectType('Invoice', { simpleResolvers: true })
export class InvoiceNode {
  @Field(() => ID) id!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Sequential per site, assigned when issued; drafts have none.',
  })
  number!: number | null;
  @Field(() => InvoiceStatusEnum) status!: InvoiceStatusEnum;
  @Field(() => ID) customerId!: string;
  @Field(() => String, { description: 'First day billed (YYYY-MM-DD).' }) periodFrom!: string;
  @Field(() => String, { description: 'Last day billed, inclusive (YYYY-MM-DD).' })
  periodTo!: string;
  @Field(() => String, { description: "ISO 4217, the customer's currency." }) currency!: string;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      'Minor units. Null with a FORBIDDEN error when hidden from the caller (field exposure).',
  })
  totalAmount!: number;
  @Field(() => Int) totalMinutes!: number;
  @Field(() => DateTimeISOResolver, { nullable: true }) issuedAt!: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) voidedAt!: Date | null;
  @Field(() => DateTimeISOResolver) createdAt!: Date;

  static from(invoice: Invoice): InvoiceNode {
    return Object.assign(new InvoiceNode(), {
      id: invoice.id,
      number: invoice.number ?? null,
      status: invoice.status as InvoiceStatusEnum,
      customerId: invoice.customer.id,
      periodFrom: invoice.periodFrom,
      periodTo: invoice.periodTo,
      currency: invoice.currency,
      totalAmount: Number(invoice.totalAmount),
      totalMinutes: invoice.totalMinutes,
      issuedAt: invoice.issuedAt ?? null,
      voidedAt: invoice.voidedAt ?? null,
      createdAt: invoice.createdAt,
    });
  }
}

export const { Connection: InvoiceConnection } = connectionTypes('Invoice', InvoiceNode);

@InputType('InvoiceCreateDraftInput')
export class InvoiceCreateDraftInput {
  @Field(() => ID) customerId!: string;
  @Field(() => String, { description: 'First day, inclusive (YYYY-MM-DD).' }) from!: string;
  @Field(() => String, { description: 'Last day, inclusive (YYYY-MM-DD).' }) to!: string;
}

@ObjectType('InvoicePayload', { simpleResolvers: true })
export class InvoicePayload {
  @Field(() => InvoiceNode, { nullable: true }) invoice!: InvoiceNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}
