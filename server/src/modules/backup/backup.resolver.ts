import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { ConnectionArgs, mapConnection, paginate } from '../../graphql/connection.js';
import { BackupRun } from './backup.entity.js';
import { BackupRunConnection, BackupRunKindEnum, BackupRunNode } from './backup.type.js';

@ArgsType()
class BackupsArgs extends ConnectionArgs {
  @Field(() => BackupRunKindEnum, { nullable: true, description: 'Only backups, or only tests.' })
  kind?: BackupRunKindEnum | null;
}

@Resolver()
export class BackupResolver {
  @Query(() => BackupRunConnection, {
    description:
      'This site’s backups and restore tests, newest first. Backups of the whole installation are for operators and never listed here.',
  })
  async backups(@Args(() => BackupsArgs) args: BackupsArgs, @Ctx() ctx: RequestContext) {
    // The tenant filter and RLS keep this to the actor's site.
    const where = args.kind ? { kind: args.kind } : {};
    const page = await paginate(ctx.em, BackupRun, where, 'startedAt', args, 'desc');
    return mapConnection(page, run => BackupRunNode.from(run));
  }
}
