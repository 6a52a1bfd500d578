import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from './config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import type { Logger } from './logger.js';
import { initOrm } from './orm.js';

/** The login role the server uses for requests. It owns nothing, so row-level security applies. */
export const APP_ROLE = 'horae_app';

export type DatabaseUrls = {
  /** Owns the tables; used for migrations and operator commands. */
  ownerUrl: string;
  /** Used for every request; subject to RLS. */
  appUrl: string;
  stop: () => Promise<void>;
};

export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabaseExists(ownerUrl: string): Promise<void> {
  const database = new URL(ownerUrl).pathname.slice(1);
  await withClient(withDatabase(ownerUrl, 'postgres'), async client => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
  });
}

/** Applies pending migrations as the owner. Returns the names of the migrations it ran. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const orm = await initOrm(ownerUrl, { pool: { min: 0, max: 2 } });
  try {
    const applied = await orm.migrator.up();
    return applied.map(m => m.name);
  } finally {
    await orm.close(true);
  }
}

/** Gives the (migration-created) application role a login password. Needs CREATEROLE. */
export async function setAppRolePassword(ownerUrl: string, password: string): Promise<void> {
  await withClient(ownerUrl, async client => {
    const literal = await client.query<{ q: string }>('select quote_literal($1) as q', [password]);
    await client.query(`alter role ${APP_ROLE} with login password ${literal.rows[0]!.q}`);
  });
}

/**
 * Connects to PostgreSQL: DATABASE_URL when set (DATABASE_APP_URL is then required), otherwise an
 * embedded cluster under HORAE_DATA_DIR. Migrations are applied before the URLs are returned.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseUrls> {
  if (config.databaseUrl) {
    if (!config.databaseAppUrl) {
      throw new Error(
        `DATABASE_APP_URL is required with DATABASE_URL: requests must run as a role that does not ` +
          `own the tables so that row-level security applies. After "pnpm horae migrate", run ` +
          `"ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '...'" and set DATABASE_APP_URL to connect as it.`,
      );
    }
    const ran = await migrate(config.databaseUrl);
    if (ran.length) logger.info({ migrations: ran }, 'applied migrations');
    return { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, logger);
  try {
    const ownerUrl = embedded.ownerUrl('horae');
    await ensureDatabaseExists(ownerUrl);
    const ran = await migrate(ownerUrl);
    if (ran.length) logger.info({ migrations: ran }, 'applied migrations');
    const appPassword = readOrCreateAppPassword(config.dataDir);
    await setAppRolePassword(ownerUrl, appPassword);
    const appUrl = withCredentials(ownerUrl, APP_ROLE, appPassword);
    logger.info({ port: embedded.port, dataDir: config.dataDir }, 'embedded PostgreSQL running');
    return { ownerUrl, appUrl, stop: embedded.stop };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

function readOrCreateAppPassword(dataDir: string): string {
  const file = path.join(dataDir, 'app-db-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
