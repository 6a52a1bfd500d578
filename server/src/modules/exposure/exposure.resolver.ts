import {
  ALL_FIELDS,
  cleanOverrides,
  FIELD_CATALOG,
  groupExposure,
  isCatalogField,
  serviceExposure,
  type CatalogField,
} from '@horae/shared/fields';
import { isUuid } from '@horae/shared/validation';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Viewer } from '../auth/viewer.type.js';
import { Group } from '../group/group.entity.js';
import { Service } from '../service/service.entity.js';
import { servicePermissions } from '../service/token.service.js';
import { schemaFor } from './service-schema.js';

export enum ExposureSubjectKind {
  GROUP = 'group',
  SERVICE = 'service',
}
registerEnumType(ExposureSubjectKind, {
  name: 'ExposureSubjectKind',
  description: 'Who a field is exposed to: the members of a group, or a service.',
});

export enum ActorKind {
  USER = 'user',
  SERVICE = 'service',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

@ObjectType('CatalogField', {
  simpleResolvers: true,
  description: 'A sensitive field that can be hidden per group and per service.',
})
class CatalogFieldNode {
  @Field(() => String, { description: 'Type.field, e.g. "User.email".' }) field!: string;
  @Field(() => String) label!: string;
  @Field(() => String) category!: string;
  @Field(() => Boolean, { description: 'Exposed to a group unless it is told otherwise.' })
  defaultForGroups!: boolean;
  @Field(() => Boolean, { description: 'Exposed to a service unless it is told otherwise.' })
  defaultForServices!: boolean;
}

@ObjectType('ExposureSubject', { simpleResolvers: true })
class ExposureSubjectNode {
  @Field(() => ExposureSubjectKind) kind!: ExposureSubjectKind;
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: 'The catalogued fields this group or service may read.' })
  exposed!: string[];
  @Field(() => Boolean, {
    description: 'Administrators always see every field; their row cannot be changed.',
  })
  locked!: boolean;
}

@ObjectType('FieldExposure', {
  simpleResolvers: true,
  description: 'The exposure matrix: catalogued fields by group and by service.',
})
class FieldExposureNode {
  @Field(() => [CatalogFieldNode]) fields!: CatalogFieldNode[];
  @Field(() => [ExposureSubjectNode], { description: 'Groups (if you may see groups), by name.' })
  groups!: ExposureSubjectNode[];
  @Field(() => [ExposureSubjectNode], {
    description: 'Services (if you may see services), by name.',
  })
  services!: ExposureSubjectNode[];
}

@ObjectType('FieldExposurePayload', { simpleResolvers: true })
class FieldExposurePayload {
  @Field(() => ExposureSubjectNode, { nullable: true }) subject!: ExposureSubjectNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@InputType('FieldExposureSetInput')
export class FieldExposureSetInput {
  @Field(() => ExposureSubjectKind) subjectKind!: ExposureSubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { description: 'Type.field from the catalog, e.g. "User.email".' })
  field!: string;
  @Field(() => Boolean) exposed!: boolean;
}

@ObjectType('FieldAccess', { simpleResolvers: true })
class FieldAccessNode {
  @Field(() => String) field!: string;
  @Field(() => String) label!: string;
  @Field(() => Boolean, { description: 'False: the field comes back null with FORBIDDEN.' })
  exposed!: boolean;
}

@ObjectType('Access', {
  simpleResolvers: true,
  description: 'Who is calling and what they may do and read: for partners and the SPA alike.',
})
class AccessNode {
  @Field(() => ActorKind) kind!: ActorKind;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => ID, { nullable: true }) serviceId!: string | null;
  @Field(() => String, { nullable: true }) serviceName!: string | null;
  @Field(() => Boolean, { description: 'A preview token minted by an administrator.' })
  preview!: boolean;
  @Field(() => [String], { description: 'Permissions (resource.action) held.' })
  permissions!: string[];
  @Field(() => [FieldAccessNode]) exposure!: FieldAccessNode[];
}

@Resolver(() => AccessNode)
export class AccessResolver {
  @FieldResolver(() => String, {
    description:
      'The schema (SDL) as you see it: only the operations you may call and the fields you may read.',
  })
  schema(@Ctx() ctx: RequestContext): Promise<string> {
    const actor = requireActor(ctx);
    return schemaFor({
      kind: actor.kind,
      permissions: actor.permissions,
      exposure: actor.exposure,
    });
  }
}

function catalogNodes(): CatalogFieldNode[] {
  return ALL_FIELDS.map(field =>
    Object.assign(new CatalogFieldNode(), {
      field,
      label: FIELD_CATALOG[field].label,
      category: FIELD_CATALOG[field].category,
      defaultForGroups: FIELD_CATALOG[field].users,
      defaultForServices: FIELD_CATALOG[field].services,
    }),
  );
}

function fieldAccess(exposure: ReadonlySet<CatalogField>): FieldAccessNode[] {
  return ALL_FIELDS.map(field =>
    Object.assign(new FieldAccessNode(), {
      field,
      label: FIELD_CATALOG[field].label,
      exposed: exposure.has(field),
    }),
  );
}

function groupSubject(group: Group): ExposureSubjectNode {
  const locked = group.builtIn === 'administrators';
  const exposed = locked ? ALL_FIELDS : [...groupExposure(cleanOverrides(group.fieldExposure))];
  return Object.assign(new ExposureSubjectNode(), {
    kind: ExposureSubjectKind.GROUP,
    id: group.id,
    name: group.name,
    exposed,
    locked,
  });
}

function serviceSubject(service: Service): ExposureSubjectNode {
  return Object.assign(new ExposureSubjectNode(), {
    kind: ExposureSubjectKind.SERVICE,
    id: service.id,
    name: service.name,
    exposed: [...serviceExposure(cleanOverrides(service.fieldExposure))],
    locked: false,
  });
}

const subjectError = (code: string, message: string, field: string) =>
  Object.assign(new FieldExposurePayload(), {
    subject: null,
    errors: [UserError.of(code, message, field)],
  });

@Resolver(() => Viewer)
export class ExposureResolver {
  @Query(() => FieldExposureNode, {
    description: 'The field exposure matrix for the admin page.',
  })
  async fieldExposure(@Ctx() ctx: RequestContext): Promise<FieldExposureNode> {
    const actor = requireActor(ctx);
    const groups = actor.permissions.has('group.read')
      ? await ctx.em.find(Group, {}, { orderBy: { name: 'asc' } })
      : [];
    const services = actor.permissions.has('service.read')
      ? await ctx.em.find(Service, {}, { orderBy: { name: 'asc' } })
      : [];
    return Object.assign(new FieldExposureNode(), {
      fields: catalogNodes(),
      groups: groups.map(groupSubject),
      services: services.map(serviceSubject),
    });
  }

  @Mutation(() => FieldExposurePayload, {
    description: 'Exposes or hides one catalogued field for a group or a service; audited.',
  })
  async fieldExposureSet(
    @Arg('input', () => FieldExposureSetInput) input: FieldExposureSetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FieldExposurePayload> {
    const actor = requireActor(ctx);
    if (!isCatalogField(input.field)) {
      return subjectError(
        'UNKNOWN_FIELD',
        `"${input.field}" is not in the field catalog (for example "User.email").`,
        'field',
      );
    }
    const subject = isUuid(input.subjectId)
      ? input.subjectKind === ExposureSubjectKind.GROUP
        ? await ctx.em.findOne(Group, { id: input.subjectId })
        : await ctx.em.findOne(Service, { id: input.subjectId })
      : null;
    if (!subject) {
      return subjectError('NOT_FOUND', `There is no such ${input.subjectKind}.`, 'subjectId');
    }
    if ('builtIn' in subject && subject.builtIn === 'administrators') {
      return subjectError(
        'BUILT_IN_LOCKED',
        'Administrators always see every field, so nobody can hide data from the people who manage the site.',
        'subjectId',
      );
    }
    const overrides = cleanOverrides(subject.fieldExposure);
    const defaults = FIELD_CATALOG[input.field];
    const isDefault = 'builtIn' in subject ? defaults.users : defaults.services;
    const before = overrides[input.field] ?? isDefault;
    if (input.exposed === isDefault) delete overrides[input.field];
    else overrides[input.field] = input.exposed;
    subject.fieldExposure = overrides;
    await ctx.em.flush();
    if (before !== input.exposed) {
      await auditByUser(
        ctx,
        actor,
        'exposure.changed',
        { type: input.subjectKind, id: subject.id },
        { field: input.field, before: { exposed: before }, after: { exposed: input.exposed } },
      );
    }
    return Object.assign(new FieldExposurePayload(), {
      subject: 'builtIn' in subject ? groupSubject(subject) : serviceSubject(subject),
      errors: [],
    });
  }

  @Query(() => AccessNode, {
    description:
      'Who is calling (a person or a service) with the permissions held and which catalogued fields can be read. Partners: call this first.',
  })
  async access(@Ctx() ctx: RequestContext): Promise<AccessNode> {
    const actor = requireActor(ctx);
    const service =
      actor.kind === 'service' ? await ctx.em.findOne(Service, { id: actor.serviceId }) : null;
    return Object.assign(new AccessNode(), {
      kind: actor.kind === 'user' ? ActorKind.USER : ActorKind.SERVICE,
      userId: actor.kind === 'user' ? actor.userId : null,
      serviceId: actor.kind === 'service' ? actor.serviceId : null,
      serviceName: service?.name ?? null,
      preview: actor.kind === 'service' && actor.preview,
      permissions: [...actor.permissions].sort(),
      exposure: fieldAccess(actor.exposure),
    });
  }

  @Query(() => String, {
    nullable: true,
    description:
      'The schema (SDL) as a service sees it: only the operations it may call and the fields it may read.',
  })
  async serviceSchema(
    @Arg('serviceId', () => ID) serviceId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    if (!isUuid(serviceId)) return null;
    const service = await ctx.em.findOne(Service, { id: serviceId });
    if (!service) return null;
    return schemaFor({
      kind: 'service',
      permissions: servicePermissions(service.permissions),
      exposure: serviceExposure(cleanOverrides(service.fieldExposure)),
    });
  }

  @FieldResolver(() => [FieldAccessNode], {
    description: 'The catalogued sensitive fields and whether the viewer may read each.',
  })
  exposure(@Ctx() ctx: RequestContext): FieldAccessNode[] {
    return fieldAccess(requireActor(ctx).exposure);
  }
}
