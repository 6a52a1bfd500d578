import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient, withDatabase } from '../../core/database.js';
import { fingerprint, givenTimeEntries } from '../../../test/backup-fixtures.js';
import { givenSite, type GivenSite } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { runCli } from '../../../test/run-cli.js';
import { archiveLayout } from './archive-reader.js';

describe('pnpm horae backup / restore', () => {
  let server: TestServer;
  let env: Record<string, string>;
  let alpha: GivenSite;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-backups-'));

  beforeAll(async () => {
    server = await startTestServer();
    env = {
      DATABASE_URL: server.ownerUrl,
      DATABASE_APP_URL: server.appUrl,
      HORAE_BACKUP_DIR: dir,
      HORAE_BACKUP_KEY: '',
    };
    alpha = await givenSite(server, 'alpha');
    await givenTimeEntries(server, alpha, 40);
    await givenSite(server, 'beta');
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up the whole installation and restores it, verified, into an empty database', async () => {
    const file = path.join(dir, 'all.horae-backup');
    const before = await fingerprint(server.ownerUrl);
    const backup = await runCli(env, ['backup', '--out', file]);
    expect(backup.out).toContain(`Backed up the whole installation at schema `);
    expect(backup.out).toMatch(/time_entry +40 rows/);
    expect(backup.code).toBe(0);

    // Changes after the backup are not in it.
    await server.sql(`delete from time_entry where site_id = $1 and minutes > 300`, [alpha.id]);
    await server.sql(`update time_entry set description = 'changed' where site_id = $1`, [
      alpha.id,
    ]);
    await server.sql(`update project set name = 'Renamed' where site_id = $1`, [alpha.id]);

    const database = `horae_restored_${randomBytes(4).toString('hex')}`;
    const target = withDatabase(server.ownerUrl, database);
    try {
      const restore = await runCli(env, ['restore', file, '--into', target]);
      expect(restore.out).toContain('Restored the whole installation');
      expect(restore.code).toBe(0);
      expect(await fingerprint(target)).toEqual(before);
      const audit = await runCli({ ...env, DATABASE_URL: target }, ['audit:verify']);
      expect(audit.out).toMatch(/alpha: OK, \d+ events, chain intact/);
      expect(audit.code).toBe(0);
      // A second restore into the now populated database is refused.
      const again = await runCli(env, ['restore', file, '--into', target]);
      expect(again.out).toMatch(/not empty/);
      expect(again.code).toBe(1);
    } finally {
      await withClient(withDatabase(server.ownerUrl, 'postgres'), c =>
        c.query(`drop database if exists "${database}" with (force)`),
      );
    }
  });

  it('--verify restores into a scratch database; one damaged byte fails it, naming the table', async () => {
    const file = path.join(dir, 'alpha.horae-backup');
    expect((await runCli(env, ['backup', '--site', 'alpha', '--out', file])).code).toBe(0);

    const verify = await runCli(env, ['restore', file, '--verify']);
    expect(verify.out).toMatch(/ok {2}time_entry +\d+ rows {2}sha256 [0-9a-f]{16}/);
    expect(verify.out).toMatch(/Verified: \d+ tables, \d+ rows match the manifest \(site "alpha"/);
    expect(verify.code).toBe(0);

    const damaged = path.join(dir, 'alpha-damaged.horae-backup');
    const bytes = fs.readFileSync(file);
    const part = (await archiveLayout(file)).find(p => p.part === 'time_entry' && p.type === 'D')!;
    expect(part.length).toBeGreaterThan(100); // compressed rows, not just a gzip header
    bytes[part.offset + Math.floor(part.length / 2)]! ^= 0x10;
    fs.writeFileSync(damaged, bytes);
    const failed = await runCli(env, ['restore', damaged, '--verify']);
    expect(failed.out).toContain('FAILED  time_entry');
    expect(failed.out).toMatch(/Table time_entry: the compressed data is corrupt/);
    expect(failed.code).toBe(1);

    // No scratch database is left behind, whatever the outcome.
    expect(
      await server.sql(`select datname from pg_database where datname like 'horae_verify_%'`),
    ).toEqual([]);
  });

  it('encrypted backups restore with their key and are refused with another key or none', async () => {
    const key = randomBytes(32).toString('base64');
    const file = path.join(dir, 'alpha-sealed.horae-backup');
    const missing = await runCli(env, ['backup', '--site', 'alpha', '--out', file, '--encrypt']);
    expect(missing.out).toContain('--encrypt needs HORAE_BACKUP_KEY');
    expect(missing.code).toBe(1);

    const backup = await runCli({ ...env, HORAE_BACKUP_KEY: key }, [
      'backup',
      '--site',
      'alpha',
      '--out',
      file,
      '--encrypt',
    ]);
    expect(backup.out).toMatch(/encrypted \(key id [0-9a-f]{16}\)/);
    expect(backup.code).toBe(0);
    expect(fs.readFileSync(file).includes(Buffer.from('employee@alpha.example'))).toBe(false);

    const verify = await runCli({ ...env, HORAE_BACKUP_KEY: key }, ['restore', file, '--verify']);
    expect(verify.out).toContain('Verified: ');
    expect(verify.code).toBe(0);

    const wrong = await runCli({ ...env, HORAE_BACKUP_KEY: randomBytes(32).toString('base64') }, [
      'restore',
      file,
      '--verify',
    ]);
    expect(wrong.out).toMatch(
      /Wrong backup key: this backup was encrypted with key id [0-9a-f]{16}/,
    );
    expect(wrong.code).toBe(1);

    const none = await runCli(env, ['restore', file, '--verify']);
    expect(none.out).toMatch(/This backup is encrypted .* Set HORAE_BACKUP_KEY/);
    expect(none.code).toBe(1);
  });
});
