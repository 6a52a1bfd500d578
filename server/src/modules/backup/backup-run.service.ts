import fs from 'node:fs/promises';
import path from 'node:path';
import { withClient } from '../../core/database.js';
import { appendSystemAudit } from './backup-audit.js';
import { BackupError } from './backup-key.js';
import { backupFileName, createBackup, type BackupResult } from './backup.service.js';
import type { BackupSettings } from './backup.settings.js';
import { verifyBackup } from './restore.service.js';

type Trigger = 'schedule' | 'cli';
type Retention = 'daily' | 'weekly' | 'manual';

export type RunOutcome =
  | { ok: true; runId: string; result: BackupResult }
  | { ok: false; runId: string | null; error: Error };

async function insertRun(
  ownerUrl: string,
  run: {
    siteId: string | null;
    kind: 'backup' | 'restore_test';
    trigger: Trigger;
    retention?: Retention;
    backupId?: string;
  },
): Promise<string> {
  return withClient(ownerUrl, async client => {
    const inserted = await client.query<{ id: string }>(
      `insert into backup_run (site_id, kind, trigger, status, retention, backup_id, started_at)
       values ($1, $2, $3, 'running', $4, $5, now()) returning id`,
      [run.siteId, run.kind, run.trigger, run.retention ?? null, run.backupId ?? null],
    );
    return inserted.rows[0]!.id;
  });
}

/** Completes a run and, for a site, appends the outcome to its audit chain in one transaction. */
async function finishRun(
  ownerUrl: string,
  runId: string,
  siteId: string | null,
  fields: Record<string, unknown>,
  audit: { action: string; data: Record<string, unknown> },
  also?: { sql: string; params: unknown[] },
): Promise<void> {
  const names = Object.keys(fields);
  await withClient(ownerUrl, async client => {
    await client.query('begin');
    await client.query(
      `update backup_run set finished_at = now(), ${names.map((n, i) => `"${n}" = $${i + 2}`).join(', ')} where id = $1`,
      [runId, ...names.map(n => fields[n])],
    );
    if (also) await client.query(also.sql, also.params);
    if (siteId) {
      await appendSystemAudit(
        client,
        siteId,
        audit.action,
        { type: 'backup_run', id: runId },
        audit.data,
      );
    }
    await client.query('commit');
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Takes a backup and records it in `backup_run` (and, for a site, in its audit log). */
export async function runBackup(
  ownerUrl: string,
  args: {
    site: string | null;
    trigger: Trigger;
    retention: Retention;
    file: string;
    key: Buffer | null;
  },
): Promise<RunOutcome> {
  let runId: string | null = null;
  let siteId: string | null = null;
  try {
    const result = await createBackup(ownerUrl, {
      site: args.site ?? undefined,
      file: args.file,
      key: args.key,
      onSnapshot: async scope => {
        siteId = scope.kind === 'site' ? scope.siteId : null;
        runId = await insertRun(ownerUrl, {
          siteId,
          kind: 'backup',
          trigger: args.trigger,
          retention: args.retention,
        });
      },
    });
    const { manifest } = result;
    await finishRun(
      ownerUrl,
      runId!,
      siteId,
      {
        status: 'succeeded',
        file: result.file,
        size_bytes: result.sizeBytes,
        archive_sha256: result.sha256,
        encrypted: manifest.encryption !== null,
        schema_version: manifest.schemaVersion,
        table_count: manifest.tables.length,
        row_count: manifest.totalRows,
        duration_ms: result.durationMs,
        tables: JSON.stringify(
          manifest.tables.map(t => ({ name: t.name, rows: t.rows, sha256: t.sha256 })),
        ),
      },
      {
        action: 'backup.created',
        data: {
          fileName: path.basename(result.file),
          sizeBytes: result.sizeBytes,
          tables: manifest.tables.length,
          rows: manifest.totalRows,
          encrypted: manifest.encryption !== null,
          trigger: args.trigger,
          retention: args.retention,
        },
      },
    );
    return { ok: true, runId: runId!, result };
  } catch (error) {
    if (runId) {
      await finishRun(
        ownerUrl,
        runId,
        siteId,
        { status: 'failed', error: message(error) },
        { action: 'backup.failed', data: { reason: message(error), trigger: args.trigger } },
      );
    }
    return { ok: false, runId, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Restores a recorded backup into a scratch database and records the verdict on both rows. */
export async function runRestoreTest(
  ownerUrl: string,
  backupId: string,
  key: Buffer | null,
  trigger: Trigger,
): Promise<{ ok: boolean; runId: string; error?: Error }> {
  const backup = await withClient(
    ownerUrl,
    async client =>
      (
        await client.query<{ site_id: string | null; file: string | null }>(
          `select site_id, file from backup_run where id = $1 and kind = 'backup' and status = 'succeeded'`,
          [backupId],
        )
      ).rows[0],
  );
  if (!backup?.file) throw new BackupError(`No successful backup with id ${backupId}.`);
  const runId = await insertRun(ownerUrl, {
    siteId: backup.site_id,
    kind: 'restore_test',
    trigger,
    backupId,
  });
  const markBackup = (ok: boolean) => ({
    sql: 'update backup_run set verified_at = now(), verification_ok = $2 where id = $1',
    params: [backupId, ok],
  });
  try {
    const report = await verifyBackup(ownerUrl, backup.file, key);
    await finishRun(
      ownerUrl,
      runId,
      backup.site_id,
      {
        status: 'succeeded',
        file: backup.file,
        size_bytes: report.sizeBytes,
        encrypted: report.manifest.encryption !== null,
        schema_version: report.manifest.schemaVersion,
        table_count: report.tables.length,
        row_count: report.manifest.totalRows,
        duration_ms: report.durationMs,
        tables: JSON.stringify(report.tables),
        verified_at: new Date(),
        verification_ok: true,
      },
      {
        action: 'backup.restore_test_passed',
        data: {
          backupRunId: backupId,
          tables: report.tables.length,
          rows: report.manifest.totalRows,
        },
      },
      markBackup(true),
    );
    return { ok: true, runId };
  } catch (error) {
    const part = error instanceof BackupError ? error.part : null;
    await finishRun(
      ownerUrl,
      runId,
      backup.site_id,
      {
        status: 'failed',
        file: backup.file,
        error: message(error),
        verified_at: new Date(),
        verification_ok: false,
      },
      {
        action: 'backup.restore_test_failed',
        data: { backupRunId: backupId, part, reason: message(error) },
      },
      markBackup(false),
    );
    return { ok: false, runId, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** The first successful scheduled backup of a scope in a (local) week is the weekly one. */
async function retentionFor(ownerUrl: string, siteId: string | null, timeZone: string, now: Date) {
  const found = await withClient(ownerUrl, client =>
    client.query(
      `select 1 from backup_run
        where kind = 'backup' and status = 'succeeded' and retention = 'weekly'
          and site_id is not distinct from $1
          and started_at >= date_trunc('week', $2::timestamptz at time zone $3) at time zone $3`,
      [siteId, now, timeZone],
    ),
  );
  return found.rowCount ? 'daily' : 'weekly';
}

/** The whole installation, then every site; then retention. */
export async function runScheduledBackups(
  ownerUrl: string,
  settings: BackupSettings,
  now = new Date(),
): Promise<{ succeeded: number; failed: { scope: string; error: string }[]; pruned: number }> {
  const sites = await withClient(ownerUrl, async client => {
    // A run still "running" long after any backup could take was cut short (a restart).
    await client.query(
      `update backup_run set status = 'failed', finished_at = now(),
              error = 'Interrupted: the process running it stopped.'
        where status = 'running' and started_at < now() - interval '6 hours'`,
    );
    return (
      await client.query<{ id: string; slug: string }>('select id, slug from site order by slug')
    ).rows;
  });
  let succeeded = 0;
  const failed: { scope: string; error: string }[] = [];
  for (const site of [null, ...sites]) {
    const outcome = await runBackup(ownerUrl, {
      site: site?.slug ?? null,
      trigger: 'schedule',
      retention: await retentionFor(ownerUrl, site?.id ?? null, settings.timeZone, now),
      file: backupFileName(settings.dir, site, now),
      key: settings.key,
    });
    if (outcome.ok) succeeded++;
    else
      failed.push({
        scope: site ? `site ${site.slug}` : 'installation',
        error: outcome.error.message,
      });
  }
  return { succeeded, failed, pruned: await pruneBackups(ownerUrl, settings, now) };
}

/** Restore-tests the newest backup of the installation and of every site. */
export async function runScheduledRestoreTests(
  ownerUrl: string,
  settings: BackupSettings,
): Promise<{ passed: number; failed: { backupId: string; error: string }[] }> {
  const latest = await withClient(
    ownerUrl,
    async client =>
      (
        await client.query<{ id: string }>(
          `select distinct on (site_id) id from backup_run
          where kind = 'backup' and status = 'succeeded' and pruned_at is null
          order by site_id, started_at desc`,
        )
      ).rows,
  );
  let passed = 0;
  const failed: { backupId: string; error: string }[] = [];
  for (const { id } of latest) {
    const outcome = await runRestoreTest(ownerUrl, id, settings.key, 'schedule');
    if (outcome.ok) passed++;
    else failed.push({ backupId: id, error: outcome.error?.message ?? 'failed' });
  }
  return { passed, failed };
}

/**
 * Deletes scheduled archives past their retention: daily ones after `keepDailyDays`, weekly ones
 * after `keepWeeklyWeeks`. The newest successful backup of each scope is always kept; manual (CLI)
 * backups are the operator's to delete.
 */
export async function pruneBackups(ownerUrl: string, settings: BackupSettings, now = new Date()) {
  const day = 86_400_000;
  const expired = await withClient(
    ownerUrl,
    async client =>
      (
        await client.query<{ id: string; file: string | null }>(
          `select b.id, b.file from backup_run b
          where b.kind = 'backup' and b.status = 'succeeded' and b.trigger = 'schedule'
            and b.pruned_at is null
            and ((b.retention = 'daily' and b.started_at < $1) or (b.retention = 'weekly' and b.started_at < $2))
            and b.id <> (select l.id from backup_run l
                          where l.kind = 'backup' and l.status = 'succeeded'
                            and l.site_id is not distinct from b.site_id
                          order by l.started_at desc limit 1)`,
          [
            new Date(now.getTime() - settings.keepDailyDays * day),
            new Date(now.getTime() - settings.keepWeeklyWeeks * 7 * day),
          ],
        )
      ).rows,
  );
  for (const run of expired) {
    if (run.file) await fs.rm(run.file, { force: true });
    await withClient(ownerUrl, client =>
      client.query('update backup_run set pruned_at = now() where id = $1', [run.id]),
    );
  }
  return expired.length;
}
