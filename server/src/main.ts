import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './core/config.js';
import { openDatabase } from './core/database.js';
import { createLogger } from './core/logger.js';
import { asOperator } from './core/operator.js';
import { countSites, DEMO_USERS, seedDemo } from './demo/seed.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

async function main() {
  const db = await openDatabase(config, logger);
  const seeded = await asOperator(db.ownerUrl, async em =>
    (await countSites(em)) === 0 ? seedDemo(em, config.demoPassword) : { created: false as const },
  );
  const horae = await createApp(config, logger, db.appUrl);
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
