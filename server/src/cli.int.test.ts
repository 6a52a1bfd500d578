import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './core/config.js';
import { withClient } from './core/database.js';
import { startEmbeddedPostgres } from './core/embedded-postgres.js';
import { createLogger } from './core/logger.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { startTestServer, type TestServer } from '../test/harness.js';

function cli(env: Record<string, string>, args: string[], stdin = '') {
  return new Promise<{ code: number | null; out: string }>(resolve => {
    const child = spawn(
      path.join(repoRoot, 'server/node_modules/.bin/tsx'),
      ['src/cli.ts', ...args],
      {
        cwd: path.join(repoRoot, 'server'),
        env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      },
    );
    let out = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (out += d));
    child.on('close', code => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

describe('pnpm horae', () => {
  let server: TestServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    env = { DATABASE_URL: server.ownerUrl, DATABASE_APP_URL: server.appUrl };
  });
  afterAll(() => server.close());

  it('site:create takes the administrator password from stdin and the admin can sign in', async () => {
    const res = await cli(
      env,
      [
        'site:create',
        '--slug',
        'initech',
        '--name',
        'Initech',
        '--admin-email',
        'bill@initech.example',
      ],
      'tps-reports-are-due-friday\n',
    );
    expect(res.out).toContain('Site "initech" created with administrator bill@initech.example.');
    expect(res.code).toBe(0);
    const client = new GraphQLClient(server.url);
    const login = await client.login(
      'initech',
      'bill@initech.example',
      'tps-reports-are-due-friday',
    );
    expect(login.data.login.errors).toEqual([]);
    expect((await client.request('{ viewer { groups { name } } }')).data.viewer.groups).toEqual([
      { name: 'Administrators' },
    ]);
  });

  it('site:create explains a refusal and exits non-zero', async () => {
    const taken = await cli(
      env,
      ['site:create', '--slug', 'initech', '--name', 'Again', '--admin-email', 'x@y.example'],
      'another-long-password-1',
    );
    expect(taken.code).toBe(1);
    expect(taken.out).toContain('A site with slug "initech" already exists.');
    const short = await cli(
      env,
      ['site:create', '--slug', 'tiny', '--name', 'Tiny', '--admin-email', 'x@tiny.example'],
      'short',
    );
    expect(short.code).toBe(1);
    expect(short.out).toMatch(/too short: use at least 15 characters/);
    expect(await server.sql(`select 1 from site where slug = 'tiny'`)).toEqual([]);
  });

  it('demo:seed creates the demo site once, printing a generated password', async () => {
    const first = await cli(env, ['demo:seed']);
    const password = /Password \(shown only now\): (\S+)/.exec(first.out)?.[1];
    expect(password).toBeDefined();
    const login = await new GraphQLClient(server.url).login(
      'demo',
      'manager@demo.example',
      password!,
    );
    expect(login.data.login.errors).toEqual([]);
    expect((await cli(env, ['demo:seed'])).out).toContain('already exists');
  });

  it('schema:check and migrations:check pass on the committed files', async () => {
    const schema = await cli(env, ['schema:check']);
    expect(schema.out).toContain('schema.graphql is current.');
    expect(schema.code).toBe(0);
    const migrations = await cli(env, ['migrations:check']);
    expect(migrations.out).toContain('Migrations match the entities.');
    expect(migrations.code).toBe(0);
  });
});

describe('embedded PostgreSQL', () => {
  it('keeps its data across restarts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-embedded-'));
    fs.chmodSync(dir, 0o755);
    const logger = createLogger('silent');
    try {
      const first = await startEmbeddedPostgres(dir, logger);
      await withClient(first.ownerUrl('postgres'), async c => {
        await c.query('create table kept (v text)');
        await c.query(`insert into kept values ('still here')`);
      });
      await first.stop();
      const second = await startEmbeddedPostgres(dir, logger);
      const rows = await withClient(
        second.ownerUrl('postgres'),
        async c => (await c.query('select v from kept')).rows,
      );
      await second.stop();
      expect(rows).toEqual([{ v: 'still here' }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
