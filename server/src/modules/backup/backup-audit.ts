import type pg from 'pg';
import { chainHash, type AuditRow } from '../audit/audit.service.js';

/**
 * Appends a system event to a site's audit chain through a plain pg client (operator commands and
 * jobs that are not inside an ORM transaction). Same lock, sequence and hash as `appendAudit`.
 * Keys of `data` must not name secrets: nothing here is redacted.
 */
export async function appendSystemAudit(
  client: pg.ClientBase,
  siteId: string,
  action: string,
  target: { type: string; id: string },
  data: Record<string, unknown>,
): Promise<void> {
  await client.query('select pg_advisory_xact_lock(hashtextextended($1, 7))', [siteId]);
  const last = await client.query<{ seq: string; hash: Buffer }>(
    'select seq, hash from audit_event where site_id = $1 order by seq desc limit 1',
    [siteId],
  );
  const fields = {
    siteId,
    seq: last.rows[0] ? Number(last.rows[0].seq) + 1 : 1,
    occurredAt: new Date(Math.floor(Date.now())),
    actorType: 'system',
    actorId: null,
    action,
    targetType: target.type,
    targetId: target.id,
    ip: null,
    requestId: null,
    data,
    prevHash: last.rows[0]?.hash ?? null,
  };
  await client.query(
    `insert into audit_event (site_id, seq, occurred_at, actor_type, actor_id, action, target_type,
       target_id, ip, request_id, data, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13)`,
    [
      fields.siteId,
      fields.seq,
      fields.occurredAt,
      fields.actorType,
      fields.actorId,
      fields.action,
      fields.targetType,
      fields.targetId,
      fields.ip,
      fields.requestId,
      JSON.stringify(fields.data),
      fields.prevHash,
      chainHash(fields),
    ],
  );
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
    const hash = chainHash({
      siteId: row.site_id,
      seq: Number(row.seq),
      occurredAt: new Date(row.occurred_at),
      actorType: row.actor_type,
      actorId: row.actor_id,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      ip: row.ip,
      requestId: row.request_id,
      data: row.data,
      prevHash: previous,
    });
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
