import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import { createApp, type HoraeApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/core/config.js';
import { withClient, withDatabase } from '../src/core/database.js';
import { createLogger } from '../src/core/logger.js';
import { asOperator } from '../src/core/operator.js';

/** Encrypts TOTP secrets in tests; never the data directory's key. */
const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export type TestServer = {
  url: string;
  ownerUrl: string;
  appUrl: string;
  database: string;
  config: Config;
  horae: HoraeApp;
  /** Operator-level access (table owner, no RLS) for arranging data and inspecting results. */
  operator: <T>(fn: (em: EntityManager) => Promise<T>) => Promise<T>;
  sql: <R = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<R[]>;
  close: () => Promise<void>;
};

/** A fresh database copied from the migrated template, and Horae listening on a random port. */
export async function createTestDatabase(): Promise<{
  database: string;
  ownerUrl: string;
  appUrl: string;
}> {
  const { ownerTemplateUrl, appTemplateUrl } = inject('pg');
  const database = `horae_t_${randomBytes(5).toString('hex')}`;
  await withClient(withDatabase(ownerTemplateUrl, 'postgres'), c =>
    c.query(`create database "${database}" template horae_template`),
  );
  return {
    database,
    ownerUrl: withDatabase(ownerTemplateUrl, database),
    appUrl: withDatabase(appTemplateUrl, database),
  };
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: { onQuery?: (sql: string) => void } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  // Tests stand in for many people: each client sends its own X-Forwarded-For (see GraphQLClient).
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    TRUST_PROXY: 'loopback',
    HORAE_SECRET_KEY: TEST_SECRET_KEY,
    ...env,
  });
  const horae = await createApp(
    config,
    createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    db.appUrl,
    options,
  );
  const server: Server = await new Promise(resolve => {
    // PORT is 0 (any free port) unless a test needs a known address, e.g. for PUBLIC_URL.
    const s = horae.app.listen(config.port, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...db,
    url,
    config,
    horae,
    operator: fn => asOperator(db.ownerUrl, fn),
    sql: async (text, params = []) =>
      withClient(db.ownerUrl, async c => (await c.query(text, params)).rows),
    close: async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
      await horae.close();
    },
  };
}
