import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { startSecondServer } from '../../../test/second-server.js';
import { attemptKeys } from './throttle.service.js';

describe('login throttling, shared through Postgres', () => {
  let server: TestServer;
  let acme: GivenSite;

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    await givenSite(server, 'other');
  });
  afterAll(() => server.close());

  function from(ip: string, baseUrl = server.url) {
    const client = new GraphQLClient(baseUrl);
    client.ip = ip;
    return client;
  }

  /** A failed sign-in; by default for a made-up account, so the per-account delay stays out of the way. */
  async function fail(client: GraphQLClient, email?: string, site = 'acme') {
    const who = email ?? `probe-${Math.random().toString(36).slice(2)}@acme.example`;
    return client.login(site, who, 'wrong-password-attempt');
  }

  it('blocks an address for 10 minutes after 5 failures in 30 seconds, whatever account it tries', async () => {
    const attacker = from('198.51.100.10');
    for (let i = 0; i < 5; i++) {
      expect((await fail(attacker, `user${i}@acme.example`)).data.login.errors[0].code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const blocked = await attacker.login('acme', 'admin@acme.example', TEST_PASSWORD);
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(590);
    expect(blocked.errors?.[0]?.message).toMatch(
      /Too many sign-in attempts\. Try again in 10 minutes\./,
    );
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(590);
    // Known and unknown accounts get the same answer.
    const unknown = await attacker.login('acme', 'nobody@acme.example', 'whatever-it-is-123');
    expect(JSON.stringify(unknown.errors?.[0]?.message)).toBe(
      JSON.stringify(blocked.errors?.[0]?.message),
    );
    // Another address is not affected.
    expect(
      (await from('198.51.100.11').login('acme', 'admin@acme.example', TEST_PASSWORD)).data.login
        .errors,
    ).toEqual([]);
  });

  it('counts IPv6 addresses per /64', async () => {
    for (const suffix of ['1', '2', '3', 'a', 'b']) await fail(from(`2001:db8:0:7::${suffix}`));
    expect(
      errorCodes(
        await from('2001:db8:0:7::ffff').login('acme', 'manager@acme.example', TEST_PASSWORD),
      ),
    ).toEqual(['RATE_LIMITED']);
    expect(
      (await from('2001:db8:0:8::1').login('acme', 'manager@acme.example', TEST_PASSWORD)).data
        .login.errors,
    ).toEqual([]);
  });

  it('blocks one account from one address after 10 failures, leaving others alone', async () => {
    const ip = '198.51.101.20';
    const keys = attemptKeys(ip, 'acme', 'employee@acme.example');
    // Nine earlier failures, spread out so that no 30-second burst rule applies.
    for (let i = 1; i <= 9; i++) {
      await server.sql(
        `insert into login_attempt (ip_key, range_key, account_key, success, occurred_at) values ($1, $2, $3, false, now() - $4 * interval '1 minute')`,
        [keys.ipKey, keys.rangeKey, keys.accountKey, i * 5],
      );
    }
    await server.sql(
      `insert into login_attempt (ip_key, range_key, account_key, success, occurred_at) values ($1, $2, $3, true, now() - interval '2 hours')`,
      [keys.ipKey, keys.rangeKey, keys.accountKey],
    );
    await fail(from(ip), 'employee@acme.example');
    expect(
      errorCodes(await from(ip).login('acme', 'employee@acme.example', TEST_PASSWORD)),
    ).toEqual(['RATE_LIMITED']);
    expect(
      (await from(ip).login('acme', 'manager@acme.example', TEST_PASSWORD)).data.login.errors,
    ).toEqual([]);
  });

  it('blocks a /24 for an hour once 8 of its addresses are blocked', async () => {
    for (let host = 1; host <= 7; host++) {
      const { ipKey } = attemptKeys(`203.0.113.${host}`, 'acme', 'x');
      await server.sql(
        `insert into login_attempt (ip_key, range_key, account_key, success) values ($1, '203.0.113.0/24', 'k', false)`,
        [ipKey],
      );
      await server.sql(
        `insert into login_block (scope, key, reason, blocked_until) values ('ip', $1, 'test', now() + interval '10 minutes')`,
        [ipKey],
      );
    }
    for (let i = 0; i < 5; i++) await fail(from('203.0.113.8'));
    const neighbour = await from('203.0.113.200').login(
      'acme',
      'admin@acme.example',
      TEST_PASSWORD,
    );
    expect(errorCodes(neighbour)).toEqual(['RATE_LIMITED']);
    expect(neighbour.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(3500);
    expect(
      (await from('203.0.114.1').login('acme', 'admin@acme.example', TEST_PASSWORD)).data.login
        .errors,
    ).toEqual([]);
  });

  it('slows an account down from the 5th consecutive failure, never locks it for good, and resets on success', async () => {
    for (let i = 0; i < 5; i++)
      await fail(from(`192.0.2.${10 + i}`), 'manager@other.example', 'other');
    const delayed = await from('192.0.2.100').login(
      'other',
      'manager@other.example',
      TEST_PASSWORD,
    );
    expect(errorCodes(delayed)).toEqual(['RATE_LIMITED']);
    expect(delayed.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(30);
    // The same answer for an account that does not exist.
    for (let i = 0; i < 5; i++)
      await fail(from(`192.0.2.${20 + i}`), 'ghost@other.example', 'other');
    const ghost = await from('192.0.2.101').login(
      'other',
      'ghost@other.example',
      'anything-at-all-123',
    );
    expect(errorCodes(ghost)).toEqual(['RATE_LIMITED']);
    // Once the delay has passed, the right password works and the count starts again.
    await server.sql(
      `update login_attempt set occurred_at = occurred_at - interval '31 seconds' where not success`,
    );
    const ok = await from('192.0.2.102').login('other', 'manager@other.example', TEST_PASSWORD);
    expect(ok.data.login.errors).toEqual([]);
    expect(
      (await fail(from('192.0.2.103'), 'manager@other.example', 'other')).data.login.errors[0].code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('Per client IP: 100 failures in 24 h -> block 24 h', async () => {
    const ip = '198.51.104.44';
    const client = from(ip);
    // 98 earlier failures spread over the last 23 hours (no 30-second burst, each for another
    // made-up account), and 10 from the day before, which no longer count.
    const insert = (minutesAgo: number) => {
      const keys = attemptKeys(ip, 'acme', `probe-${minutesAgo}@acme.example`);
      return server.sql(
        `insert into login_attempt (ip_key, range_key, account_key, success, occurred_at) values ($1, $2, $3, false, now() - $4 * interval '1 minute')`,
        [keys.ipKey, keys.rangeKey, keys.accountKey, minutesAgo],
      );
    };
    for (let i = 1; i <= 98; i++) await insert(i * 14);
    for (let i = 1; i <= 10; i++) await insert(24 * 60 + i * 10);
    // The 99th failure in 24 hours: the address may still sign in.
    await fail(client);
    expect(
      (await client.login('acme', 'admin@acme.example', TEST_PASSWORD)).data.login.errors,
    ).toEqual([]);
    // The 100th: blocked for 24 hours, whatever the account.
    expect((await fail(client)).data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    const blocked = await client.login('acme', 'admin@acme.example', TEST_PASSWORD);
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(blocked.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(24 * 3600 - 60);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(blocked.errors?.[0]?.message).toMatch(/Try again in 1440 minutes\./);
  });

  it('Ranges: 4 blocked /64s inside one /48 -> block the range for 1 h', async () => {
    const blockSubnet = async (subnet: string) => {
      for (const host of ['1', '2', '3', '4', '5']) await fail(from(`${subnet}::${host}`));
      expect(
        errorCodes(await from(`${subnet}::ff`).login('acme', 'admin@acme.example', TEST_PASSWORD)),
      ).toEqual(['RATE_LIMITED']);
    };
    for (const subnet of ['2001:db8:5:1', '2001:db8:5:2', '2001:db8:5:3'])
      await blockSubnet(subnet);
    // Three blocked /64s: the rest of the /48 still signs in.
    expect(
      (await from('2001:db8:5:ffff::1').login('acme', 'admin@acme.example', TEST_PASSWORD)).data
        .login.errors,
    ).toEqual([]);
    await blockSubnet('2001:db8:5:4');
    // The fourth: every /64 of the /48 is refused for an hour, including ones never seen.
    const neighbour = await from('2001:db8:5:ffff::1').login(
      'acme',
      'admin@acme.example',
      TEST_PASSWORD,
    );
    expect(errorCodes(neighbour)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(neighbour.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    // Once the blocks of the single /64s have run out, the range block still holds for the hour.
    await server.sql(
      `update login_block set blocked_until = now() - interval '1 second' where scope = 'ip' and key like '2001:0db8:0005:%'`,
    );
    expect(
      errorCodes(await from('2001:db8:5:1::9').login('acme', 'admin@acme.example', TEST_PASSWORD)),
    ).toEqual(['RATE_LIMITED']);
    // Another /48 is not affected.
    expect(
      (await from('2001:db8:6:1::1').login('acme', 'admin@acme.example', TEST_PASSWORD)).data.login
        .errors,
    ).toEqual([]);
  });

  it('Per account, soft: from the 5th consecutive failure, a delay doubling from 30 s up to 1 h', async () => {
    const email = 'employee@other.example';
    const { accountKey } = attemptKeys(null, 'other', email);
    let host = 30;
    // Each failure from another address, so only the per-account rule applies.
    const failOnce = async () =>
      expect(
        (await fail(from(`192.0.2.${host++}`), email, 'other')).data.login.errors[0].code,
      ).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < 4; i++) await failOnce();
    const waits: number[] = [];
    for (let failures = 5; failures <= 13; failures++) {
      await failOnce();
      const delayed = await from(`192.0.2.${host++}`).login('other', email, TEST_PASSWORD);
      expect(errorCodes(delayed), `after ${failures} failures`).toEqual(['RATE_LIMITED']);
      const wait = Number(delayed.errors?.[0]?.extensions?.retryAfterSeconds);
      waits.push(wait);
      // Let exactly that much time pass.
      await server.sql(
        `update login_attempt set occurred_at = occurred_at - $2 * interval '1 second' where account_key = $1`,
        [accountKey, wait + 1],
      );
    }
    const expected = [30, 60, 120, 240, 480, 960, 1920, 3600, 3600];
    expect(waits).toHaveLength(expected.length);
    waits.forEach((wait, i) => {
      expect(wait, `wait after ${i + 5} failures`).toBeLessThanOrEqual(expected[i]!);
      expect(wait, `wait after ${i + 5} failures`).toBeGreaterThan(expected[i]! - 5);
    });
    // Never a permanent lock: once the hour has passed, the right password works.
    const ok = await from(`192.0.2.${host++}`).login('other', email, TEST_PASSWORD);
    expect(ok.data.login.errors).toEqual([]);
  });

  it('lets a site administrator see and lift its blocks, audited; other sites see none', async () => {
    const attacker = from('198.51.102.66');
    for (let i = 0; i < 5; i++) await fail(attacker);
    const admin = from('198.51.102.1');
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
    const list = await admin.request('{ loginBlocks { id scope subject reason blockedUntil } }');
    const block = list.data.loginBlocks.find(
      (b: { subject: string }) => b.subject === '198.51.102.66',
    );
    expect(block).toMatchObject({
      scope: 'ip',
      reason: expect.stringMatching(/5 failed sign-ins/),
    });
    const otherAdmin = from('198.51.102.2');
    await otherAdmin.login('other', 'admin@other.example', TEST_PASSWORD);
    const foreign = await otherAdmin.request('{ loginBlocks { subject } }');
    expect(foreign.data.loginBlocks.map((b: { subject: string }) => b.subject)).not.toContain(
      '198.51.102.66',
    );
    const manager = from('198.51.102.3');
    await manager.login('acme', 'manager@acme.example', TEST_PASSWORD);
    expect(errorCodes(await manager.request('{ loginBlocks { id } }'))).toEqual(['FORBIDDEN']);
    const lifted = await admin.request(
      `mutation { loginBlockLift(id: "${block.id}") { block { id } errors { code } } }`,
    );
    expect(lifted.data.loginBlockLift.errors).toEqual([]);
    expect(
      (await attacker.login('acme', 'admin@acme.example', TEST_PASSWORD)).data.login.errors,
    ).toEqual([]);
    const events = await server.sql<{ action: string }>(
      `select action from audit_event where site_id = $1 and action in ('auth.login_blocked', 'auth.login_block_lifted') order by seq`,
      [acme.id],
    );
    expect(events.map(e => e.action)).toEqual(
      expect.arrayContaining(['auth.login_blocked', 'auth.login_block_lifted']),
    );
  });

  describe('behind no trusted proxy (TRUST_PROXY empty)', () => {
    let direct: TestServer;
    beforeAll(async () => {
      direct = await startTestServer({ TRUST_PROXY: '' });
      await givenSite(direct, 'acme');
    });
    afterAll(() => direct.close());

    it('Client IP comes from the socket unless a trusted proxy list is configured (TRUST_PROXY)', async () => {
      const admin = from('198.51.105.1', direct.url);
      expect(
        (await admin.login('acme', 'admin@acme.example', TEST_PASSWORD)).data.login.errors,
      ).toEqual([]);
      // Each attempt claims another address in X-Forwarded-For; all come from this socket.
      for (let i = 0; i < 5; i++) await fail(from(`198.51.105.${10 + i}`, direct.url));
      const spoofed = await from('203.0.113.250', direct.url).login(
        'acme',
        'admin@acme.example',
        TEST_PASSWORD,
      );
      expect(errorCodes(spoofed)).toEqual(['RATE_LIMITED']);
      // The administrator sees the socket's address blocked, none of the claimed ones.
      const blocks = await admin.request('{ loginBlocks { scope subject } }');
      expect(blocks.data.loginBlocks).toEqual([{ scope: 'ip', subject: '127.0.0.1' }]);
    });
  });

  describe('with a second server process', () => {
    let second: { url: string; stop: () => void };
    let secondUrl: string;
    beforeAll(async () => {
      second = await startSecondServer(server.appUrl);
      secondUrl = second.url;
    }, 60_000);
    afterAll(() => second.stop());

    it('enforces a block made through one process in the other', async () => {
      const ip = '198.51.103.77';
      for (let i = 0; i < 5; i++) await fail(from(ip, server.url));
      const res = await from(ip, secondUrl).login('acme', 'admin@acme.example', TEST_PASSWORD);
      expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
      expect(
        (await from('198.51.103.78', secondUrl).login('acme', 'admin@acme.example', TEST_PASSWORD))
          .data.login.errors,
      ).toEqual([]);
    });
  });
});
