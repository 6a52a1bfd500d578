import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../core/config.js';
import { withClient } from '../../core/database.js';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { verifyAuditChain } from './audit.service.js';

const run = promisify(execFile);

describe('tamper-evident audit log', () => {
  let server: TestServer;
  let acme: GivenSite;
  let globex: GivenSite;

  async function verify(siteId: string) {
    return withClient(server.ownerUrl, client =>
      verifyAuditChain(async (sql, params) => (await client.query(sql, params)).rows, siteId),
    );
  }

  function cli(...args: string[]) {
    return run(path.join(repoRoot, 'server/node_modules/.bin/tsx'), ['src/cli.ts', ...args], {
      // tsx reads server/tsconfig.json (decorators) only when run from the server package.
      cwd: path.join(repoRoot, 'server'),
      env: {
        ...process.env,
        DATABASE_URL: server.ownerUrl,
        DATABASE_APP_URL: server.appUrl,
        LOG_LEVEL: 'silent',
      },
    }).then(
      r => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout + e.stderr,
      }),
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    acme = await givenSite(server, 'acme');
    globex = await givenSite(server, 'globex');
    const admin = new GraphQLClient(server.url);
    await admin.login('acme', acme.users.admin!.email, TEST_PASSWORD);
    await admin.request(
      'mutation { userCreate(input: { email: "new@acme.example", displayName: "New Person" }) { user { id } } }',
    );
    await admin.request(
      `mutation { userUpdate(input: { id: "${acme.users.employee!.id}", displayName: "Renamed" }) { user { id } } }`,
    );
    await new GraphQLClient(server.url).login(
      'acme',
      acme.users.admin!.email,
      'wrong-password-for-audit',
    );
    await admin.request('mutation { logout { ok } }');
  });
  afterAll(() => server.close());

  it('chains every event of a site and records before/after of user changes', async () => {
    const verdict = await verify(acme.id);
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.events).toBeGreaterThanOrEqual(9);
    const rows = await server.sql<{
      action: string;
      data: Record<string, unknown>;
      actor_id: string | null;
    }>(
      `select action, data, actor_id from audit_event where site_id = $1 and action = 'user.updated'`,
      [acme.id],
    );
    expect(rows[0]).toMatchObject({
      actor_id: acme.users.admin!.id,
      data: { before: { displayName: 'Employee of acme' }, after: { displayName: 'Renamed' } },
    });
  });

  it('names the first broken event when a row is altered, and the CLI exits non-zero', async () => {
    const ok = await cli('audit:verify');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/acme: OK, \d+ events/);
    const [victim] = await server.sql<{ seq: string; id: string }>(
      `select seq, id from audit_event where site_id = $1 and action = 'user.created' and data::text like '%new@acme%'`,
      [acme.id],
    );
    await server.sql(
      `update audit_event set data = '{"after": {"email": "someone-else@acme.example"}}' where id = $1`,
      [victim!.id],
    );

    const verdict = await verify(acme.id);
    expect(verdict).toMatchObject({
      ok: false,
      brokenSeq: Number(victim!.seq),
      brokenId: victim!.id,
    });
    const broken = await cli('audit:verify', '--site', 'acme');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`acme: BROKEN at event #${victim!.seq} (id ${victim!.id})`);
    // Other sites' chains are independent.
    expect(await verify(globex.id)).toMatchObject({ ok: true });
  });

  it('detects a deleted event in the middle of the chain', async () => {
    const [middle] = await server.sql<{ seq: string }>(
      `select seq from audit_event where site_id = $1 order by seq limit 1 offset 2`,
      [globex.id],
    );
    await server.sql(`delete from audit_event where site_id = $1 and seq = $2`, [
      globex.id,
      middle!.seq,
    ]);
    const verdict = await verify(globex.id);
    expect(verdict).toMatchObject({ ok: false, brokenSeq: Number(middle!.seq) + 1 });
  });

  it('lets an administrator read the log through GraphQL and verify the chain there; others may not', async () => {
    const admin = new GraphQLClient(server.url);
    await admin.login('acme', acme.users.admin!.email, TEST_PASSWORD);
    const failed = await admin.request(
      '{ auditEvents(action: "auth.login_failed") { totalCount nodes { seq action actorType data } } }',
    );
    expect(failed.data.auditEvents.totalCount).toBeGreaterThanOrEqual(1);
    expect(failed.data.auditEvents.nodes[0]).toMatchObject({
      action: 'auth.login_failed',
      actorType: 'anonymous',
      data: { reason: 'wrong_password' },
    });
    const garbled = await admin.request('{ auditEvents(actorId: "not-an-id") { totalCount } }');
    expect(garbled.errors?.[0]).toMatchObject({
      message: '"actorId" is not a valid id.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const page = await admin.request('{ auditEvents(first: 3) { nodes { seq } } }');
    const seqs = page.data.auditEvents.nodes.map((n: { seq: number }) => n.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    // The acme chain was tampered with earlier in this file.
    const verdict = await admin.request('{ auditChainVerify { ok events brokenSeq reason } }');
    expect(verdict.data.auditChainVerify).toMatchObject({
      ok: false,
      reason: 'content does not match its hash',
    });
    const manager = new GraphQLClient(server.url);
    await manager.login('acme', acme.users.manager!.email, TEST_PASSWORD);
    expect(errorCodes(await manager.request('{ auditEvents { totalCount } }'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await manager.request('{ auditChainVerify { ok } }'))).toEqual(['FORBIDDEN']);
    const globexAdmin = new GraphQLClient(server.url);
    await globexAdmin.login('globex', globex.users.admin!.email, TEST_PASSWORD);
    const other = await globexAdmin.request('{ auditEvents(first: 100) { nodes { targetId } } }');
    expect(JSON.stringify(other.data)).not.toContain(acme.users.employee!.id);
  });
});
