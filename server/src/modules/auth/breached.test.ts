import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breachCount, importBreachedList, SAMPLE_BREACHED_FILE, sha1Hex } from './breached.js';

describe('breached passwords (HIBP format, binary search)', () => {
  it('finds passwords of the shipped sample and not others', async () => {
    expect(await breachCount(SAMPLE_BREACHED_FILE, 'password')).toBeGreaterThan(1000);
    expect(await breachCount(SAMPLE_BREACHED_FILE, 'correcthorsebatterystaple')).toBeGreaterThan(0);
    expect(await breachCount(SAMPLE_BREACHED_FILE, 'tangerine-orbit-cellar-97-quiet')).toBe(0);
  });

  it('finds every line of a file, including the first and the last', async () => {
    const lines = fs.readFileSync(SAMPLE_BREACHED_FILE, 'latin1').trim().split('\r\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breached-'));
    // A small file with known passwords at both ends.
    const words = ['alpha-one', 'bravo-two', 'charlie-three', 'delta-four', 'echo-five'];
    const entries = words.map(w => `${sha1Hex(w)}:${w.length}`).sort();
    const file = path.join(dir, 'small.txt');
    fs.writeFileSync(file, entries.join('\r\n') + '\r\n');
    for (const w of words) expect(await breachCount(file, w)).toBe(w.length);
    expect(await breachCount(file, 'foxtrot-six')).toBe(0);
    expect(lines.length).toBeGreaterThan(10_000);
    fs.rmSync(dir, { recursive: true });
  });

  it('imports a sorted list and names the first bad line of a wrong one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breached-'));
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(
      good,
      `${sha1Hex('a')}:1\r\n${sha1Hex('b')}:2\r\n`
        .split('\r\n')
        .filter(Boolean)
        .sort()
        .join('\r\n'),
    );
    expect(await importBreachedList(good, path.join(dir, 'breached.txt'))).toBe(2);
    const unsorted = path.join(dir, 'unsorted.txt');
    fs.writeFileSync(unsorted, `${'F'.repeat(40)}:1\n${'0'.repeat(40)}:2\n`);
    await expect(importBreachedList(unsorted, path.join(dir, 'x.txt'))).rejects.toThrow(
      /Line 2 is out of order/,
    );
    const garbage = path.join(dir, 'garbage.txt');
    fs.writeFileSync(garbage, 'hello world\n');
    await expect(importBreachedList(garbage, path.join(dir, 'y.txt'))).rejects.toThrow(
      /Line 1 is not "SHA1:COUNT"/,
    );
    expect(fs.existsSync(path.join(dir, 'x.txt'))).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });
});
