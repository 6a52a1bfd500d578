import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../src/core/config.js';

/** Runs `pnpm horae <args>` as a child process; `out` is stdout and stderr together. */
export function runCli(
  env: Record<string, string>,
  args: string[],
  stdin = '',
): Promise<{ code: number | null; out: string }> {
  return new Promise(resolve => {
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
