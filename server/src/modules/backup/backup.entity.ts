import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';

export const BACKUP_RUN_KINDS = ['backup', 'restore_test'] as const;
export const BACKUP_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export const BACKUP_TRIGGERS = ['schedule', 'cli'] as const;
/** How long a backup is kept: daily and weekly ones are pruned by the schedule, manual ones never. */
export const BACKUP_RETENTIONS = ['daily', 'weekly', 'manual'] as const;

export type BackupRunStatus = (typeof BACKUP_RUN_STATUSES)[number];

/** Per table: rows and SHA-256 of its COPY text (backups), or as found by a restore test. */
export type BackupTableResult = { name: string; rows: number; sha256: string };

/**
 * One backup or restore test. Rows of a site are what its Operations page shows; rows without a
 * site are backups of the whole installation, seen only by operators (RLS hides them from requests).
 */
export const BackupRun = defineEntity({
  name: 'BackupRun',
  tableName: 'backup_run',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().nullable().deleteRule('cascade'),
    kind: p.enum(BACKUP_RUN_KINDS),
    trigger: p.enum(BACKUP_TRIGGERS),
    status: p.enum(BACKUP_RUN_STATUSES),
    retention: p.enum(BACKUP_RETENTIONS).nullable(),
    /** For a restore test: the backup it restored. */
    backup: () => p.manyToOne(BackupRun).ref().nullable().deleteRule('set null'),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    /** Where the archive was written, on the machine that ran the backup. */
    file: p.text().nullable(),
    sizeBytes: p.bigint('number').nullable(),
    /** The archive's own checksum (its trailer), to recognise the file. */
    archiveSha256: p.string().length(64).nullable(),
    encrypted: p.boolean().default(false),
    schemaVersion: p.string().length(200).nullable(),
    tableCount: p.integer().nullable(),
    rowCount: p.bigint('number').nullable(),
    durationMs: p.integer().nullable(),
    tables: p.json<BackupTableResult[]>().defaultRaw(`'[]'`),
    /** Set on a backup by its latest restore test. */
    verifiedAt: p.datetime().nullable(),
    verificationOk: p.boolean().nullable(),
    error: p.text().nullable(),
    /** When retention deleted the archive file. */
    prunedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['site', 'startedAt'] }],
});
export type BackupRun = InferEntity<typeof BackupRun>;
