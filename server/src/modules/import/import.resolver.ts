import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { runImport, type ImportOptions } from './import.service.js';
import {
  ImportInput,
  ImportOutcomeEnum,
  ImportPayload,
  ImportReportNode,
  ImportRowNode,
  PRESET_OF,
  RESOURCE_OF,
} from './import.type.js';

function optionsOf(input: ImportInput): ImportOptions {
  return {
    uploadId: input.uploadId,
    resource: RESOURCE_OF[input.resource],
    preset: input.preset ? PRESET_OF[input.preset] : null,
    mapping: input.mapping ?? null,
    encoding: input.encoding ?? null,
    delimiter: input.delimiter ?? null,
    dateFormat: input.dateFormat ?? null,
    createMissing: input.createMissing,
    sendInvitations: input.sendInvitations,
  };
}

@Resolver()
export class ImportResolver {
  @Query(() => ImportPayload, {
    description:
      'The dry run of a CSV import: detected encoding, delimiter and columns, the mapping, and what each row would create, update or why it is refused. Changes nothing.',
  })
  async importPreview(
    @Arg('input', () => ImportInput) input: ImportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportPayload> {
    return ImportPayload.from(await runImport(ctx, requireActor(ctx), optionsOf(input), 'preview'));
  }

  @Mutation(() => ImportPayload, {
    description:
      'Runs the dry run again and, when no row is refused, applies all of it in one transaction (else nothing). Audited; importing the same file again changes nothing.',
  })
  async importApply(
    @Arg('input', () => ImportInput) input: ImportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportPayload> {
    return ImportPayload.from(await runImport(ctx, requireActor(ctx), optionsOf(input), 'apply'));
  }
}

const MAX_ROWS_PER_PAGE = 500;

@Resolver(() => ImportReportNode)
export class ImportReportResolver {
  @FieldResolver(() => [ImportRowNode], {
    description: 'The rows in file order, optionally of some outcomes only; at most 500 at a time.',
  })
  rows(
    @Root() report: ImportReportNode,
    @Arg('outcomes', () => [ImportOutcomeEnum], { nullable: true, description: 'Default: all.' })
    outcomes: ImportOutcomeEnum[] | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): ImportRowNode[] {
    const wanted = new Set<string>(outcomes ?? []);
    const rows = wanted.size
      ? report.all.filter(r => wanted.has(r.outcome.toUpperCase()))
      : report.all;
    const size = Math.min(Math.max(first, 0), MAX_ROWS_PER_PAGE);
    return rows
      .slice(Math.max(offset, 0), Math.max(offset, 0) + size)
      .map(r => ImportRowNode.from(r));
  }
}
