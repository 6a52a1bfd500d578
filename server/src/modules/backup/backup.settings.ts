import path from 'node:path';
import { z } from 'zod';
import { BACKUP_KEY_ENV, BackupError, parseBackupKey } from './backup-key.js';

/**
 * Backups are an operator concern (their disk, their key, their schedule), so they are set by
 * environment for the whole installation, not per site.
 */
export type BackupSettings = {
  /** Where scheduled backups go: `<dir>/installation/…` and `<dir>/site-<slug>/…`. */
  dir: string;
  /** Scheduled backups are encrypted when this is set. */
  key: Buffer | null;
  /** Cron expression for the daily backups, or null when the server schedules none. */
  schedule: string | null;
  /** Cron expression for the weekly restore test, or null for none. */
  restoreTestSchedule: string | null;
  timeZone: string;
  /** Daily backups are deleted after this many days. */
  keepDailyDays: number;
  /** The first backup of each week is kept this many weeks. */
  keepWeeklyWeeks: number;
};

const cronOrOff = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform(v => (v.trim() === 'off' ? null : v.trim()))
    .refine(
      v => v === null || v.split(/\s+/).length === 5,
      'a cron expression with 5 fields, or "off"',
    );

const envSchema = z.object({
  HORAE_BACKUP_DIR: z.string().optional(),
  HORAE_BACKUP_SCHEDULE: cronOrOff('30 2 * * *'),
  HORAE_BACKUP_RESTORE_TEST_SCHEDULE: cronOrOff('30 4 * * 0'),
  HORAE_BACKUP_TIME_ZONE: z.string().default('UTC'),
  HORAE_BACKUP_KEEP_DAILY_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  HORAE_BACKUP_KEEP_WEEKLY_WEEKS: z.coerce.number().int().min(0).max(520).default(4),
});

export function loadBackupSettings(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): BackupSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new BackupError(`Invalid backup configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    dir: path.resolve(e.HORAE_BACKUP_DIR ?? path.join(dataDir, 'backups')),
    key: parseBackupKey(env[BACKUP_KEY_ENV]),
    schedule: e.HORAE_BACKUP_SCHEDULE,
    restoreTestSchedule: e.HORAE_BACKUP_RESTORE_TEST_SCHEDULE,
    timeZone: e.HORAE_BACKUP_TIME_ZONE,
    keepDailyDays: e.HORAE_BACKUP_KEEP_DAILY_DAYS,
    keepWeeklyWeeks: e.HORAE_BACKUP_KEEP_WEEKLY_WEEKS,
  };
}
