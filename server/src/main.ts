import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './core/config.js';
import { openDatabase } from './core/database.js';
import { createLogger } from './core/logger.js';
import { asOperator } from './core/operator.js';
import { countSites, DEMO_USERS, seedDemo } from './demo/seed.js';
import { startBackupScheduler } from './modules/backup/backup.scheduler.js';
import { loadBackupSettings } from './modules/backup/backup.settings.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

async function main() {
  const db = await openDatabase(config, logger);
  const seeded = await asOperator(db.ownerUrl, async em =>
    (await countSites(em)) === 0 ? seedDemo(em, config.demoPassword) : { created: false as const },
  );
  const horae = await createApp(config, logger, db.appUrl);
  // Scheduled backups and restore tests (pg-boss); HORAE_BACKUP_SCHEDULE=off and
  // HORAE_BACKUP_RESTORE_TEST_SCHEDULE=off leave the job queue unstarted.
  const backupSettings = loadBackupSettings(config.dataDir);
  const backups =
    backupSettings.schedule || backupSettings.restoreTestSchedule
      ? await startBackupScheduler({ ownerUrl: db.ownerUrl, settings: backupSettings, logger })
      : null;
  const server: Server = await new Promise(resolve => {
    const s = horae.app.listen(config.port, config.host, () => resolve(s));
  });

  const lines = [`Horae is running at ${config.publicUrl}  (GraphQL: ${config.publicUrl}/graphql)`];
  if (seeded.created) {
    lines.push('Demo site created: site "demo", users:');
    for (const u of DEMO_USERS) lines.push(`  ${u.email}  (${u.group})`);
    lines.push(
      seeded.generated
        ? `  password for all three (shown only now): ${seeded.password}`
        : '  password: the value of HORAE_DEMO_PASSWORD',
    );
  }
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    server.closeAllConnections();
    await backups?.stop().catch(err => logger.error({ err }, 'stopping the job queue failed'));
    await horae.close().catch(err => logger.error({ err }, 'closing the app failed'));
    await db.stop().catch(err => logger.error({ err }, 'stopping PostgreSQL failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(error => {
  logger.fatal({ err: error }, 'Horae could not start');
  process.stderr.write(
    `Horae could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
