import type pg from 'pg';
import { BackupError } from './backup-key.js';
import type { BackupScope } from './archive-format.js';

/** A table as the database describes it; read at run time, so new tables are covered unasked. */
export type TableInfo = {
  name: string;
  columns: string[];
  /** Columns whose values sort by collation (text): ordered with COLLATE "C" to be portable. */
  collatable: Set<string>;
  primaryKey: string[];
  /** Columns filled from a sequence (serial, identity). */
  sequenceColumns: string[];
  /** Tables this one points at with foreign keys (itself excluded). */
  references: string[];
};

export type Catalog = Map<string, TableInfo>;

/** Never in an archive: a restore recreates it by running the migrations. */
const NEVER_BACKED_UP = new Set(['mikro_orm_migrations']);

/**
 * Left out of a one-site backup, with the reason shown in the archive. Anything else without a
 * `site_id` column is left out too (it is not owned by one site) and listed the same way.
 */
export const SITE_SCOPE_SKIPPED: Record<string, string> = {
  session:
    'sign-in sessions: restored ones would be live credentials; people sign in again after a restore',
  sso_used_state: 'single sign-on replay protection, valid for minutes',
  login_attempt: 'sign-in throttling counters, kept per address and account, not per site',
  login_block: 'sign-in blocks, kept per address and account, not per site',
  account_mail_request: 'rate limit of account emails, kept per address',
  service_request_window: 'per-minute request counters of services',
  backup_run: 'the record of backups taken of the original site',
  import_upload: 'CSV files waiting for their import (kept an hour): upload them again',
};

export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const columns = await client.query<{
    table: string;
    column: string;
    collatable: boolean;
    sequence: boolean;
  }>(
    `select c.relname as table, a.attname as column, a.attcollation <> 0 as collatable,
            (a.attidentity <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid), '') like 'nextval(%') as sequence
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
       left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname, a.attnum`,
  );
  const keys = await client.query<{ table: string; column: string }>(
    `select c.relname as table, a.attname as column
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
      where i.indisprimary and n.nspname = 'public'
      order by c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const references = await client.query<{ table: string; target: string }>(
    `select distinct src.relname as table, dst.relname as target
       from pg_constraint k
       join pg_class src on src.oid = k.conrelid
       join pg_class dst on dst.oid = k.confrelid
       join pg_namespace n on n.oid = src.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and src.oid <> dst.oid`,
  );
  const catalog: Catalog = new Map();
  for (const row of columns.rows) {
    if (NEVER_BACKED_UP.has(row.table)) continue;
    let table = catalog.get(row.table);
    if (!table) {
      table = {
        name: row.table,
        columns: [],
        collatable: new Set(),
        primaryKey: [],
        sequenceColumns: [],
        references: [],
      };
      catalog.set(row.table, table);
    }
    table.columns.push(row.column);
    if (row.collatable) table.collatable.add(row.column);
    if (row.sequence) table.sequenceColumns.push(row.column);
  }
  for (const row of keys.rows) catalog.get(row.table)?.primaryKey.push(row.column);
  for (const row of references.rows) {
    if (catalog.has(row.target)) catalog.get(row.table)?.references.push(row.target);
  }
  return catalog;
}

/** Tables in an order that satisfies every foreign key (referenced tables first). */
export function dependencyOrder(catalog: Catalog, names: Iterable<string>): string[] {
  const wanted = new Set(names);
  const done = new Set<string>();
  const ordered: string[] = [];
  while (done.size < wanted.size) {
    const ready = [...wanted]
      .filter(n => !done.has(n))
      .filter(n => catalog.get(n)!.references.every(r => !wanted.has(r) || done.has(r)))
      .sort();
    if (ready.length === 0) {
      const left = [...wanted].filter(n => !done.has(n)).join(', ');
      throw new BackupError(`Foreign keys form a cycle between ${left}: no order loads them.`);
    }
    for (const n of ready) {
      done.add(n);
      ordered.push(n);
    }
  }
  return ordered;
}

export type PlannedTable = {
  name: string;
  columns: string[];
  /** SQL condition selecting the scope's rows, or null for all. */
  where: string | null;
};

export type ScopePlan = { tables: PlannedTable[]; skipped: { table: string; reason: string }[] };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which tables, columns and rows a backup of this scope holds. */
export function planScope(
  catalog: Catalog,
  scope: BackupScope,
  extraSkipped: Record<string, string> = {},
): ScopePlan {
  const skipped: ScopePlan['skipped'] = [];
  const included: PlannedTable[] = [];
  for (const table of catalog.values()) {
    const { name, columns } = table;
    if (extraSkipped[name]) {
      skipped.push({ table: name, reason: extraSkipped[name] });
    } else if (scope.kind === 'installation') {
      included.push({ name, columns, where: null });
    } else {
      if (!UUID.test(scope.siteId)) throw new BackupError(`Not a site id: ${scope.siteId}`);
      if (name === 'site') included.push({ name, columns, where: `"id" = '${scope.siteId}'` });
      else if (SITE_SCOPE_SKIPPED[name])
        skipped.push({ table: name, reason: SITE_SCOPE_SKIPPED[name] });
      else if (columns.includes('site_id'))
        included.push({ name, columns, where: `"site_id" = '${scope.siteId}'` });
      else
        skipped.push({ table: name, reason: 'not owned by one site (it has no site_id column)' });
    }
  }
  const byName = new Map(included.map(t => [t.name, t]));
  return {
    tables: dependencyOrder(catalog, byName.keys()).map(n => byName.get(n)!),
    skipped: skipped.sort((a, b) => a.table.localeCompare(b.table)),
  };
}

/**
 * The SELECT whose COPY text is archived and hashed. Rows are ordered by primary key (text keys in
 * byte order), or by the whole row without one, so the same data always gives the same hash.
 */
export function selectSql(info: TableInfo, planned: PlannedTable): string {
  const order = info.primaryKey.length
    ? info.primaryKey.map(c => (info.collatable.has(c) ? `${ident(c)} collate "C"` : ident(c)))
    : [`(t.*)::text collate "C"`];
  return (
    `select ${planned.columns.map(c => `t.${ident(c)}`).join(', ')} from ${ident(planned.name)} t` +
    (planned.where ? ` where ${planned.where}` : '') +
    ` order by ${order.join(', ')}`
  );
}

export function copyOutSql(info: TableInfo, planned: PlannedTable): string {
  return `copy (${selectSql(info, planned)}) to stdout`;
}

export function copyInSql(table: string, columns: string[]): string {
  return `copy ${ident(table)} (${columns.map(ident).join(', ')}) from stdin`;
}

export { ident as quoteIdent };

/**
 * Fixes every setting that changes how COPY writes values (time zone, date style, float digits,
 * bytea), so the same rows give the same bytes on any server and session.
 */
export async function prepareCopySession(client: pg.ClientBase): Promise<void> {
  await client.query(
    `set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres';
     set extra_float_digits = 1; set bytea_output = 'hex'; set client_encoding = 'UTF8'`,
  );
}

/** The last migration applied to a database (its schema version), or null before the first. */
export async function schemaVersionOf(client: pg.ClientBase): Promise<string | null> {
  const exists = await client.query(`select to_regclass('public.mikro_orm_migrations') as t`);
  if (!(exists.rows[0] as { t: string | null }).t) return null;
  const last = await client.query<{ name: string }>(
    'select name from mikro_orm_migrations order by name desc limit 1',
  );
  return last.rows[0]?.name ?? null;
}
