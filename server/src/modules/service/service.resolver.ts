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
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import DataLoader from 'dataloader';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { DeletePayload } from '../group/group.resolver.js';
import { Service, ServiceToken } from './service.entity.js';
import {
  createService,
  createToken,
  deleteService,
  PREVIEW_MINUTES,
  revokeToken,
  updateService,
  type ServiceResult,
  type TokenResult,
} from './service.service.js';
import {
  ServiceConnection,
  ServiceNode,
  ServicePayload,
  ServiceTokenCreatePayload,
  ServiceTokenNode,
  ServiceTokenPayload,
} from './service.type.js';

@InputType('ServiceCreateInput')
class ServiceCreateInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => [String], { nullable: true }) allowedIps?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Default: read customers, projects and time entries.',
  })
  permissions?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Default 600.' })
  requestsPerMinute?: number | null;
}

@InputType('ServiceUpdateInput')
class ServiceUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the list when given.' })
  allowedIps?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Replaces all permissions when given.' })
  permissions?: string[] | null;
  @Field(() => Int, { nullable: true }) requestsPerMinute?: number | null;
}

@InputType('ServiceTokenCreateInput')
class ServiceTokenCreateInput {
  @Field(() => ID) serviceId!: string;
  @Field(() => String, { description: 'Where it is used, e.g. "Payroll export (production)".' })
  name!: string;
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Never expires when omitted.' })
  expiresAt?: Date | null;
}

const tokenLoaders = new WeakMap<object, DataLoader<string, ServiceToken[]>>();

/** The tokens of a page of services in one statement (one loader per request). */
function tokensOf(ctx: RequestContext): DataLoader<string, ServiceToken[]> {
  let loader = tokenLoaders.get(ctx.em);
  if (!loader) {
    loader = new DataLoader(async ids => {
      const tokens = await ctx.em.find(
        ServiceToken,
        { service: { $in: [...ids] }, preview: false },
        { orderBy: { createdAt: 'desc' } },
      );
      return ids.map(id => tokens.filter(t => t.service.id === id));
    });
    tokenLoaders.set(ctx.em, loader);
  }
  return loader;
}

@ArgsType()
class ServicesArgs extends ConnectionArgs {}

function servicePayload(result: ServiceResult): ServicePayload {
  return Object.assign(new ServicePayload(), {
    service: result.service ? ServiceNode.from(result.service) : null,
    errors: result.errors,
  });
}

function tokenCreatePayload(result: TokenResult): ServiceTokenCreatePayload {
  return Object.assign(new ServiceTokenCreatePayload(), {
    token: result.token ? ServiceTokenNode.from(result.token) : null,
    secret: result.secret,
    errors: result.errors,
  });
}

const noSuchService = (field: string) =>
  servicePayload({
    service: null,
    errors: [UserError.of('NOT_FOUND', 'There is no such service on this site.', field)],
  });

@Resolver(() => ServiceNode)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: 'Partner integrations of the site, by name.' })
  async services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() ctx: RequestContext) {
    const page = await paginate(ctx.em, Service, {}, 'name', args);
    return mapConnection(page, n => ServiceNode.from(n));
  }

  @Query(() => ServiceNode, { nullable: true })
  async service(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    if (!isUuid(id)) return null;
    const service = await ctx.em.findOne(Service, { id });
    return service ? ServiceNode.from(service) : null;
  }

  @FieldResolver(() => [ServiceTokenNode], {
    description: 'Its tokens, newest first (revoked and expired ones too; preview tokens not).',
  })
  async tokens(@Root() service: ServiceNode, @Ctx() ctx: RequestContext) {
    const tokens = await tokensOf(ctx).load(service.id);
    return tokens.map(t => ServiceTokenNode.from(t));
  }

  @Mutation(() => ServicePayload, {
    description: 'Adds a partner integration; it may read customers, projects and time entries.',
  })
  async serviceCreate(
    @Arg('input', () => ServiceCreateInput) input: ServiceCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServicePayload> {
    return servicePayload(await createService(ctx, requireActor(ctx), input));
  }

  @Mutation(() => ServicePayload, {
    description: 'Changes a service; applies at its next request.',
  })
  async serviceUpdate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceUpdateInput) input: ServiceUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServicePayload> {
    if (!isUuid(id)) return noSuchService('id');
    return servicePayload(await updateService(ctx, requireActor(ctx), id, input));
  }

  @Mutation(() => DeletePayload, {
    description: 'Deletes a service; its tokens stop working at once.',
  })
  async serviceDelete(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DeletePayload> {
    const result = isUuid(id)
      ? await deleteService(ctx, requireActor(ctx), id)
      : { deletedId: null, errors: [UserError.of('NOT_FOUND', 'There is no such service.', 'id')] };
    return Object.assign(new DeletePayload(), result);
  }

  @Mutation(() => ServiceTokenCreatePayload, {
    description:
      'Issues an API token. The payload carries the secret once; send it as "Authorization: Bearer <secret>". ' +
      'Needs a sign-in or `reauthenticate` within the last 10 minutes.',
  })
  async serviceTokenCreate(
    @Arg('input', () => ServiceTokenCreateInput) input: ServiceTokenCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceTokenCreatePayload> {
    if (!isUuid(input.serviceId)) {
      return tokenCreatePayload({
        token: null,
        secret: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such service.', 'serviceId')],
      });
    }
    return tokenCreatePayload(await createToken(ctx, requireActor(ctx), input));
  }

  @Mutation(() => ServiceTokenPayload, {
    description: 'Revokes a token; it stops working at once.',
  })
  async serviceTokenRevoke(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceTokenPayload> {
    const result = isUuid(id)
      ? await revokeToken(ctx, requireActor(ctx), id)
      : { token: null, errors: [UserError.of('NOT_FOUND', 'There is no such token.', 'id')] };
    return Object.assign(new ServiceTokenPayload(), {
      token: result.token ? ServiceTokenNode.from(result.token) : null,
      errors: result.errors,
    });
  }

  @Mutation(() => ServiceTokenCreatePayload, {
    description: `Mints a ${PREVIEW_MINUTES}-minute token to see exactly what the service sees (audited). Not counted against its quota.`,
  })
  async servicePreviewStart(
    @Arg('serviceId', () => ID) serviceId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceTokenCreatePayload> {
    if (!isUuid(serviceId)) {
      return tokenCreatePayload({
        token: null,
        secret: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such service.', 'serviceId')],
      });
    }
    return tokenCreatePayload(
      await createToken(ctx, requireActor(ctx), {
        serviceId,
        name: 'Preview',
        expiresAt: new Date(Date.now() + PREVIEW_MINUTES * 60_000),
        preview: true,
      }),
    );
  }
}
