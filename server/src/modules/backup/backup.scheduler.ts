import PgBoss from 'pg-boss';
import type { Logger } from '../../core/logger.js';
import { runScheduledBackups, runScheduledRestoreTests } from './backup-run.service.js';
import type { BackupSettings } from './backup.settings.js';

export const BACKUP_QUEUE = 'horae-backup';
export const RESTORE_TEST_QUEUE = 'horae-backup-restore-test';

export type BackupScheduler = {
  boss: PgBoss;
  stop: () => Promise<void>;
};

/**
 * Scheduled backups and the weekly restore test, through pg-boss (a job queue in Postgres, schema
 * `pgboss`). Every server process may start this: pg-boss fires each cron slot once, and the
 * `singleton` queues run one job at a time across all processes. Runs as the owner role, which
 * reads every site's rows and creates the scratch databases of restore tests.
 */
export async function startBackupScheduler(options: {
  ownerUrl: string;
  settings: BackupSettings;
  logger: Logger;
  /** Seconds between polls for new jobs (pg-boss default 2). */
  pollingIntervalSeconds?: number;
}): Promise<BackupScheduler> {
  const { ownerUrl, settings, logger } = options;
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: 'pgboss',
    application_name: 'horae-jobs',
    max: 4,
  });
  boss.on('error', err => logger.error({ err }, 'job queue error'));
  await boss.start();
  const queue = { policy: 'singleton', retryLimit: 0, expireInSeconds: 6 * 3600 } as const;
  await boss.createQueue(BACKUP_QUEUE, { name: BACKUP_QUEUE, ...queue });
  await boss.createQueue(RESTORE_TEST_QUEUE, { name: RESTORE_TEST_QUEUE, ...queue });
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  await boss.work(BACKUP_QUEUE, polling, async () => {
    const result = await runScheduledBackups(ownerUrl, settings);
    const log = { ...result, dir: settings.dir, encrypted: settings.key !== null };
    if (result.failed.length) logger.error(log, 'scheduled backups failed for some scopes');
    else logger.info(log, 'scheduled backups done');
    if (result.failed.length) throw new Error(`Backups failed: ${JSON.stringify(result.failed)}`);
    return result;
  });
  await boss.work(RESTORE_TEST_QUEUE, polling, async () => {
    const result = await runScheduledRestoreTests(ownerUrl, settings);
    if (result.failed.length) logger.error(result, 'restore test failed');
    else logger.info(result, 'restore test passed');
    if (result.failed.length)
      throw new Error(`Restore tests failed: ${JSON.stringify(result.failed)}`);
    return result;
  });

  const tz = { tz: settings.timeZone };
  if (settings.schedule) await boss.schedule(BACKUP_QUEUE, settings.schedule, {}, tz);
  else await boss.unschedule(BACKUP_QUEUE);
  if (settings.restoreTestSchedule) {
    await boss.schedule(RESTORE_TEST_QUEUE, settings.restoreTestSchedule, {}, tz);
  } else await boss.unschedule(RESTORE_TEST_QUEUE);
  if (!settings.key) {
    logger.warn('HORAE_BACKUP_KEY is not set: scheduled backups are written unencrypted');
  }
  logger.info(
    { schedule: settings.schedule, restoreTest: settings.restoreTestSchedule, dir: settings.dir },
    'backup schedule active',
  );
  return {
    boss,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
