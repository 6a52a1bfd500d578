import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { sha256 } from '../../core/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import { addressKeys } from './addresses.js';
import { LoginAttempt, LoginBlock, type BlockScope } from './throttle.entity.js';

/** SECURITY.md, "Login throttling". */
export const THROTTLE = {
  ipBurst: { failures: 5, withinSeconds: 30, blockMinutes: 10 },
  ipDaily: { failures: 100, withinSeconds: 86_400, blockMinutes: 24 * 60 },
  ipAccount: { failures: 10, withinSeconds: 86_400, blockMinutes: 60 },
  rangeV4: { blockedAddresses: 8, blockMinutes: 60 },
  rangeV6: { blockedAddresses: 4, blockMinutes: 60 },
  account: { fromFailure: 5, firstDelaySeconds: 30, maxDelaySeconds: 3600 },
} as const;

export type AttemptKeys = {
  ipKey: string;
  rangeKey: string;
  accountKey: string;
  ipAccountKey: string;
};

export function attemptKeys(ip: string | null, site: string, email: string): AttemptKeys {
  const { ipKey, rangeKey } = addressKeys(ip);
  const accountKey = sha256(`${site.trim().toLowerCase()}\n${email.trim().toLowerCase()}`).toString(
    'hex',
  );
  return { ipKey, rangeKey, accountKey, ipAccountKey: `${ipKey}|${accountKey}` };
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
  return new GraphQLError(`Too many sign-in attempts. Try again in ${wait}.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
  });
}

/**
 * Seconds until this attempt may be made, or 0. Blocks by address, address range and
 * address+account are hard; the per-account delay is soft (it doubles from the 5th consecutive
 * failure, up to an hour, and never locks anyone out for good). The answer does not depend on
 * whether the account exists.
 */
export async function secondsUntilAllowed(em: EntityManager, keys: AttemptKeys): Promise<number> {
  const rows = await em.execute<{ wait: number | null }[]>(
    `select greatest(
       (select extract(epoch from max(blocked_until) - now()) from login_block
         where lifted_at is null and blocked_until > now()
           and ((scope = 'ip' and key = ?) or (scope = 'range' and key = ?) or (scope = 'ip_account' and key = ?))),
       (select case when f.n >= ? then extract(epoch from f.last + least(? * power(2, f.n - ?), ?) * interval '1 second' - now()) end
          from (select count(*) n, max(occurred_at) last from login_attempt
                 where account_key = ? and not success
                   and occurred_at > coalesce((select max(occurred_at) from login_attempt
                                               where account_key = ? and success), '-infinity')) f)
     )::float8 as wait`,
    [
      keys.ipKey,
      keys.rangeKey,
      keys.ipAccountKey,
      THROTTLE.account.fromFailure,
      THROTTLE.account.firstDelaySeconds,
      THROTTLE.account.fromFailure,
      THROTTLE.account.maxDelaySeconds,
      keys.accountKey,
      keys.accountKey,
    ],
  );
  return Math.max(0, rows[0]?.wait ?? 0);
}

type BlockContext = {
  em: EntityManager;
  siteId: string | null;
  ip: string | null;
  requestId: string;
};

async function block(
  ctx: BlockContext,
  scope: BlockScope,
  key: string,
  minutes: number,
  reason: string,
) {
  const until = new Date(Date.now() + minutes * 60_000);
  const existing = await ctx.em.findOne(LoginBlock, {
    scope,
    key,
    liftedAt: null,
    blockedUntil: { $gt: new Date() },
  });
  if (existing) {
    if (existing.blockedUntil < until) existing.blockedUntil = until;
    await ctx.em.flush();
    return false;
  }
  const created = ctx.em.create(LoginBlock, {
    scope,
    key,
    targetSiteId: ctx.siteId,
    reason,
    blockedUntil: until,
  });
  await ctx.em.flush();
  if (ctx.siteId) {
    await appendAudit(ctx.em, {
      siteId: ctx.siteId,
      action: 'auth.login_blocked',
      actorType: 'system',
      targetType: 'login_block',
      targetId: created.id,
      ip: ctx.ip,
      requestId: ctx.requestId,
      data: { scope, reason, until: until.toISOString() },
    });
  }
  return true;
}

/** Records an attempt; after a failure, applies the blocking rules. */
export async function recordAttempt(
  ctx: BlockContext,
  keys: AttemptKeys,
  success: boolean,
): Promise<void> {
  ctx.em.create(LoginAttempt, {
    ipKey: keys.ipKey,
    rangeKey: keys.rangeKey,
    accountKey: keys.accountKey,
    targetSiteId: ctx.siteId,
    success,
  });
  await ctx.em.flush();
  if (success) return;
  const [counts] = await ctx.em.execute<{ burst: string; daily: string; pair: string }[]>(
    `select count(*) filter (where occurred_at > now() - ? * interval '1 second') burst,
            count(*) filter (where occurred_at > now() - ? * interval '1 second') daily,
            count(*) filter (where account_key = ? and occurred_at > now() - ? * interval '1 second') pair
       from login_attempt where ip_key = ? and not success`,
    [
      THROTTLE.ipBurst.withinSeconds,
      THROTTLE.ipDaily.withinSeconds,
      keys.accountKey,
      THROTTLE.ipAccount.withinSeconds,
      keys.ipKey,
    ],
  );
  let newIpBlock = false;
  if (Number(counts!.daily) >= THROTTLE.ipDaily.failures) {
    newIpBlock = await block(
      ctx,
      'ip',
      keys.ipKey,
      THROTTLE.ipDaily.blockMinutes,
      `${THROTTLE.ipDaily.failures} failed sign-ins from one address in 24 hours`,
    );
  } else if (Number(counts!.burst) >= THROTTLE.ipBurst.failures) {
    newIpBlock = await block(
      ctx,
      'ip',
      keys.ipKey,
      THROTTLE.ipBurst.blockMinutes,
      `${THROTTLE.ipBurst.failures} failed sign-ins from one address within ${THROTTLE.ipBurst.withinSeconds} seconds`,
    );
  }
  if (Number(counts!.pair) >= THROTTLE.ipAccount.failures) {
    await block(
      ctx,
      'ip_account',
      keys.ipAccountKey,
      THROTTLE.ipAccount.blockMinutes,
      `${THROTTLE.ipAccount.failures} failed sign-ins for one account from one address`,
    );
  }
  if (newIpBlock) {
    const v6 = keys.rangeKey.endsWith('/48');
    const rule = v6 ? THROTTLE.rangeV6 : THROTTLE.rangeV4;
    const [blocked] = await ctx.em.execute<{ n: string }[]>(
      `select count(distinct b.key) n from login_block b
        where b.scope = 'ip' and b.lifted_at is null and b.blocked_until > now()
          and b.key in (select distinct ip_key from login_attempt where range_key = ?)`,
      [keys.rangeKey],
    );
    if (Number(blocked!.n) >= rule.blockedAddresses) {
      await block(
        ctx,
        'range',
        keys.rangeKey,
        rule.blockMinutes,
        `${rule.blockedAddresses} blocked addresses inside ${keys.rangeKey}`,
      );
    }
  }
}
