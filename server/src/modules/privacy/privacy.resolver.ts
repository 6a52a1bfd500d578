import { isUuid } from '@horae/shared/validation';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor, requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { collectPersonalData, eraseCustomer, erasePerson } from './privacy.service.js';

@ObjectType('ErasePayload', { simpleResolvers: true })
class ErasePayload {
  @Field(() => Boolean) erased!: boolean;
  @Field(() => [UserError]) errors!: UserError[];
}

const notFound = () =>
  Object.assign(new ErasePayload(), {
    erased: false,
    errors: [UserError.of('NOT_FOUND', 'There is no such record on this site.', 'id')],
  });

@Resolver()
export class PrivacyResolver {
  @Query(() => String, {
    description:
      'All your personal data as a JSON document (also as a ZIP with CSV tables at GET /export/personal-data.zip).',
  })
  async myPersonalData(@Ctx() ctx: RequestContext): Promise<string> {
    const actor = requireUser(ctx);
    const data = await collectPersonalData(ctx, actor.userId);
    await auditByUser(ctx, actor, 'user.data_exported', { type: 'user', id: actor.userId });
    return JSON.stringify(data?.json ?? {}, null, 2);
  }

  @Query(() => String, {
    nullable: true,
    description:
      "A person's personal data as a JSON document (GDPR access request); audited. Also as a ZIP at GET /export/personal-data.zip?userId=<id>.",
  })
  async personalData(
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    if (!isUuid(userId)) return null;
    const data = await collectPersonalData(ctx, userId);
    if (!data) return null;
    await auditByUser(ctx, requireActor(ctx), 'user.data_exported', { type: 'user', id: userId });
    return JSON.stringify(data.json, null, 2);
  }

  @Mutation(() => ErasePayload, {
    description:
      "Erases a person's personal data: name replaced, email removed, sessions, two-step sign-in, tokens and invitations deleted. Their time and invoices stay valid, pseudonymised. Cannot be undone.",
  })
  async userErase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ErasePayload> {
    if (!isUuid(id)) return notFound();
    return Object.assign(new ErasePayload(), await erasePerson(ctx, requireActor(ctx), id));
  }

  @Mutation(() => ErasePayload, {
    description:
      "Erases a customer's name, number, contact and VAT number. Refused while issued invoices name the customer (kept for seven years by tax law).",
  })
  async customerErase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ErasePayload> {
    if (!isUuid(id)) return notFound();
    return Object.assign(new ErasePayload(), await eraseCustomer(ctx, requireActor(ctx), id));
  }
}
