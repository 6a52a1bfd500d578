import { isIsoDate } from '@horae/shared/time';
import { isUuid } from '@horae/shared/validation';
import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { badUserInput } from '../../core/errors.js';
import {
  connectionTypes,
  ConnectionArgs,
  mapConnection,
  paginate,
} from '../../graphql/connection.js';
import { AuditEvent } from './audit-event.entity.js';
import { verifyAuditChain, type AuditRow } from './audit.service.js';

@ObjectType('AuditEvent', { simpleResolvers: true })
export class AuditEventNode {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Position in the site’s hash chain.' }) seq!: number;
  @Field(() => DateTimeISOResolver) occurredAt!: Date;
  @Field(() => String) action!: string;
  @Field(() => String, { description: 'user, service, system or anonymous.' }) actorType!: string;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => JSONResolver, {
    description: 'Details, e.g. before/after of changed fields (secrets redacted).',
  })
  data!: unknown;
  @Field(() => String, { description: 'SHA-256 of this event and the previous hash (hex).' })
  hash!: string;

  static from(e: AuditEvent): AuditEventNode {
    return Object.assign(new AuditEventNode(), {
      id: e.id,
      seq: e.seq,
      occurredAt: e.occurredAt,
      action: e.action,
      actorType: e.actorType,
      actorId: e.actorId ?? null,
      targetType: e.targetType ?? null,
      targetId: e.targetId ?? null,
      ip: e.ip ?? null,
      requestId: e.requestId ?? null,
      data: e.data,
      hash: Buffer.from(e.hash).toString('hex'),
    });
  }
}

const { Connection: AuditEventConnection } = connectionTypes('AuditEvent', AuditEventNode);

@ObjectType('AuditChainVerdict', { simpleResolvers: true })
class AuditChainVerdict {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int) events!: number;
  @Field(() => Int, { nullable: true, description: 'The first event that does not hold.' })
  brokenSeq!: number | null;
  @Field(() => ID, { nullable: true }) brokenId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ArgsType()
class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. auth.login_failed.' })
  action?: string | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), inclusive.' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), inclusive.' })
  to?: string | null;
}

/** The filter of the audit log, shared with the CSV export. */
export function auditEventsWhere(args: {
  action?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (args.action) where.action = args.action;
  if (args.actorId) {
    if (!isUuid(args.actorId)) throw badUserInput('"actorId" is not a valid id.', 'actorId');
    where.actorId = args.actorId;
  }
  for (const [name, value] of [
    ['from', args.from],
    ['to', args.to],
  ] as const) {
    if (value && !isIsoDate(value))
      throw badUserInput(`"${name}" must be a date as YYYY-MM-DD.`, name);
  }
  if (args.from || args.to) {
    where.occurredAt = {
      ...(args.from ? { $gte: new Date(`${args.from}T00:00:00Z`) } : {}),
      ...(args.to
        ? { $lt: new Date(new Date(`${args.to}T00:00:00Z`).getTime() + 86_400_000) }
        : {}),
    };
  }
  return where;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The site’s audit log, newest first.' })
  async auditEvents(
    @Args(() => AuditEventsArgs) args: AuditEventsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const page = await paginate(ctx.em, AuditEvent, auditEventsWhere(args), 'seq', args, 'desc');
    return mapConnection(page, e => AuditEventNode.from(e));
  }

  @Query(() => AuditChainVerdict, {
    description:
      'Recomputes the site’s hash chain and names the first event that was altered or removed.',
  })
  async auditChainVerify(@Ctx() ctx: RequestContext): Promise<AuditChainVerdict> {
    const actor = requireActor(ctx);
    const verdict = await verifyAuditChain(
      (sql, params) => ctx.em.execute<AuditRow[]>(sql.replace(/\$\d+/g, '?'), params),
      actor.siteId,
    );
    return Object.assign(new AuditChainVerdict(), {
      ok: verdict.ok,
      events: verdict.events,
      brokenSeq: verdict.ok ? null : verdict.brokenSeq,
      brokenId: verdict.ok ? null : verdict.brokenId,
      reason: verdict.ok ? null : verdict.reason,
    });
  }
}
