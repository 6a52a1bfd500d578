import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../src/core/config.js';
import { freePort } from '../src/core/embedded-postgres.js';

/**
 * Starts test/server-process.ts: a separate Horae process on the same database, to prove that
 * state (throttling, quotas) is shared through Postgres and not kept in one process's memory.
 */
export async function startSecondServer(
  appUrl: string,
): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    path.join(repoRoot, 'server/node_modules/.bin/tsx'),
    ['test/server-process.ts', appUrl, String(port)],
    { cwd: path.join(repoRoot, 'server') },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', d => String(d).includes('ready') && resolve());
    child.on('exit', code => reject(new Error(`second server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
