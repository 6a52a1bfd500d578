import { randomUUID } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import pgCopy from 'pg-copy-streams';
import { siteSlugSchema } from '@horae/shared/validation';
import { withClient } from '../../core/database.js';
import { verifyAuditChain, type AuditRow } from '../audit/audit.service.js';
import { TableMeter } from './archive-format.js';
import { ArchiveReader } from './archive-reader.js';
import { appendSystemAudit, rechainAudit } from './backup-audit.js';
import { BackupError } from './backup-key.js';
import { loadArchive } from './restore.service.js';
import {
  assertKnownSchemaVersion,
  LATEST_SCHEMA_VERSION,
  migrateTo,
  withScratchDatabase,
} from './scratch.js';
import {
  copyInSql,
  copyOutSql,
  planScope,
  prepareCopySession,
  quoteIdent,
  readCatalog,
  schemaVersionOf,
  type Catalog,
  type PlannedTable,
} from './tables.js';

/**
 * Left out when the site is restored as a copy beside the original (new ids): these rows are
 * credentials, and a copy must not answer to the original's secrets.
 */
const COPY_SKIPPED: Record<string, string> = {
  service_token:
    'service tokens stay with the original site (a copy must not accept the same secrets): issue new ones',
  user_token: 'invitation and password-reset links stay with the original site',
};

export type SiteRestoreOptions = {
  slug: string;
  /** Owner connection of the installation to restore into. */
  targetUrl: string;
  /** Restore under this slug instead (e.g. beside the still existing original). */
  as?: string;
};

export type SiteRestoreReport = {
  siteId: string;
  slug: string;
  idsRemapped: boolean;
  tables: { name: string; rows: number }[];
  skipped: { table: string; reason: string }[];
  auditEvents: number;
  encryptedSecrets: boolean;
  durationMs: number;
};

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Replaces every old id with its new one wherever it appears in COPY text: key and reference
 * columns, ids kept as text (audit targets) and inside JSON. Works line by line, so an id is never
 * split between two chunks.
 */
export class UuidRemap extends Transform {
  private rest: Buffer = Buffer.alloc(0);
  constructor(private readonly ids: ReadonlyMap<string, string>) {
    super();
  }
  private remap(bytes: Buffer): Buffer {
    return Buffer.from(
      bytes.toString('utf8').replace(UUIDS, id => this.ids.get(id) ?? id),
      'utf8',
    );
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    const data = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
    const cut = data.lastIndexOf(10) + 1;
    this.rest = Buffer.from(data.subarray(cut));
    done(null, cut ? this.remap(data.subarray(0, cut)) : undefined);
  }
  override _flush(done: TransformCallback) {
    done(null, this.rest.length ? this.remap(this.rest) : undefined);
  }
}

/** New ids for every row of the site (single-column uuid keys), the site's own included. */
async function newIds(
  source: pg.ClientBase,
  catalog: Catalog,
  tables: PlannedTable[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const table of tables) {
    const key = catalog.get(table.name)!.primaryKey;
    if (key.length !== 1) continue;
    const rows = await source.query<{ id: string }>(
      `select ${quoteIdent(key[0]!)}::text as id from ${quoteIdent(table.name)} t where ${table.where}`,
    );
    for (const { id } of rows.rows) if (/^[0-9a-f-]{36}$/.test(id)) ids.set(id, randomUUID());
  }
  return ids;
}

/** Keys the target fills from its own sequences; refused when another table points at them. */
function withoutSequenceColumns(catalog: Catalog, tables: PlannedTable[]): PlannedTable[] {
  return tables.map(table => {
    const generated = catalog.get(table.name)!.sequenceColumns;
    if (!generated.length) return table;
    const referencedBy = tables.filter(t => catalog.get(t.name)!.references.includes(table.name));
    if (referencedBy.length) {
      throw new BackupError(
        `Table ${table.name}: its sequence-generated key is referenced by ${referencedBy.map(t => t.name).join(', ')}; restoring one site cannot renumber it.`,
        table.name,
      );
    }
    return { ...table, columns: table.columns.filter(c => !generated.includes(c)) };
  });
}

/**
 * Restores one site from an archive (a site backup or a whole-installation backup) into a running
 * installation without touching any other site. The archive is first restored and verified in a
 * scratch database and migrated to the current schema there; the site's rows are then copied into
 * the target in one transaction. When the site's ids are taken (the original still exists), every
 * id is replaced by a new one and the audit chain is recomputed; otherwise rows keep their ids and
 * the original chain still verifies. Either way `site.restored` is appended to the chain.
 */
export async function restoreSite(
  ownerUrl: string,
  file: string,
  key: Buffer | null,
  options: SiteRestoreOptions,
): Promise<SiteRestoreReport> {
  const started = Date.now();
  const newSlug = options.as ?? options.slug;
  const parsed = siteSlugSchema.safeParse(newSlug);
  if (!parsed.success) {
    throw new BackupError(
      `Site slug "${newSlug}": ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  }
  const reader = await ArchiveReader.open(file, key);
  try {
    const { header } = reader;
    if (header.scope.kind === 'site' && header.scope.slug !== options.slug) {
      throw new BackupError(
        `This backup holds the site "${header.scope.slug}", not "${options.slug}".`,
      );
    }
    assertKnownSchemaVersion(header.schemaVersion);
    await withClient(options.targetUrl, async target => {
      const version = await schemaVersionOf(target);
      if (version !== LATEST_SCHEMA_VERSION) {
        throw new BackupError(
          `The target database is at schema ${version ?? '(none)'}, this Horae at ${LATEST_SCHEMA_VERSION}: run "pnpm horae migrate" against it first.`,
        );
      }
      const taken = await target.query('select 1 from site where slug = $1', [newSlug]);
      if (taken.rowCount) {
        throw new BackupError(
          options.as
            ? `A site with slug "${newSlug}" already exists in the target: choose another --as.`
            : `A site with slug "${newSlug}" already exists in the target. Restore the backup beside it with --as <new-slug>, or remove that site first.`,
        );
      }
    });
    return await withScratchDatabase(ownerUrl, 'horae_restore', async scratchUrl => {
      await migrateTo(scratchUrl, header.schemaVersion);
      await withClient(scratchUrl, async scratch => {
        await scratch.query('begin');
        await loadArchive(reader, scratch);
        await scratch.query('commit');
      });
      // The rows now follow the current schema, whatever version the archive was made at.
      await migrateTo(scratchUrl);
      return withClient(scratchUrl, source =>
        withClient(options.targetUrl, target =>
          copySite(source, target, { slug: options.slug, newSlug, started, header }),
        ),
      );
    });
  } finally {
    await reader.close();
  }
}

/**
 * Every foreign key of the restored rows must point at rows of the same site: an archive could
 * otherwise (by mistake or by design) tie the restored site to another site's people or projects.
 */
async function assertNoCrossSiteReferences(target: pg.ClientBase, siteId: string): Promise<void> {
  const keys = await target.query<{
    table: string;
    column: string;
    ref: string;
    refColumn: string;
  }>(
    `select src.relname as table, a.attname as column, dst.relname as ref, b.attname as "refColumn"
       from pg_constraint k
       join pg_class src on src.oid = k.conrelid
       join pg_class dst on dst.oid = k.confrelid
       join pg_namespace n on n.oid = src.relnamespace
       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
       join pg_attribute b on b.attrelid = k.confrelid and b.attnum = k.confkey[1]
      where k.contype = 'f' and n.nspname = 'public' and cardinality(k.conkey) = 1
        and exists (select 1 from pg_attribute s where s.attrelid = src.oid and s.attname = 'site_id' and not s.attisdropped)
        and exists (select 1 from pg_attribute s where s.attrelid = dst.oid and s.attname = 'site_id' and not s.attisdropped)`,
  );
  for (const key of keys.rows) {
    const crossing = await target.query(
      `select 1 from ${quoteIdent(key.table)} s join ${quoteIdent(key.ref)} d
          on d.${quoteIdent(key.refColumn)} = s.${quoteIdent(key.column)}
        where s.site_id = $1 and d.site_id <> $1 limit 1`,
      [siteId],
    );
    if (crossing.rowCount) {
      throw new BackupError(
        `Table ${key.table}: ${key.column} points at ${key.ref} rows of another site; nothing was restored.`,
        key.table,
      );
    }
  }
}

async function copySite(
  source: pg.ClientBase,
  target: pg.ClientBase,
  args: { slug: string; newSlug: string; started: number; header: ArchiveReader['header'] },
): Promise<SiteRestoreReport> {
  await prepareCopySession(source);
  await prepareCopySession(target);
  const found = await source.query<{ id: string }>('select id from site where slug = $1', [
    args.slug,
  ]);
  const siteId = found.rows[0]?.id;
  if (!siteId) throw new BackupError(`The backup has no site "${args.slug}".`);
  const collides = Boolean(
    (await target.query('select 1 from site where id = $1', [siteId])).rowCount,
  );
  const catalog = await readCatalog(source);
  const plan = planScope(
    catalog,
    { kind: 'site', siteId, slug: args.slug },
    collides ? COPY_SKIPPED : {},
  );
  const tables = withoutSequenceColumns(catalog, plan.tables);
  if (args.newSlug !== args.slug) {
    await source.query('update site set slug = $1 where id = $2', [args.newSlug, siteId]);
  }
  const ids = collides ? await newIds(source, catalog, tables) : null;
  const newSiteId = ids?.get(siteId) ?? siteId;
  const head = await source.query<{ seq: string; hash: Buffer }>(
    'select seq, hash from audit_event where site_id = $1 order by seq desc limit 1',
    [siteId],
  );
  const secrets = await source.query<{ n: string }>(
    `select (select count(*) from mfa_factor where site_id = $1)
          + (select count(*) from site where id = $1 and sso_client_secret is not null) as n`,
    [siteId],
  );

  await target.query('begin');
  try {
    const copied: { name: string; rows: number }[] = [];
    for (const table of tables) {
      const meter = new TableMeter();
      const out = source.query(pgCopy.to(copyOutSql(catalog.get(table.name)!, table)));
      const into = target.query(pgCopy.from(copyInSql(table.name, table.columns)));
      try {
        if (ids) await pipeline(out, new UuidRemap(ids), meter, into);
        else await pipeline(out, meter, into);
      } catch (error) {
        throw new BackupError(
          `Table ${table.name}: ${error instanceof Error ? error.message : String(error)}`,
          table.name,
        );
      }
      copied.push({ name: table.name, rows: meter.rows });
    }
    for (const { name, rows } of copied) {
      const column = name === 'site' ? 'id' : 'site_id';
      const count = await target.query<{ n: string }>(
        `select count(*) as n from ${quoteIdent(name)} where ${quoteIdent(column)} = $1`,
        [newSiteId],
      );
      if (Number(count.rows[0]!.n) !== rows) {
        throw new BackupError(
          `Table ${name}: copied ${rows} rows, found ${count.rows[0]!.n}.`,
          name,
        );
      }
    }
    if (ids) await rechainAudit(target, newSiteId);
    await appendSystemAudit(
      target,
      newSiteId,
      'site.restored',
      { type: 'site', id: newSiteId },
      {
        slug: args.newSlug,
        backupCreatedAt: args.header.createdAt,
        backupScope: args.header.scope.kind,
        backupSchemaVersion: args.header.schemaVersion,
        originalSiteId: siteId,
        originalSlug: args.slug,
        idsRemapped: Boolean(ids),
        // Identifies the original chain: recomputed under new ids, it is kept in the archive.
        originalChainEvents: Number(head.rows[0]?.seq ?? 0),
        originalChainHead: head.rows[0]?.hash.toString('hex') ?? null,
      },
    );
    await assertNoCrossSiteReferences(target, newSiteId);
    const verdict = await verifyAuditChain(
      async (sql, params) => (await target.query<AuditRow>(sql, params)).rows,
      newSiteId,
    );
    if (!verdict.ok) {
      throw new BackupError(
        `The restored audit chain does not verify at event #${verdict.brokenSeq}: ${verdict.reason}.`,
        'audit_event',
      );
    }
    await target.query('commit');
    return {
      siteId: newSiteId,
      slug: args.newSlug,
      idsRemapped: Boolean(ids),
      tables: copied,
      skipped: plan.skipped,
      auditEvents: verdict.events,
      encryptedSecrets: Number(secrets.rows[0]!.n) > 0,
      durationMs: Date.now() - args.started,
    };
  } catch (error) {
    await target.query('rollback').catch(() => {});
    throw error;
  }
}
