import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './core/config.js';
import { freePort } from './core/embedded-postgres.js';
import { GraphQLClient } from '../test/graphql-client.js';

describe('starting Horae with no DATABASE_URL', () => {
  it('starts embedded PostgreSQL, seeds the demo site, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-start-'));
    fs.chmodSync(dataDir, 0o755);
    const port = await freePort();
    const password = 'a-demo-password-for-the-start-test';
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HORAE_DATA_DIR: dataDir,
      PORT: String(port),
      HORAE_DEMO_PASSWORD: password,
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    const child = spawn(path.join(repoRoot, 'server/node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: path.join(repoRoot, 'server'),
      env,
    });
    let out = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (out += d));
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    try {
      for (let i = 0; i < 300 && !out.includes('Horae is running'); i++)
        await new Promise(r => setTimeout(r, 100));
      expect(out).toContain(`Horae is running at http://localhost:${port}`);
      expect(out).toContain('Demo site created: site "demo"');
      expect(out).toContain('admin@demo.example');

      const client = new GraphQLClient(`http://127.0.0.1:${port}`);
      const login = await client.login('demo', 'admin@demo.example', password);
      expect(login.data.login.errors).toEqual([]);
      expect((await client.request('{ viewer { site { name } } }')).data.viewer.site.name).toBe(
        'Demo Consultancy',
      );
      expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // PostgreSQL removes its pid file only on a clean shutdown.
      expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
