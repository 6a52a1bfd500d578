import { Field, ID, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import type { Customer } from './customer.entity.js';

@ObjectType('Customer', { simpleResolvers: true })
export class CustomerNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, {
    nullable: true,
    description: "The customer's number in the books; unique per site.",
  })
  number!: string | null;
  @Field(() => String, { nullable: true, description: 'Contact person, address, notes.' })
  contact!: string | null;
  @Field(() => String, { nullable: true }) vatNumber!: string | null;
  @Field(() => String, { description: 'ISO 4217 code (e.g. EUR); invoices are in this currency.' })
  currency!: string;
  @Field(() => Boolean, {
    description: 'Archived customers are hidden from lists unless asked for.',
  })
  archived!: boolean;

  static from(customer: Customer): CustomerNode {
    return Object.assign(new CustomerNode(), {
      id: customer.id,
      name: customer.name,
      number: customer.number ?? null,
      contact: customer.contact ?? null,
      vatNumber: customer.vatNumber ?? null,
      currency: customer.currency,
      archived: customer.archived,
    });
  }
}

export const { Connection: CustomerConnection } = connectionTypes('Customer', CustomerNode);

@ObjectType('CustomerPayload', { simpleResolvers: true })
export class CustomerPayload {
  @Field(() => CustomerNode, { nullable: true }) customer!: CustomerNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}
