import type pg from 'pg';
import { appendAuditWith, rowHash, type AuditRow } from '../audit/audit.service.js';

/**
 * Appends a system event to a site's audit chain through a plain pg client (operator commands and
 * jobs that are not inside an ORM transaction), chained like `appendAudit`. Keys of `data` must
 * not name secrets: nothing here is redacted.
 */
export async function appendSystemAudit(
  client: pg.ClientBase,
  siteId: string,
  action: string,
  target: { type: string; id: string },
  data: Record<string, unknown>,
): Promise<void> {
  await appendAuditWith(async (sql, params) => (await client.query<object>(sql, params)).rows, {
    siteId,
    action,
    actorType: 'system',
    targetType: target.type,
    targetId: target.id,
    data,
  });
}

/**
 * Recomputes a site's whole chain. Only for a site restored under new ids (a copy beside the
 * original): its events were rewritten to the new ids, so the old hashes cannot hold. The
 * restore then appends `site.restored` naming the original chain's head, which the archive keeps.
 */
export async function rechainAudit(client: pg.ClientBase, siteId: string): Promise<number> {
  const rows = (
    await client.query<AuditRow>('select * from audit_event where site_id = $1 order by seq', [
      siteId,
    ])
  ).rows;
  const ids: string[] = [];
  const prevHashes: (Buffer | null)[] = [];
  const hashes: Buffer[] = [];
  let previous: Buffer | null = null;
  for (const row of rows) {
    const hash = rowHash(row, previous);
    ids.push(row.id);
    prevHashes.push(previous);
    hashes.push(hash);
    previous = hash;
  }
  await client.query(
    `update audit_event a set prev_hash = u.prev_hash, hash = u.hash
       from unnest($1::uuid[], $2::bytea[], $3::bytea[]) as u(id, prev_hash, hash)
      where a.id = u.id`,
    [ids, prevHashes, hashes],
  );
  return rows.length;
}
