import fs from 'node:fs';
import path from 'node:path';
import pgCopy from 'pg-copy-streams';
import { withClient } from '../../core/database.js';
import type { BackupScope, Manifest } from './archive-format.js';
import { ArchiveWriter } from './archive-writer.js';
import { BackupError } from './backup-key.js';
import {
  copyOutSql,
  planScope,
  prepareCopySession,
  readCatalog,
  schemaVersionOf,
} from './tables.js';

export type BackupResult = {
  file: string;
  sizeBytes: number;
  /** SHA-256 of the whole archive file (hex). */
  sha256: string;
  manifest: Manifest;
  durationMs: number;
};

export type BackupOptions = {
  /** Slug of the one site to back up; the whole installation when omitted. */
  site?: string;
  file: string;
  key: Buffer | null;
  /** Called once the snapshot is taken (e.g. to record that a run started). */
  onSnapshot?: (scope: BackupScope) => Promise<void>;
};

/**
 * A logical backup through `COPY (select ...) TO STDOUT`: no pg_dump, no server-side files, no
 * superuser. Every table is read in one REPEATABLE READ transaction, so the archive is one
 * consistent snapshot even while people keep working.
 */
export async function createBackup(
  ownerUrl: string,
  options: BackupOptions,
): Promise<BackupResult> {
  const started = Date.now();
  fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  return withClient(ownerUrl, async client => {
    await client.query('begin isolation level repeatable read read only');
    try {
      await prepareCopySession(client);
      // The first query fixes the snapshot every later COPY reads from.
      const schemaVersion = await schemaVersionOf(client);
      if (!schemaVersion) throw new BackupError('The database has no Horae schema to back up.');
      let scope: BackupScope = { kind: 'installation' };
      if (options.site !== undefined) {
        const found = await client.query<{ id: string; slug: string }>(
          'select id, slug from site where slug = $1',
          [options.site],
        );
        if (!found.rows[0]) throw new BackupError(`No site with slug "${options.site}".`);
        scope = { kind: 'site', siteId: found.rows[0].id, slug: found.rows[0].slug };
      }
      const catalog = await readCatalog(client);
      const plan = planScope(catalog, scope);
      await options.onSnapshot?.(scope);
      const writer = await ArchiveWriter.create(
        options.file,
        {
          createdAt: new Date(started).toISOString(),
          schemaVersion,
          scope,
          tables: plan.tables.map(t => ({ name: t.name, columns: t.columns })),
          skipped: plan.skipped,
        },
        options.key,
      );
      try {
        for (const table of plan.tables) {
          const copy = client.query(pgCopy.to(copyOutSql(catalog.get(table.name)!, table)));
          await writer.writeTable(table.name, copy);
        }
        const done = await writer.finish();
        return { ...done, durationMs: Date.now() - started };
      } catch (error) {
        await writer.abort();
        throw error;
      }
    } finally {
      await client.query('rollback').catch(() => {});
    }
  });
}

/** `<dir>/<scope>/<UTC time>.horae-backup`, a name that sorts by time. */
export function backupFileName(
  dir: string,
  scope: { slug: string } | null,
  at = new Date(),
): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return path.join(dir, scope ? `site-${scope.slug}` : 'installation', `${stamp}.horae-backup`);
}
