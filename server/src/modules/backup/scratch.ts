import { randomBytes } from 'node:crypto';
import { withClient, withDatabase } from '../../core/database.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../../core/orm.js';
import { migrationsList } from '../../migrations/index.js';
import { BackupError } from './backup-key.js';

export const LATEST_SCHEMA_VERSION = migrationsList.at(-1)!.name;

/** Refuses archives from a schema this code does not know (made by a newer Horae). */
export function assertKnownSchemaVersion(version: string): void {
  if (!migrationsList.some(m => m.name === version)) {
    throw new BackupError(
      `The backup was made at schema version ${version}, which this Horae does not know (its latest is ${LATEST_SCHEMA_VERSION}). Restore it with the Horae version that made it, or a newer one.`,
      'header',
    );
  }
}

/** Applies the migrations up to and including `version` (the latest when omitted). */
export async function migrateTo(url: string, version?: string): Promise<void> {
  const base = ormOptions(url, { pool: { min: 0, max: 2 } });
  const orm = await MikroORM.init({ ...base, migrations: { ...base.migrations, silent: true } });
  try {
    await orm.migrator.up(version ? { to: version } : undefined);
  } finally {
    await orm.close(true);
  }
}

/**
 * A throw-away database on the same server as `ownerUrl` (the owner role needs CREATEDB), dropped
 * when `fn` ends, whatever happens.
 */
export async function withScratchDatabase<T>(
  ownerUrl: string,
  prefix: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = withDatabase(ownerUrl, 'postgres');
  await withClient(admin, c => c.query(`create database "${name}" template template0`));
  try {
    return await fn(withDatabase(ownerUrl, name));
  } finally {
    await withClient(admin, c => c.query(`drop database if exists "${name}" with (force)`));
  }
}
