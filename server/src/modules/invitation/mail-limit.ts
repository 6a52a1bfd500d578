import type { RequestContext } from '../../core/context.js';
import { sha256 } from '../../core/secrets.js';
import { addressKeys } from '../throttle/addresses.js';
import { AccountMailRequest } from './account-mail.entity.js';
import type { TokenPurpose } from './user-token.entity.js';

/**
 * Mail-bombing protection: at most 3 mails of a kind to one address per hour, and at most 10
 * reset requests per client address per hour (counted whether or not the email exists).
 */
export const MAIL_LIMITS = {
  perAddress: { mails: 3, withinSeconds: 3600 },
  perClient: { requests: 10, withinSeconds: 3600 },
} as const;

export type MailAllowance = {
  purpose: TokenPurpose;
  addressKey: string;
  ipKey: string;
  /** Why no mail may go out now, or null when one may. */
  refused: 'address' | 'client' | null;
};

/**
 * Whether one more mail may go to `email`. Takes a transaction lock on the address first, so
 * concurrent requests in any server process are counted one after the other. Record the outcome
 * with `recordMailRequest` in the same transaction.
 */
export async function mailAllowance(
  ctx: RequestContext,
  purpose: TokenPurpose,
  email: string,
  options: { limitClient: boolean },
): Promise<MailAllowance> {
  const addressKey = sha256(email.trim().toLowerCase()).toString('hex');
  const { ipKey } = addressKeys(ctx.ip);
  await ctx.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
    `account-mail:${addressKey}`,
  ]);
  const [counts] = await ctx.em.execute<{ to_address: string; from_client: string }[]>(
    `select count(*) filter (where address_key = ? and sent
                               and occurred_at > now() - ? * interval '1 second') to_address,
            count(*) filter (where ip_key = ?
                               and occurred_at > now() - ? * interval '1 second') from_client
       from account_mail_request
      where purpose = ? and (address_key = ? or ip_key = ?)`,
    [
      addressKey,
      MAIL_LIMITS.perAddress.withinSeconds,
      ipKey,
      MAIL_LIMITS.perClient.withinSeconds,
      purpose,
      addressKey,
      ipKey,
    ],
  );
  const refused =
    options.limitClient && Number(counts?.from_client ?? 0) >= MAIL_LIMITS.perClient.requests
      ? 'client'
      : Number(counts?.to_address ?? 0) >= MAIL_LIMITS.perAddress.mails
        ? 'address'
        : null;
  return { purpose, addressKey, ipKey, refused };
}

export async function recordMailRequest(
  ctx: RequestContext,
  allowance: MailAllowance,
  targetSiteId: string | null,
  sent: boolean,
): Promise<void> {
  ctx.em.create(AccountMailRequest, {
    purpose: allowance.purpose,
    addressKey: allowance.addressKey,
    ipKey: allowance.ipKey,
    targetSiteId,
    sent,
  });
  await ctx.em.flush();
}
