import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveLayout, ArchiveReader } from './archive-reader.js';
import { ArchiveWriter } from './archive-writer.js';
import { BackupError, keyId, parseBackupKey } from './backup-key.js';
import { UuidRemap } from './site-restore.service.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-archive-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TABLES = {
  site: 'a1\tAcme\n',
  time_entry: Array.from(
    { length: 2000 },
    (_, i) => `${i}\tsome work\\non two lines\t${i * 15}\n`,
  ).join(''),
  empty: '',
};

async function write(file: string, key: Buffer | null) {
  const writer = await ArchiveWriter.create(
    file,
    {
      createdAt: new Date().toISOString(),
      schemaVersion: 'Migration1',
      scope: { kind: 'installation' },
      tables: Object.keys(TABLES).map(name => ({ name, columns: ['id'] })),
      skipped: [],
    },
    key,
  );
  for (const [name, text] of Object.entries(TABLES)) {
    // Small chunks: rows and multi-byte text split across chunk boundaries.
    await writer.writeTable(
      name,
      Readable.from(text.match(/[\s\S]{1,7}/g) ?? [], { objectMode: false }),
    );
  }
  return writer.finish();
}

async function readAll(file: string, key: Buffer | null) {
  const reader = await ArchiveReader.open(file, key);
  try {
    const out: Record<string, string> = {};
    for (const table of reader.header.tables) {
      await reader.readTable(table, async text => {
        const chunks: Buffer[] = [];
        for await (const c of text) chunks.push(c as Buffer);
        out[table.name] = Buffer.concat(chunks).toString('utf8');
      });
    }
    return { out, manifest: await reader.finish() };
  } finally {
    await reader.close();
  }
}

async function failure(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('backup archive', () => {
  it('round-trips every table with row counts and checksums in the manifest', async () => {
    const file = path.join(dir, 'plain.horae-backup');
    const written = await write(file, null);
    expect(written.manifest.tables.map(t => [t.name, t.rows])).toEqual([
      ['site', 1],
      ['time_entry', 2000],
      ['empty', 0],
    ]);
    const { out, manifest } = await readAll(file, null);
    expect(out).toEqual(TABLES);
    expect(manifest.totalRows).toBe(2001);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('encrypts: the data is unreadable without the key, and a wrong key is named as such', async () => {
    const key = randomBytes(32);
    const file = path.join(dir, 'sealed.horae-backup');
    await write(file, key);
    expect(fs.readFileSync(file).includes(Buffer.from('some work'))).toBe(false);
    expect((await readAll(file, key)).out).toEqual(TABLES);
    expect((await failure(readAll(file, randomBytes(32)))).message).toMatch(
      new RegExp(`Wrong backup key: .*key id ${keyId(key)}`),
    );
    expect((await failure(readAll(file, null))).message).toMatch(/is encrypted .*HORAE_BACKUP_KEY/);
  });

  it.each([
    ['plain', null],
    ['encrypted', randomBytes(32)],
  ] as const)('names the table whose bytes were damaged (%s)', async (name, key) => {
    const file = path.join(dir, `${name}-damaged.horae-backup`);
    await write(file, key);
    const part = (await archiveLayout(file)).find(p => p.part === 'time_entry' && p.type === 'D')!;
    const bytes = fs.readFileSync(file);
    bytes[part.offset + Math.floor(part.length / 2)]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    const error = await failure(readAll(file, key));
    expect(error.part).toBe('time_entry');
    expect(error.message).toMatch(/^Table time_entry: /);
  });

  it('notices a truncated archive', async () => {
    const file = path.join(dir, 'short.horae-backup');
    await write(file, null);
    fs.truncateSync(file, fs.statSync(file).size - 10);
    const error = await failure(readAll(file, null));
    expect(error.part).toBe('trailer');
    expect(error.message).toMatch(/ends early/);
  });

  it('accepts only 32-byte base64 keys', () => {
    expect(parseBackupKey(undefined)).toBeNull();
    expect(parseBackupKey(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(() => parseBackupKey('c2hvcnQ=')).toThrow(/32 bytes/);
  });
});

describe('UuidRemap', () => {
  it('replaces known ids anywhere in COPY text, also when a chunk ends inside an id', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const ids = new Map([
      [a, 'new-a'],
      [b, 'new-b'],
    ]);
    const text = `${a}\t${b}\t{"target": "${a}"}\t${c}\n${b}\t\\N\n`;
    const chunks: Buffer[] = [];
    const remap = Readable.from(text.match(/[\s\S]{1,5}/g)!.map(s => Buffer.from(s))).pipe(
      new UuidRemap(ids),
    );
    for await (const chunk of remap) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(
      `new-a\tnew-b\t{"target": "new-a"}\t${c}\nnew-b\t\\N\n`,
    );
  });
});
