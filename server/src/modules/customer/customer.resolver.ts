import { isUuid } from '@horae/shared/validation';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { projectLoaders } from '../project/project.loaders.js';
import { ProjectNode } from '../project/project.type.js';
import { Customer } from './customer.entity.js';
import { likePattern } from '../../graphql/search.js';
import { createCustomer, updateCustomer, type CustomerResult } from './customer.service.js';
import { CustomerConnection, CustomerNode, CustomerPayload } from './customer.type.js';

/** The filter of the customer list, shared with the CSV export. */
export function customersWhere(args: {
  search?: string | null;
  includeArchived?: boolean | null;
}): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (!args.includeArchived) where.archived = false;
  if (args.search?.trim()) {
    const like = likePattern(args.search);
    where.$or = [{ name: { $ilike: like } }, { number: { $ilike: like } }];
  }
  return where;
}

@ArgsType()
class CustomersArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Matches name or number (case-insensitive).',
  })
  search?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

@InputType('CustomerCreateInput')
class CustomerCreateInput {
  @Field(() => String, { description: 'Required, at most 200 characters.' }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: "The customer's number in the books; unique per site.",
  })
  number?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code such as EUR (the default) or USD; case does not matter.',
  })
  currency?: string | null;
}

@InputType('CustomerUpdateInput', {
  description:
    'Changes the fields given. Omitted fields keep their value; null or blank clears number, contact and vatNumber.',
})
class CustomerUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Archive (true) or restore (false).' })
  archived?: boolean | null;
}

function toPayload(result: CustomerResult): CustomerPayload {
  return Object.assign(new CustomerPayload(), {
    customer: result.customer ? CustomerNode.from(result.customer) : null,
    errors: result.errors,
  });
}

@Resolver(() => CustomerNode)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'Customers of the site, ordered by name.' })
  async customers(@Args(() => CustomersArgs) args: CustomersArgs, @Ctx() ctx: RequestContext) {
    const page = await paginate(ctx.em, Customer, customersWhere(args), 'name', args);
    return mapConnection(page, n => CustomerNode.from(n));
  }

  @Query(() => CustomerNode, {
    nullable: true,
    description: 'A customer of the site by id (archived too), or null.',
  })
  async customer(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerNode | null> {
    if (!isUuid(id)) return null;
    const customer = await ctx.em.findOne(Customer, { id });
    return customer ? CustomerNode.from(customer) : null;
  }

  @FieldResolver(() => [ProjectNode], { description: 'Projects of the customer, ordered by name.' })
  async projects(
    @Root() customer: CustomerNode,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false })
    includeArchived: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectNode[]> {
    const projects = await projectLoaders(ctx).projectsByCustomer.load(customer.id);
    return projects.filter(p => includeArchived || !p.archived).map(p => ProjectNode.from(p));
  }

  @Mutation(() => CustomerPayload, { description: 'Adds a customer.' })
  async customerCreate(
    @Arg('input', () => CustomerCreateInput) input: CustomerCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerPayload> {
    return toPayload(await createCustomer(ctx, requireActor(ctx), input));
  }

  @Mutation(() => CustomerPayload, { description: 'Changes, archives or restores a customer.' })
  async customerUpdate(
    @Arg('input', () => CustomerUpdateInput) input: CustomerUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerPayload> {
    if (!isUuid(input.id)) {
      return toPayload({
        customer: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such customer on this site.', 'id')],
      });
    }
    return toPayload(await updateCustomer(ctx, requireActor(ctx), input));
  }
}
