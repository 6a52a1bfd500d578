import type { Command } from 'commander';
import path from 'node:path';
import type { Config } from '../../core/config.js';
import { BACKUP_KEY_ENV, BackupError, parseBackupKey } from './backup-key.js';
import { runBackup } from './backup-run.service.js';
import { backupFileName } from './backup.service.js';
import { loadBackupSettings } from './backup.settings.js';
import { restoreInstallation, verifyBackup, type TableCheck } from './restore.service.js';
import { restoreSite } from './site-restore.service.js';

type WithDatabase = <T>(fn: (ownerUrl: string) => Promise<T>) => Promise<T>;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printTable(check: TableCheck) {
  console.log(
    `  ok  ${check.name.padEnd(24)} ${String(check.rows).padStart(9)} rows  sha256 ${check.sha256.slice(0, 16)}`,
  );
}

/** `pnpm horae backup` and `pnpm horae restore` (see the Operations section of the README). */
export function registerBackupCommands(
  program: Command,
  config: Config,
  withDatabase: WithDatabase,
) {
  program
    .command('backup')
    .description('Write a verified logical backup (COPY, gzip, manifest with SHA-256 per table)')
    .option('--site <slug>', 'only this site (its rows in every table it owns)')
    .option('--out <file>', 'archive to write (default: under HORAE_BACKUP_DIR)')
    .option('--encrypt', `encrypt with AES-256-GCM using ${BACKUP_KEY_ENV} (base64, 32 bytes)`)
    .action(async (opts: { site?: string; out?: string; encrypt?: boolean }) => {
      const settings = loadBackupSettings(config.dataDir);
      const key = opts.encrypt ? parseBackupKey(process.env[BACKUP_KEY_ENV]) : null;
      if (opts.encrypt && !key) {
        throw new BackupError(
          `--encrypt needs ${BACKUP_KEY_ENV}: 32 random bytes, base64 (openssl rand -base64 32).`,
        );
      }
      const file = path.resolve(
        opts.out ?? backupFileName(settings.dir, opts.site ? { slug: opts.site } : null),
      );
      const outcome = await withDatabase(ownerUrl =>
        runBackup(ownerUrl, {
          site: opts.site ?? null,
          trigger: 'cli',
          retention: 'manual',
          file,
          key,
        }),
      );
      if (!outcome.ok) throw outcome.error;
      const { manifest, sizeBytes, durationMs, sha256 } = outcome.result;
      const scope =
        manifest.scope.kind === 'site' ? `site "${manifest.scope.slug}"` : 'the whole installation';
      console.log(`Backed up ${scope} at schema ${manifest.schemaVersion} to ${file}`);
      for (const t of manifest.tables)
        console.log(`  ${t.name.padEnd(24)} ${String(t.rows).padStart(9)} rows`);
      for (const s of manifest.skipped) console.log(`  (not included: ${s.table}: ${s.reason})`);
      console.log(
        `${manifest.tables.length} tables, ${manifest.totalRows} rows, ${kB(sizeBytes)} in ${seconds(durationMs)}` +
          `${manifest.encryption ? `, encrypted (key id ${manifest.encryption.keyId})` : ', not encrypted'}; archive sha256 ${sha256}`,
      );
    });

  program
    .command('restore')
    .description('Verify a backup in a scratch database, or restore it (one site, or everything)')
    .argument('<file>', 'archive written by "horae backup"')
    .option(
      '--verify',
      'restore into a scratch database, compare every table with the manifest, drop it',
    )
    .option('--site <slug>', 'restore only this site into a running installation')
    .option('--into <database>', 'owner database URL to restore into, or "current"')
    .option('--as <slug>', 'with --site: restore under this slug (beside an existing original)')
    .action(
      async (
        file: string,
        opts: { verify?: boolean; site?: string; into?: string; as?: string },
      ) => {
        const key = parseBackupKey(process.env[BACKUP_KEY_ENV]);
        if (!opts.verify && !opts.into) {
          throw new BackupError(
            'Say what to do: --verify, or --into <database url | current> (with --site <slug> for one site).',
          );
        }
        if (opts.as && !opts.site) throw new BackupError('--as needs --site.');
        await withDatabase(async ownerUrl => {
          if (opts.verify && !opts.into) {
            try {
              const report = await verifyBackup(ownerUrl, file, key, printTable);
              const { manifest } = report;
              console.log(
                `Verified: ${report.tables.length} tables, ${manifest.totalRows} rows match the manifest ` +
                  `(${manifest.scope.kind === 'site' ? `site "${manifest.scope.slug}"` : 'whole installation'}, schema ${manifest.schemaVersion}, made ${manifest.createdAt}, ${kB(report.sizeBytes)}, ${seconds(report.durationMs)}).`,
              );
            } catch (error) {
              if (error instanceof BackupError && error.part)
                console.error(`FAILED  ${error.part}`);
              throw error;
            }
            return;
          }
          const targetUrl = opts.into === 'current' ? ownerUrl : opts.into!;
          if (opts.site) {
            const report = await restoreSite(ownerUrl, file, key, {
              slug: opts.site,
              targetUrl,
              as: opts.as,
            });
            for (const t of report.tables)
              console.log(`  ${t.name.padEnd(24)} ${String(t.rows).padStart(9)} rows`);
            for (const s of report.skipped)
              console.log(`  (not restored: ${s.table}: ${s.reason})`);
            console.log(
              `Restored site "${report.slug}" (id ${report.siteId}${report.idsRemapped ? ', new ids: the original still exists' : ', original ids'}) in ${seconds(report.durationMs)}; audit chain of ${report.auditEvents} events verifies.`,
            );
            if (report.encryptedSecrets) {
              console.log(
                'Note: two-step sign-in secrets and the SSO client secret are encrypted with HORAE_SECRET_KEY; they work only if this installation uses the same key.',
              );
            }
            console.log('People sign in again: sessions are not part of a site backup.');
          } else {
            const report = await restoreInstallation(file, key, targetUrl, printTable);
            console.log(
              `Restored the whole installation: ${report.tables.length} tables, ${report.manifest.totalRows} rows, verified against the manifest and migrated to the current schema.`,
            );
          }
        });
      },
    );
}
