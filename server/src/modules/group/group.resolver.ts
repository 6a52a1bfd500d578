import { isUuid } from '@horae/shared/validation';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { Group } from './group.entity.js';
import { GroupConnection, GroupNode } from './group.type.js';

@Resolver(() => GroupNode)
export class GroupResolver {
  @Query(() => GroupConnection, { description: 'Groups of the site, ordered by name.' })
  async groups(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    const page = await paginate(ctx.em, Group, {}, 'name', args);
    return mapConnection(page, n => GroupNode.from(n));
  }

  @Query(() => GroupNode, { nullable: true })
  async group(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupNode | null> {
    if (!isUuid(id)) return null;
    const group = await ctx.em.findOne(Group, { id });
    return group ? GroupNode.from(group) : null;
  }
}
