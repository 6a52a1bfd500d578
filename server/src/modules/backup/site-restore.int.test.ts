import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, givenTimeEntries } from '../../../test/backup-fixtures.js';
import { givenProject, givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { runCli } from '../../../test/run-cli.js';
import { createBackup } from './backup.service.js';
import { restoreSite } from './site-restore.service.js';

const ENTRIES = 25;

describe('restoring one site into a running installation', () => {
  let server: TestServer;
  let env: Record<string, string>;
  let alpha: GivenSite;
  let beta: GivenSite;
  let betaBefore: Awaited<ReturnType<typeof fingerprint>>;
  let alphaAtBackup: Awaited<ReturnType<typeof fingerprint>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-site-restore-'));
  const file = path.join(dir, 'alpha.horae-backup');

  async function signIn(slug: string, email: string) {
    const client = new GraphQLClient(server.url);
    const login = await client.login(slug, email, TEST_PASSWORD);
    expect(login.data.login.errors).toEqual([]);
    return client;
  }

  async function entriesSeenBy(client: GraphQLClient) {
    const res = await client.request(
      '{ timeEntries(first: 100) { totalCount nodes { description } } }',
    );
    expect(res.errors).toBeUndefined();
    return res.data.timeEntries as { totalCount: number; nodes: { description: string }[] };
  }

  beforeAll(async () => {
    server = await startTestServer();
    env = { DATABASE_URL: server.ownerUrl, DATABASE_APP_URL: server.appUrl, HORAE_BACKUP_KEY: '' };
    alpha = await givenSite(server, 'alpha');
    beta = await givenSite(server, 'beta');
    await givenTimeEntries(server, alpha, ENTRIES);
    await givenTimeEntries(server, beta, 10);
    await signIn('alpha', 'admin@alpha.example'); // a few more audit events in the chain
    const backup = await runCli(env, ['backup', '--site', 'alpha', '--out', file]);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('(not included: session: ');
    alphaAtBackup = await fingerprint(server.ownerUrl, alpha.id);
    betaBefore = await fingerprint(server.ownerUrl, beta.id);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to restore over an existing site unless told to restore beside it', async () => {
    const res = await runCli(env, ['restore', file, '--site', 'alpha', '--into', 'current']);
    expect(res.out).toContain(
      'A site with slug "alpha" already exists in the target. Restore the backup beside it with --as <new-slug>',
    );
    expect(res.code).toBe(1);
  });

  it('restores a copy beside the original under new ids; other sites stay untouched', async () => {
    const res = await runCli(env, [
      'restore',
      file,
      '--site',
      'alpha',
      '--into',
      'current',
      '--as',
      'alpha-copy',
    ]);
    expect(res.out).toContain('new ids: the original still exists');
    expect(res.out).toContain('(not restored: service_token: ');
    expect(res.code).toBe(0);

    const [copy] = await server.sql<{ id: string }>(
      `select id from site where slug = 'alpha-copy'`,
    );
    expect(copy!.id).not.toBe(alpha.id);
    // Every reference of the copy points into the copy, none back into the original.
    expect(
      await server.sql(
        `select e.id from time_entry e
           join app_user u on u.id = e.user_id join project p on p.id = e.project_id
          where e.site_id = $1 and (u.site_id <> $1 or p.site_id <> $1)`,
        [copy!.id],
      ),
    ).toEqual([]);
    expect(
      await server.sql(`select 1 from time_entry where site_id = $1`, [copy!.id]),
    ).toHaveLength(ENTRIES);
    expect(await fingerprint(server.ownerUrl, beta.id)).toEqual(betaBefore);
    const alphaNow = await fingerprint(server.ownerUrl, alpha.id);
    expect(alphaNow).toEqual(alphaAtBackup);

    const employee = await signIn('alpha-copy', 'employee@alpha.example');
    const original = await signIn('alpha', 'employee@alpha.example');
    const copied = await entriesSeenBy(employee);
    expect(copied.totalCount).toBe(ENTRIES);
    expect(copied.nodes).toEqual((await entriesSeenBy(original)).nodes);

    const audit = await runCli(env, ['audit:verify']);
    expect(audit.out).toMatch(/alpha: OK/);
    expect(audit.out).toMatch(/alpha-copy: OK/);
    expect(audit.out).toMatch(/beta: OK/);
    expect(audit.code).toBe(0);
    const admin = await signIn('alpha-copy', 'admin@alpha.example');
    const events = await admin.request(
      '{ auditEvents(first: 1, action: "site.restored") { nodes { data } } }',
    );
    expect(events.data.auditEvents.nodes[0].data).toMatchObject({
      idsRemapped: true,
      originalSiteId: alpha.id,
      slug: 'alpha-copy',
    });
  });

  it('brings back a lost site with its original ids and audit chain', async () => {
    const events = await server.sql<{ seq: string; hash: Buffer }>(
      'select seq, hash from audit_event where site_id = $1 order by seq',
      [alpha.id],
    );
    await server.sql('delete from site where id = $1', [alpha.id]);
    expect(await fingerprint(server.ownerUrl, alpha.id)).toMatchObject({ time_entry: { rows: 0 } });

    const res = await runCli(env, ['restore', file, '--site', 'alpha', '--into', 'current']);
    expect(res.out).toContain(`Restored site "alpha" (id ${alpha.id}, original ids)`);
    expect(res.code).toBe(0);

    const restored = await fingerprint(server.ownerUrl, alpha.id);
    for (const table of Object.keys(alphaAtBackup).filter(
      t => !['audit_event', 'backup_run', 'session'].includes(t),
    )) {
      expect(restored[table], table).toEqual(alphaAtBackup[table]);
    }
    // Every event of the original chain is back unchanged; `site.restored` follows it.
    const after = await server.sql<{ seq: string; hash: Buffer; action: string }>(
      'select seq, hash, action from audit_event where site_id = $1 order by seq',
      [alpha.id],
    );
    const inArchive = after.length - 1;
    expect(after.slice(0, inArchive).map(e => e.hash.toString('hex'))).toEqual(
      events.slice(0, inArchive).map(e => e.hash.toString('hex')),
    );
    expect(after.at(-1)!.action).toBe('site.restored');
    const audit = await runCli(env, ['audit:verify', '--site', 'alpha']);
    expect(audit.out).toMatch(/alpha: OK, \d+ events, chain intact/);

    expect(await fingerprint(server.ownerUrl, beta.id)).toEqual(betaBefore);
    const employee = await signIn('alpha', 'employee@alpha.example');
    expect((await entriesSeenBy(employee)).totalCount).toBe(ENTRIES);
  });

  it('refuses a site whose rows point into another site, restoring nothing', async () => {
    const gamma = await givenSite(server, 'gamma', { admin: 'administrators' });
    const project = await givenProject(server, gamma, { code: 'GAM' });
    // Only an operator could arrange this: gamma's time entry names one of beta's people.
    await server.sql(
      `insert into time_entry (site_id, user_id, project_id, date, minutes) values ($1, $2, $3, '2026-02-02', 60)`,
      [gamma.id, beta.users.employee!.id, project.projectId],
    );
    const whole = path.join(dir, 'whole.horae-backup');
    await createBackup(server.ownerUrl, { file: whole, key: null });
    await server.sql('delete from site where id = $1', [gamma.id]);
    await expect(
      restoreSite(server.ownerUrl, whole, null, { slug: 'gamma', targetUrl: server.ownerUrl }),
    ).rejects.toThrow('Table time_entry: user_id points at app_user rows of another site');
    expect(await server.sql(`select 1 from site where slug = 'gamma'`)).toEqual([]);
    expect(await fingerprint(server.ownerUrl, beta.id)).toEqual(betaBefore);
  });
});
