import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import pgCopy from 'pg-copy-streams';
import { ensureDatabaseExists, withClient } from '../../core/database.js';
import { TableMeter, type Manifest } from './archive-format.js';
import { ArchiveReader } from './archive-reader.js';
import { BackupError } from './backup-key.js';
import { assertKnownSchemaVersion, migrateTo, withScratchDatabase } from './scratch.js';
import {
  copyInSql,
  copyOutSql,
  prepareCopySession,
  quoteIdent,
  readCatalog,
  schemaVersionOf,
  type Catalog,
} from './tables.js';

export type TableCheck = { name: string; rows: number; sha256: string };

export type VerifyReport = {
  manifest: Manifest;
  sizeBytes: number;
  tables: TableCheck[];
  durationMs: number;
};

/** Hashes a table's COPY text the way the backup did. */
export async function hashTable(
  client: pg.ClientBase,
  catalog: Catalog,
  name: string,
  columns: string[],
  where: string | null = null,
): Promise<TableCheck> {
  const meter = new TableMeter();
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const sql = copyOutSql(catalog.get(name)!, { name, columns, where });
  await pipeline(client.query(pgCopy.to(sql)), meter, sink);
  const { rows, sha256 } = meter.stats(name);
  return { name, rows, sha256 };
}

/**
 * Loads every table of an archive into the database of `client` (in the caller's transaction; the
 * schema must be at the archive's version), then reads each table back and compares its row count
 * and SHA-256 with the manifest: what the database now holds is exactly what was backed up.
 */
export async function loadArchive(
  reader: ArchiveReader,
  client: pg.ClientBase,
  onTable?: (check: TableCheck) => void,
): Promise<{ manifest: Manifest; tables: TableCheck[]; catalog: Catalog }> {
  await prepareCopySession(client);
  const catalog = await readCatalog(client);
  for (const table of reader.header.tables) {
    const info = catalog.get(table.name);
    const missing = info ? table.columns.filter(c => !info.columns.includes(c)) : [];
    if (!info || missing.length) {
      throw new BackupError(
        `Table ${table.name}: the schema at ${reader.header.schemaVersion} has ${info ? `no column ${missing.join(', ')}` : 'no such table'}.`,
        table.name,
      );
    }
    await reader.readTable(table, copyText =>
      pipeline(copyText, client.query(pgCopy.from(copyInSql(table.name, table.columns)))),
    );
  }
  const manifest = await reader.finish();
  const tables: TableCheck[] = [];
  for (const expected of manifest.tables) {
    const actual = await hashTable(client, catalog, expected.name, expected.columns);
    if (actual.rows !== expected.rows || actual.sha256 !== expected.sha256) {
      throw new BackupError(
        `Table ${expected.name}: after loading, the database holds ${actual.rows} rows (sha256 ${actual.sha256.slice(0, 12)}…), the manifest says ${expected.rows} rows (${expected.sha256.slice(0, 12)}…).`,
        expected.name,
      );
    }
    tables.push(actual);
    onTable?.(actual);
  }
  return { manifest, tables, catalog };
}

/**
 * Restores an archive into a scratch database (created, migrated to the archive's schema version,
 * loaded, compared, dropped). Throws a BackupError naming the table on any mismatch.
 */
export async function verifyBackup(
  ownerUrl: string,
  file: string,
  key: Buffer | null,
  onTable?: (check: TableCheck) => void,
): Promise<VerifyReport> {
  const started = Date.now();
  const reader = await ArchiveReader.open(file, key);
  try {
    assertKnownSchemaVersion(reader.header.schemaVersion);
    return await withScratchDatabase(ownerUrl, 'horae_verify', async url => {
      await migrateTo(url, reader.header.schemaVersion);
      return withClient(url, async client => {
        await client.query('begin');
        const { manifest, tables } = await loadArchive(reader, client, onTable);
        await client.query('rollback');
        return { manifest, tables, sizeBytes: reader.sizeBytes, durationMs: Date.now() - started };
      });
    });
  } finally {
    await reader.close();
  }
}

/** Points every sequence past the largest restored value, so new rows get fresh keys. */
export async function resetSequences(client: pg.ClientBase, catalog: Catalog): Promise<void> {
  for (const table of catalog.values()) {
    for (const column of table.sequenceColumns) {
      await client.query(
        `select setval(pg_get_serial_sequence($1, $2), coalesce(max(${quoteIdent(column)}), 0) + 1, false) from ${quoteIdent(table.name)}`,
        [quoteIdent(table.name), column],
      );
    }
  }
}

/**
 * Restores a whole-installation archive into an empty database (disaster recovery): migrate to the
 * archive's schema, load and compare every table, then migrate to the current schema.
 */
export async function restoreInstallation(
  file: string,
  key: Buffer | null,
  targetUrl: string,
  onTable?: (check: TableCheck) => void,
): Promise<VerifyReport> {
  const started = Date.now();
  const reader = await ArchiveReader.open(file, key);
  try {
    const { header } = reader;
    if (header.scope.kind !== 'installation') {
      throw new BackupError(
        `This is a backup of the site "${header.scope.slug}": restore it with --site ${header.scope.slug} --into <database>.`,
      );
    }
    assertKnownSchemaVersion(header.schemaVersion);
    await ensureDatabaseExists(targetUrl);
    await withClient(targetUrl, async client => {
      const version = await schemaVersionOf(client);
      if (version && version > header.schemaVersion) {
        throw new BackupError(
          `The target database is at schema ${version}, newer than the backup (${header.schemaVersion}): restore into an empty database.`,
        );
      }
    });
    await migrateTo(targetUrl, header.schemaVersion);
    const result = await withClient(targetUrl, async client => {
      await client.query('begin');
      for (const table of header.tables) {
        const rows = await client.query(`select 1 from ${quoteIdent(table.name)} limit 1`);
        if (rows.rowCount) {
          throw new BackupError(
            `The target database is not empty (table ${table.name} has rows): a whole-installation restore needs an empty database. To bring back one site, use --site.`,
            table.name,
          );
        }
      }
      const loaded = await loadArchive(reader, client, onTable);
      await resetSequences(client, loaded.catalog);
      await client.query('commit');
      return loaded;
    });
    await migrateTo(targetUrl);
    return {
      manifest: result.manifest,
      tables: result.tables,
      sizeBytes: reader.sizeBytes,
      durationMs: Date.now() - started,
    };
  } finally {
    await reader.close();
  }
}
