import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  APP_ROLE,
  ensureDatabaseExists,
  migrate,
  setAppRolePassword,
  withCredentials,
} from '../src/core/database.js';
import { startEmbeddedPostgres } from '../src/core/embedded-postgres.js';
import { createLogger } from '../src/core/logger.js';

export const TEMPLATE_DB = 'horae_template';
const APP_PASSWORD = 'horae-test-app-role';

declare module 'vitest' {
  export interface ProvidedContext {
    pg: { ownerTemplateUrl: string; appTemplateUrl: string };
  }
}

/** One PostgreSQL per test run; each test file copies the migrated template database. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-test-'));
  fs.chmodSync(dir, 0o755);
  const logger = createLogger('warn');
  const pg = await startEmbeddedPostgres(dir, logger);
  const ownerTemplateUrl = pg.ownerUrl(TEMPLATE_DB);
  await ensureDatabaseExists(ownerTemplateUrl);
  await migrate(ownerTemplateUrl);
  await setAppRolePassword(ownerTemplateUrl, APP_PASSWORD);
  project.provide('pg', {
    ownerTemplateUrl,
    appTemplateUrl: withCredentials(ownerTemplateUrl, APP_ROLE, APP_PASSWORD),
  });
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
