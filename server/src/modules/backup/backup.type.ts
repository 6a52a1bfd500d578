import path from 'node:path';
import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../graphql/connection.js';
import type { BackupRun } from './backup.entity.js';

export enum BackupRunKindEnum {
  BACKUP = 'backup',
  RESTORE_TEST = 'restore_test',
}
registerEnumType(BackupRunKindEnum, {
  name: 'BackupRunKind',
  description:
    'BACKUP writes an archive of the site; RESTORE_TEST restores one into a scratch database and compares every table with its manifest.',
});

export enum BackupRunStatusEnum {
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}
registerEnumType(BackupRunStatusEnum, { name: 'BackupRunStatus' });

@ObjectType('BackupTable', { simpleResolvers: true })
export class BackupTableNode {
  @Field(() => String) name!: string;
  @Field(() => SafeIntResolver) rows!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of the table’s data in the archive.' })
  sha256!: string;
}

@ObjectType('BackupRun', {
  simpleResolvers: true,
  description: 'A backup of this site, or a restore test of one.',
})
export class BackupRunNode {
  @Field(() => ID) id!: string;
  @Field(() => BackupRunKindEnum) kind!: BackupRunKindEnum;
  @Field(() => BackupRunStatusEnum) status!: BackupRunStatusEnum;
  @Field(() => String, { description: 'schedule (the server’s job queue) or cli (an operator).' })
  trigger!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Backups: daily, weekly (kept longer) or manual (kept until an operator deletes it).',
  })
  retention!: string | null;
  @Field(() => ID, { nullable: true, description: 'Restore tests: the backup that was restored.' })
  backupId!: string | null;
  @Field(() => DateTimeISOResolver) startedAt!: Date;
  @Field(() => DateTimeISOResolver, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The archive’s file name.' })
  fileName!: string | null;
  @Field(() => SafeIntResolver, { nullable: true }) sizeBytes!: number | null;
  @Field(() => Boolean) encrypted!: boolean;
  @Field(() => String, { nullable: true, description: 'The last migration the data follows.' })
  schemaVersion!: string | null;
  @Field(() => Int, { nullable: true }) tableCount!: number | null;
  @Field(() => SafeIntResolver, { nullable: true }) rowCount!: number | null;
  @Field(() => Int, { nullable: true }) durationMs!: number | null;
  @Field(() => [BackupTableNode]) tables!: BackupTableNode[];
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Backups: when a restore test last restored this archive.',
  })
  verifiedAt!: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether that restore matched the manifest in every table (null: not tested yet).',
  })
  verificationOk!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Why the run failed (names the table).' })
  error!: string | null;
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When retention deleted the archive.',
  })
  prunedAt!: Date | null;

  static from(run: BackupRun): BackupRunNode {
    return Object.assign(new BackupRunNode(), {
      id: run.id,
      kind: run.kind as BackupRunKindEnum,
      status: run.status as BackupRunStatusEnum,
      trigger: run.trigger,
      retention: run.retention ?? null,
      backupId: run.backup?.id ?? null,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt ?? null,
      fileName: run.file ? path.basename(run.file) : null,
      sizeBytes: run.sizeBytes ?? null,
      encrypted: run.encrypted,
      schemaVersion: run.schemaVersion ?? null,
      tableCount: run.tableCount ?? null,
      rowCount: run.rowCount ?? null,
      durationMs: run.durationMs ?? null,
      tables: run.tables.map(t => Object.assign(new BackupTableNode(), t)),
      verifiedAt: run.verifiedAt ?? null,
      verificationOk: run.verificationOk ?? null,
      error: run.error ?? null,
      prunedAt: run.prunedAt ?? null,
    });
  }
}

export const { Connection: BackupRunConnection } = connectionTypes('BackupRun', BackupRunNode);
