import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/logger.js';
import { givenTimeEntries } from '../../../test/backup-fixtures.js';
import { givenSite, TEST_PASSWORD, type GivenSite } from '../../../test/factories.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { archiveLayout } from './archive-reader.js';
import { pruneBackups } from './backup-run.service.js';
import {
  BACKUP_QUEUE,
  RESTORE_TEST_QUEUE,
  startBackupScheduler,
  type BackupScheduler,
} from './backup.scheduler.js';
import { loadBackupSettings, type BackupSettings } from './backup.settings.js';

type Run = {
  id: string;
  site_id: string | null;
  kind: string;
  status: string;
  retention: string | null;
  file: string | null;
  size_bytes: string | null;
  encrypted: boolean;
  verification_ok: boolean | null;
  error: string | null;
  pruned_at: Date | null;
};

const BACKUPS_QUERY = `{ backups(first: 20) { totalCount nodes {
  kind status trigger retention fileName sizeBytes encrypted tableCount rowCount
  verifiedAt verificationOk error backupId tables { name rows sha256 } } } }`;

/** Sends a job straight to the queue (no waiting for cron) and waits for pg-boss to finish it. */
async function runJob(boss: PgBoss, queue: string) {
  const id = (await boss.send(queue, {}))!;
  for (let i = 0; i < 300; i++) {
    const job = await boss.getJobById(queue, id);
    if (job && ['completed', 'failed'].includes(job.state)) return job;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`job ${id} on ${queue} did not finish`);
}

describe('scheduled backups and restore tests (pg-boss)', () => {
  let server: TestServer;
  let scheduler: BackupScheduler;
  let settings: BackupSettings;
  let alpha: GivenSite;
  let admin: GraphQLClient;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-scheduled-'));
  const runs = (where = 'true') =>
    server.sql<Run>(
      `select * from backup_run where ${where} order by started_at, site_id nulls first`,
    );

  beforeAll(async () => {
    server = await startTestServer();
    alpha = await givenSite(server, 'alpha');
    await givenSite(server, 'beta');
    await givenTimeEntries(server, alpha, 12);
    settings = loadBackupSettings(dir, { HORAE_BACKUP_KEY: randomBytes(32).toString('base64') });
    scheduler = await startBackupScheduler({
      ownerUrl: server.ownerUrl,
      settings,
      logger: createLogger('silent'),
      pollingIntervalSeconds: 0.5,
    });
    admin = new GraphQLClient(server.url);
    await admin.login('alpha', 'admin@alpha.example', TEST_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await scheduler.stop();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers the daily backup and the weekly restore test', async () => {
    const schedules = await scheduler.boss.getSchedules();
    expect(schedules.map(s => [s.name, s.cron]).sort()).toEqual([
      [BACKUP_QUEUE, '30 2 * * *'],
      [RESTORE_TEST_QUEUE, '30 4 * * 0'],
    ]);
  });

  it('a backup job backs up the installation and each site, recorded per site and in its audit log', async () => {
    expect((await runJob(scheduler.boss, BACKUP_QUEUE)).state).toBe('completed');
    const done = await runs();
    expect(
      done
        .map(r => [
          r.site_id === null ? 'installation' : r.site_id === alpha.id ? 'alpha' : 'beta',
          r.status,
          r.retention,
          r.encrypted,
        ])
        .sort(),
    ).toEqual([
      ['alpha', 'succeeded', 'weekly', true],
      ['beta', 'succeeded', 'weekly', true],
      ['installation', 'succeeded', 'weekly', true],
    ]);
    for (const run of done) expect(fs.statSync(run.file!).size).toBe(Number(run.size_bytes));
    expect(
      await server.sql(
        `select action from audit_event where site_id = $1 and action like 'backup.%'`,
        [alpha.id],
      ),
    ).toEqual([{ action: 'backup.created' }]);

    // The site's administrators see their own backup, never the installation's or another site's.
    const res = await admin.request(BACKUPS_QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data.backups.totalCount).toBe(1);
    const [node] = res.data.backups.nodes;
    expect(node).toMatchObject({
      kind: 'BACKUP',
      status: 'SUCCEEDED',
      trigger: 'schedule',
      encrypted: true,
      verifiedAt: null,
      verificationOk: null,
    });
    expect(node.fileName).toMatch(/\.horae-backup$/);
    expect(node.tables).toContainEqual(expect.objectContaining({ name: 'time_entry', rows: 12 }));

    const employee = new GraphQLClient(server.url);
    await employee.login('alpha', 'employee@alpha.example', TEST_PASSWORD);
    const refused = await employee.request(BACKUPS_QUERY);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the restore-test job restores the newest backups in scratch databases and records the verdict', async () => {
    expect((await runJob(scheduler.boss, RESTORE_TEST_QUEUE)).state).toBe('completed');
    expect((await runs(`kind = 'restore_test'`)).map(r => r.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    expect((await runs(`kind = 'backup'`)).every(r => r.verification_ok === true)).toBe(true);
    const nodes = (await admin.request(BACKUPS_QUERY)).data.backups.nodes;
    expect(nodes.map((n: { kind: string; status: string }) => [n.kind, n.status])).toEqual([
      ['RESTORE_TEST', 'SUCCEEDED'],
      ['BACKUP', 'SUCCEEDED'],
    ]);
    expect(nodes[1].verificationOk).toBe(true);
    expect(nodes[1].verifiedAt).not.toBeNull();
    expect(
      await server.sql(
        `select 1 from audit_event where site_id = $1 and action = 'backup.restore_test_passed'`,
        [alpha.id],
      ),
    ).toHaveLength(1);
  });

  it('retention deletes expired archives and always keeps the newest of each scope', async () => {
    expect((await runJob(scheduler.boss, BACKUP_QUEUE)).state).toBe('completed');
    const second = await runs(`kind = 'backup' and retention = 'daily'`);
    expect(second).toHaveLength(3); // the second backup of the week is a daily one
    // A month later the weekly backups have expired; the daily ones are the newest and stay.
    const monthLater = new Date(Date.now() + 30 * 86_400_000);
    expect(await pruneBackups(server.ownerUrl, settings, monthLater)).toBe(3);
    for (const run of await runs(`kind = 'backup'`)) {
      expect(run.pruned_at !== null, `${run.retention}`).toBe(run.retention === 'weekly');
      expect(fs.existsSync(run.file!)).toBe(run.retention === 'daily');
    }
  });

  it('a damaged archive fails its restore test, naming the table, and the site sees why', async () => {
    const [latest] = await runs(
      `kind = 'backup' and site_id = '${alpha.id}' and pruned_at is null`,
    );
    const bytes = fs.readFileSync(latest!.file!);
    const part = (await archiveLayout(latest!.file!)).find(
      p => p.part === 'time_entry' && p.type === 'D',
    )!;
    bytes[part.offset + 20]! ^= 0x01;
    fs.writeFileSync(latest!.file!, bytes);

    expect((await runJob(scheduler.boss, RESTORE_TEST_QUEUE)).state).toBe('failed');
    const [test] = await runs(`kind = 'restore_test' and status = 'failed'`);
    expect(test!.site_id).toBe(alpha.id);
    expect(test!.error).toMatch(/^Table time_entry: /);
    const nodes = (await admin.request(BACKUPS_QUERY)).data.backups.nodes;
    expect(nodes[0]).toMatchObject({ kind: 'RESTORE_TEST', status: 'FAILED' });
    expect(nodes[0].error).toContain('time_entry');
    expect(
      nodes.find(
        (n: { kind: string; verificationOk: boolean }) =>
          n.kind === 'BACKUP' && n.verificationOk === false,
      ),
    ).toBeDefined();
    expect(
      await server.sql(
        `select data->>'part' as part from audit_event where site_id = $1 and action = 'backup.restore_test_failed'`,
        [alpha.id],
      ),
    ).toEqual([{ part: 'time_entry' }]);
  });
});
