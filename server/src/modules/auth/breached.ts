import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { normalizePassword } from '@horae/shared/validation';
import { repoRoot } from '../../core/config.js';

/** Shipped with Horae: 20,000 common passwords in Have I Been Pwned format (for tests and the demo). */
export const SAMPLE_BREACHED_FILE = path.join(repoRoot, 'server', 'data', 'breached-sample.txt');

const HASH_LENGTH = 40;
const WINDOW = 256; // longer than any line ("HASH:COUNT\r\n")

export function sha1Hex(password: string): string {
  return createHash('sha1').update(normalizePassword(password), 'utf8').digest('hex').toUpperCase();
}

/**
 * Looks a password up in a sorted HIBP file ("SHA1:COUNT" lines, upper-case hex) by binary search
 * over byte offsets: a handful of small reads, never the whole file in memory. Returns the count,
 * or 0 when absent.
 */
export async function breachCount(file: string, password: string): Promise<number> {
  const target = sha1Hex(password);
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(WINDOW);
    // Invariant: the line we look for (if present) starts at an offset in [low, high).
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      // The first line starting at or after mid (or at 0).
      let start = mid;
      if (mid > 0) {
        const { bytesRead } = await handle.read(buffer, 0, WINDOW, mid - 1);
        const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
        if (newline === -1) return 0;
        start = mid - 1 + newline + 1;
      }
      if (start >= high) {
        high = mid;
        continue;
      }
      const { bytesRead } = await handle.read(buffer, 0, WINDOW, start);
      const line = buffer.subarray(0, bytesRead).toString('latin1').split('\n', 1)[0]!.trim();
      const hash = line.slice(0, HASH_LENGTH);
      if (hash === target) return Number(line.slice(HASH_LENGTH + 1)) || 1;
      if (hash < target) low = start + line.length + 1;
      else high = mid;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/** The file in use: HORAE_BREACHED_FILE, else an imported full list in the data dir, else the sample. */
export function breachedFile(dataDir: string, configured?: string): string {
  if (configured) return configured;
  const imported = path.join(dataDir, 'breached.txt');
  return fs.existsSync(imported) ? imported : SAMPLE_BREACHED_FILE;
}

/**
 * Checks and installs a full HIBP list (e.g. pwnedpasswords downloader output, SHA-1 ordered by
 * hash): every line must be "HASH:COUNT" in ascending order, or the import names the line.
 */
export async function importBreachedList(source: string, target: string): Promise<number> {
  const lines = createInterface({ input: fs.createReadStream(source), crlfDelay: Infinity });
  const temp = `${target}.partial`;
  const out = fs.createWriteStream(temp);
  let previous = '';
  let count = 0;
  try {
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      count++;
      if (!/^[0-9A-F]{40}:\d+$/.test(line)) {
        throw new Error(
          `Line ${count} is not "SHA1:COUNT" in upper-case hex: ${line.slice(0, 60)}`,
        );
      }
      const hash = line.slice(0, HASH_LENGTH);
      if (hash <= previous) {
        throw new Error(
          `Line ${count} is out of order: the file must be sorted by hash (ordered by hash in the downloader).`,
        );
      }
      previous = hash;
      if (!out.write(`${line}\r\n`))
        await new Promise<void>(resolve => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    fs.renameSync(temp, target);
    return count;
  } catch (error) {
    await new Promise<void>(resolve => out.end(() => resolve()));
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
