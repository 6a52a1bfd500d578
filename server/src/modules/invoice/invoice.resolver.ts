import { isUuid } from '@horae/shared/validation';
import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { badUserInput } from '../../core/errors.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { Customer } from '../customer/customer.entity.js';
import { CustomerNode } from '../customer/customer.type.js';
import { Project, Task } from '../project/project.entity.js';
import { ProjectNode, TaskNode } from '../project/project.type.js';
import { Invoice, InvoiceLine } from './invoice.entity.js';
import { createDraft, issueInvoice, voidInvoice, type InvoiceResult } from './invoice.service.js';
import {
  InvoiceConnection,
  InvoiceCreateDraftInput,
  InvoiceLineNode,
  InvoiceNode,
  InvoicePayload,
  InvoiceStatusEnum,
} from './invoice.type.js';

/** The filter of the invoice list, shared with the CSV export. */
export function invoicesWhere(args: {
  status?: string | null;
  customerId?: string | null;
}): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (args.status) where.status = args.status;
  if (args.customerId) {
    if (!isUuid(args.customerId))
      throw badUserInput('"customerId" is not a valid id.', 'customerId');
    where.customer = args.customerId;
  }
  return where;
}

@ArgsType()
class InvoicesArgs extends ConnectionArgs {
  @Field(() => InvoiceStatusEnum, { nullable: true }) status?: InvoiceStatusEnum | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
}

function toPayload(result: InvoiceResult): InvoicePayload {
  return Object.assign(new InvoicePayload(), {
    invoice: result.invoice ? InvoiceNode.from(result.invoice) : null,
    errors: result.errors,
  });
}

/** The lines of many invoices in one statement. */
const lineLoaders = new WeakMap<RequestContext, DataLoader<string, InvoiceLine[]>>();
function linesOf(ctx: RequestContext): DataLoader<string, InvoiceLine[]> {
  let loader = lineLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, InvoiceLine[]>(async ids => {
      const rows = await ctx.em.find(
        InvoiceLine,
        { invoice: { $in: [...ids] } },
        { orderBy: { position: 'asc' } },
      );
      return ids.map(id => rows.filter(r => r.invoice.id === id));
    });
    lineLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => InvoiceNode)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, { description: 'Invoices of the site, newest first.' })
  async invoices(@Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: RequestContext) {
    const page = await paginate(ctx.em, Invoice, invoicesWhere(args), 'createdAt', args, 'desc');
    return mapConnection(page, i => InvoiceNode.from(i));
  }

  @Query(() => InvoiceNode, {
    nullable: true,
    description: 'An invoice of the site by id, or null.',
  })
  async invoice(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceNode | null> {
    if (!isUuid(id)) return null;
    const invoice = await ctx.em.findOne(Invoice, { id });
    return invoice ? InvoiceNode.from(invoice) : null;
  }

  @FieldResolver(() => CustomerNode)
  async customer(@Root() invoice: InvoiceNode, @Ctx() ctx: RequestContext): Promise<CustomerNode> {
    const customer = await ctx.loadById(Customer, invoice.customerId);
    if (!customer) throw new Error(`invoice ${invoice.id} has no customer`);
    return CustomerNode.from(customer);
  }

  @FieldResolver(() => [InvoiceLineNode], { description: 'In invoice order.' })
  async lines(
    @Root() invoice: InvoiceNode,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoiceLineNode[]> {
    const lines = await linesOf(ctx).load(invoice.id);
    return lines.map(l => InvoiceLineNode.from(l));
  }

  @Mutation(() => InvoicePayload, {
    description:
      "Drafts an invoice of the customer's approved, billable, not yet invoiced time in the period; the draft holds that time.",
  })
  async invoiceCreateDraft(
    @Arg('input', () => InvoiceCreateDraftInput) input: InvoiceCreateDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoicePayload> {
    return toPayload(await createDraft(ctx, requireActor(ctx), input));
  }

  @Mutation(() => InvoicePayload, {
    description: 'Gives a draft the next number of the site and marks its time invoiced.',
  })
  async invoiceIssue(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoicePayload> {
    return toPayload(await issueInvoice(ctx, requireActor(ctx), id));
  }

  @Mutation(() => InvoicePayload, {
    description:
      'Voids a draft or issued invoice and releases its time so it can be invoiced again; an issued invoice keeps its number.',
  })
  async invoiceVoid(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoicePayload> {
    return toPayload(await voidInvoice(ctx, requireActor(ctx), id));
  }
}

@Resolver(() => InvoiceLineNode)
export class InvoiceLineResolver {
  @FieldResolver(() => ProjectNode)
  async project(@Root() line: InvoiceLineNode, @Ctx() ctx: RequestContext): Promise<ProjectNode> {
    const project = await ctx.loadById(Project, line.projectId);
    if (!project) throw new Error(`invoice line ${line.id} has no project`);
    return ProjectNode.from(project);
  }

  @FieldResolver(() => TaskNode, { nullable: true, description: 'Null for time without a task.' })
  async task(@Root() line: InvoiceLineNode, @Ctx() ctx: RequestContext): Promise<TaskNode | null> {
    if (!line.taskId) return null;
    const task = await ctx.loadById(Task, line.taskId);
    return task ? TaskNode.from(task) : null;
  }
}
