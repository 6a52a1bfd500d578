import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, ServiceActor } from '../../core/context.js';
import { sha256 } from '../../core/secrets.js';

export type AuditInput = {
  siteId: string;
  action: string;
  actorType: 'user' | 'service' | 'system' | 'anonymous';
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  data?: Record<string, unknown>;
};

type ChainFields = {
  siteId: string;
  seq: number;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  data: unknown;
  prevHash: Buffer | null;
};

/** JSON with object keys sorted at every level, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(f: ChainFields): Buffer {
  return sha256(
    canonicalJson({
      siteId: f.siteId,
      seq: f.seq,
      occurredAt: f.occurredAt.toISOString(),
      actorType: f.actorType,
      actorId: f.actorId,
      action: f.action,
      targetType: f.targetType,
      targetId: f.targetId,
      ip: f.ip,
      requestId: f.requestId,
      data: f.data,
      prevHash: f.prevHash ? f.prevHash.toString('hex') : null,
    }),
  );
}

const SECRET_KEYS = /pass(word)?|secret|token|hash|code/i;

function redact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : v]),
  );
}

/**
 * Runs one statement with `$1`, `$2`… parameters and returns its rows: a plain pg client's query,
 * or an EntityManager's through `viaEntityManager`.
 */
export type AuditQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

function viaEntityManager(em: EntityManager): AuditQuery {
  return (sql, params) => em.execute(sql.replace(/\$\d+/g, '?'), params);
}

const INSERT = `insert into audit_event (site_id, seq, occurred_at, actor_type, actor_id, action,
  target_type, target_id, ip, request_id, data, prev_hash, hash) values`;

/**
 * Takes the site's chain for the rest of the transaction (a per-site advisory lock serialises
 * writers, so `seq` has no gaps and every row hashes its predecessor) and reads its end.
 */
async function lockChainEnd(
  query: AuditQuery,
  siteId: string,
): Promise<{ seq: number; hash: Buffer | null }> {
  await query('select pg_advisory_xact_lock(hashtextextended($1, 7))', [siteId]);
  const [last] = (await query(
    'select seq, hash from audit_event where site_id = $1 order by seq desc limit 1',
    [siteId],
  )) as { seq: string; hash: Buffer }[];
  return { seq: last ? Number(last.seq) : 0, hash: last?.hash ?? null };
}

/** Event `seq` of the chain, after `prevHash`: its hash and its row's values in `INSERT` order. */
function chainLink(
  input: AuditInput,
  seq: number,
  occurredAt: Date,
  prevHash: Buffer | null,
): { hash: Buffer; values: unknown[] } {
  const fields: ChainFields = {
    siteId: input.siteId,
    seq,
    occurredAt,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    ip: input.ip ?? null,
    requestId: input.requestId ?? null,
    data: input.data ?? {},
    prevHash,
  };
  const hash = chainHash(fields);
  const values = [
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
    hash,
  ];
  return { hash, values };
}

/**
 * Appends one event to the site's hash chain inside the transaction `query` runs in, `data` as
 * given: nothing is redacted, so its keys must not name secrets. For operator commands and jobs
 * on a plain pg client; everything else goes through `appendAudit`.
 */
export async function appendAuditWith(query: AuditQuery, input: AuditInput): Promise<void> {
  const last = await lockChainEnd(query, input.siteId);
  // Millisecond precision survives the round trip through timestamptz unchanged.
  const { values } = chainLink(input, last.seq + 1, new Date(Math.floor(Date.now())), last.hash);
  await query(`${INSERT} ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13)`, values);
}

/**
 * Appends one event to the site's hash chain inside the caller's transaction, values of `data`
 * under keys that look like secrets redacted.
 */
export async function appendAudit(em: EntityManager, input: AuditInput): Promise<void> {
  await appendAuditWith(viaEntityManager(em), { ...input, data: redact(input.data ?? {}) });
}

/**
 * Appends many events of one site at once (an import): one lock, one read of the chain's end and
 * multi-row inserts, chained and hashed exactly like `appendAudit` one by one.
 */
export async function appendAuditBatch(
  em: EntityManager,
  inputs: readonly AuditInput[],
): Promise<void> {
  const siteId = inputs[0]?.siteId;
  if (!siteId) return;
  if (inputs.some(i => i.siteId !== siteId)) throw new Error('appendAuditBatch: one site only');
  const last = await lockChainEnd(viaEntityManager(em), siteId);
  let seq = last.seq;
  let prevHash = last.hash;
  const occurredAt = new Date(Math.floor(Date.now()));
  const CHUNK = 500;
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const params: unknown[] = [];
    const rows: string[] = [];
    for (const input of inputs.slice(start, start + CHUNK)) {
      seq += 1;
      const link = chainLink(
        { ...input, data: redact(input.data ?? {}) },
        seq,
        occurredAt,
        prevHash,
      );
      rows.push('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)');
      params.push(...link.values);
      prevHash = link.hash;
    }
    await em.execute(`${INSERT} ${rows.join(', ')}`, params);
  }
}

/** An event caused by a signed-in user, stamped with the request's address and id. */
/** Audits an action by a signed-in person or a service token (whoever the actor is). */
export function auditByUser(
  ctx: RequestContext,
  actor: { siteId: string; userId: string } | ServiceActor,
  action: string,
  target: { type: string; id: string },
  data: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(ctx.em, {
    siteId: actor.siteId,
    action,
    actorType: 'serviceId' in actor ? 'service' : 'user',
    actorId: 'serviceId' in actor ? actor.serviceId : actor.userId,
    targetType: target.type,
    targetId: target.id,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data,
  });
}

export type ChainVerdict =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenSeq: number; brokenId: string; reason: string };

export type AuditRow = {
  id: string;
  site_id: string;
  seq: string;
  occurred_at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  request_id: string | null;
  data: unknown;
  prev_hash: Buffer | null;
  hash: Buffer;
};

/** The hash a stored row has when it follows `prevHash` in its chain. */
export function rowHash(row: AuditRow, prevHash: Buffer | null): Buffer {
  return chainHash({
    siteId: row.site_id,
    seq: Number(row.seq),
    // Drivers differ in how they hand back timestamps (Date or ISO text).
    occurredAt: new Date(row.occurred_at),
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    ip: row.ip,
    requestId: row.request_id,
    data: row.data,
    prevHash,
  });
}

/** Recomputes a site's chain and names the first row whose hash or link does not hold. */
export async function verifyAuditChain(
  query: (sql: string, params: unknown[]) => Promise<AuditRow[]>,
  siteId: string,
): Promise<ChainVerdict> {
  const rows = await query('select * from audit_event where site_id = $1 order by seq', [siteId]);
  let previous: Buffer | null = null;
  let expectedSeq = 1;
  for (const row of rows) {
    const seq = Number(row.seq);
    const fail = (reason: string): ChainVerdict => ({
      ok: false,
      events: rows.length,
      brokenSeq: seq,
      brokenId: row.id,
      reason,
    });
    if (seq !== expectedSeq) return fail(`sequence gap: expected #${expectedSeq}, found #${seq}`);
    const storedPrev = row.prev_hash;
    if ((storedPrev?.toString('hex') ?? null) !== (previous?.toString('hex') ?? null)) {
      return fail('link to the previous event does not match');
    }
    const recomputed = rowHash(row, storedPrev);
    if (!recomputed.equals(row.hash)) return fail('content does not match its hash');
    previous = row.hash;
    expectedSeq++;
  }
  return { ok: true, events: rows.length };
}
