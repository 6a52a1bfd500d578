import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupError, FrameCipher, keyId } from './backup-key.js';

/**
 * The Horae backup archive, format 1: one file, written and read as a stream.
 *
 *   "HORAEBK1" | frame*        frame = type (1 byte) | length (uint32 BE) | payload
 *
 *   H  header, JSON, always in clear: versions, scope, encryption parameters, tables and columns
 *   T  a table begins (JSON { name })
 *   D  a piece of the table's gzip stream (the table's `COPY ... TO STDOUT` text, gzip-compressed)
 *   E  the table ends: JSON { name, rows, sha256, bytes, compressedBytes }
 *   M  the manifest: the header plus every table's row count and SHA-256
 *   Z  SHA-256 of every byte of the file before this frame; nothing may follow
 *
 * With a key, every frame after H except Z is AES-256-GCM sealed (see FrameCipher).
 */
export const MAGIC = Buffer.from('HORAEBK1', 'latin1');
export const FORMAT_VERSION = 1;
const FRAME = { H: 0x48, T: 0x54, D: 0x44, E: 0x45, M: 0x4d, Z: 0x5a } as const;
const FRAME_NAMES = new Map<number, string>(Object.entries(FRAME).map(([k, v]) => [v, k]));
const CHUNK_BYTES = 256 * 1024;
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export type BackupScope = { kind: 'installation' } | { kind: 'site'; siteId: string; slug: string };

export type ArchiveTable = { name: string; columns: string[] };

export type ArchiveHeader = {
  format: 'horae-backup';
  formatVersion: number;
  createdAt: string;
  /** The last migration applied to the database the backup was taken from. */
  schemaVersion: string;
  scope: BackupScope;
  compression: 'gzip';
  encryption: null | { algorithm: 'aes-256-gcm'; kdf: 'hkdf-sha256'; salt: string; keyId: string };
  tables: ArchiveTable[];
  /** Tables deliberately left out of this scope, and why. */
  skipped: { table: string; reason: string }[];
};

export type TableStats = {
  name: string;
  rows: number;
  /** SHA-256 (hex) of the table's COPY text, before compression and encryption. */
  sha256: string;
  bytes: number;
  compressedBytes: number;
};

export type Manifest = Omit<ArchiveHeader, 'tables'> & {
  tables: (ArchiveTable & TableStats)[];
  totalRows: number;
};

/** Counts rows and hashes the COPY text flowing through it. */
export class TableMeter extends Transform {
  readonly hash = createHash('sha256');
  rows = 0;
  bytes = 0;

  override _transform(
    chunk: Buffer,
    _enc: BufferEncoding,
    done: (e?: Error | null, d?: Buffer) => void,
  ) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    // COPY text escapes newlines inside values, so every newline ends a row.
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
    done(null, chunk);
  }

  stats(name: string, compressedBytes = 0): TableStats {
    return {
      name,
      rows: this.rows,
      sha256: this.hash.digest('hex'),
      bytes: this.bytes,
      compressedBytes,
    };
  }
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

export class ArchiveWriter {
  private readonly fileHash = createHash('sha256');
  private size = 0;
  private readonly stats: TableStats[] = [];

  private constructor(
    private readonly fh: fs.FileHandle,
    private readonly tmpFile: string,
    private readonly file: string,
    readonly header: ArchiveHeader,
    private readonly cipher: FrameCipher | null,
  ) {}

  /** Writes to `file.partial` and renames on finish, so a file with the final name is complete. */
  static async create(
    file: string,
    header: Omit<ArchiveHeader, 'encryption' | 'format' | 'formatVersion' | 'compression'>,
    key: Buffer | null,
  ): Promise<ArchiveWriter> {
    const salt = randomBytes(32);
    const full: ArchiveHeader = {
      format: 'horae-backup',
      formatVersion: FORMAT_VERSION,
      compression: 'gzip',
      ...header,
      encryption: key
        ? {
            algorithm: 'aes-256-gcm',
            kdf: 'hkdf-sha256',
            salt: salt.toString('base64'),
            keyId: keyId(key),
          }
        : null,
    };
    const tmpFile = `${file}.partial`;
    const fh = await fs.open(tmpFile, 'w', 0o600);
    const writer = new ArchiveWriter(
      fh,
      tmpFile,
      file,
      full,
      key ? new FrameCipher(key, salt) : null,
    );
    await writer.write(MAGIC);
    await writer.frame(FRAME.H, json(full));
    return writer;
  }

  private async write(bytes: Buffer) {
    this.fileHash.update(bytes);
    this.size += bytes.length;
    await this.fh.write(bytes);
  }

  private async frame(type: number, payload: Buffer) {
    const body = this.cipher && type !== FRAME.H ? this.cipher.seal(type, payload) : payload;
    const head = Buffer.alloc(5);
    head.writeUInt8(type, 0);
    head.writeUInt32BE(body.length, 1);
    await this.write(head);
    await this.write(body);
  }

  /** Streams one table's COPY text into the archive (in the order of the header's tables). */
  async writeTable(name: string, copyText: Readable): Promise<TableStats> {
    const expected = this.header.tables[this.stats.length]?.name;
    if (expected !== name)
      throw new Error(`writeTable(${name}) out of order: expected ${expected}`);
    await this.frame(FRAME.T, json({ name }));
    const meter = new TableMeter();
    let compressed = 0;
    await pipeline(copyText, meter, createGzip(), async (gzip: AsyncIterable<Buffer>) => {
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        const chunk = Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        compressed += chunk.length;
        await this.frame(FRAME.D, chunk);
      };
      for await (const chunk of gzip) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      if (pendingBytes > 0) await flush();
    });
    const stats = meter.stats(name, compressed);
    await this.frame(FRAME.E, json(stats));
    this.stats.push(stats);
    return stats;
  }

  async finish(): Promise<{ file: string; sizeBytes: number; sha256: string; manifest: Manifest }> {
    if (this.stats.length !== this.header.tables.length) {
      throw new Error(`finish() after ${this.stats.length} of ${this.header.tables.length} tables`);
    }
    const manifest: Manifest = {
      ...this.header,
      tables: this.header.tables.map((t, i) => ({ ...t, ...this.stats[i]! })),
      totalRows: this.stats.reduce((sum, s) => sum + s.rows, 0),
    };
    await this.frame(FRAME.M, json(manifest));
    const digest = this.fileHash.digest();
    const head = Buffer.alloc(5);
    head.writeUInt8(FRAME.Z, 0);
    head.writeUInt32BE(digest.length, 1);
    await this.fh.write(Buffer.concat([head, digest]));
    this.size += head.length + digest.length;
    await this.fh.sync();
    await this.fh.close();
    await fs.rename(this.tmpFile, this.file);
    return { file: this.file, sizeBytes: this.size, sha256: digest.toString('hex'), manifest };
  }

  async abort(): Promise<void> {
    await this.fh.close().catch(() => {});
    await fs.rm(this.tmpFile, { force: true });
  }
}

type Frame = { type: number; payload: Buffer; offset: number };

export class ArchiveReader {
  private pos = 0;
  private readonly fileHash = createHash('sha256');
  private readonly stats: TableStats[] = [];
  private cipher: FrameCipher | null = null;
  header!: ArchiveHeader;

  private constructor(
    private readonly fh: fs.FileHandle,
    readonly file: string,
    readonly sizeBytes: number,
  ) {}

  /** Opens an archive and checks the key before any data is read. */
  static async open(file: string, key: Buffer | null): Promise<ArchiveReader> {
    const fh = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw new BackupError(`Cannot open the backup file ${file}: ${error.code ?? error.message}.`);
    });
    try {
      const { size } = await fh.stat();
      const reader = new ArchiveReader(fh, file, size);
      const magic = await reader.readExact(MAGIC.length, 'header');
      reader.fileHash.update(magic);
      if (!magic.equals(MAGIC)) {
        throw new BackupError(
          `${file} is not a Horae backup (it does not start with "HORAEBK1").`,
          'header',
        );
      }
      const first = await reader.nextFrame('header');
      if (first.type !== FRAME.H) throw new BackupError('The archive header is missing.', 'header');
      let header: ArchiveHeader;
      try {
        header = JSON.parse(first.payload.toString('utf8')) as ArchiveHeader;
      } catch {
        throw new BackupError('The archive header is corrupt (not valid JSON).', 'header');
      }
      if (header.format !== 'horae-backup' || header.formatVersion !== FORMAT_VERSION) {
        throw new BackupError(
          `Unsupported backup format ${String(header.format)} version ${String(header.formatVersion)}; this Horae reads version ${FORMAT_VERSION}.`,
          'header',
        );
      }
      reader.header = header;
      if (header.encryption) {
        if (!key) {
          throw new BackupError(
            `This backup is encrypted (key id ${header.encryption.keyId}). Set HORAE_BACKUP_KEY to the base64 key it was made with.`,
            'header',
          );
        }
        if (keyId(key) !== header.encryption.keyId) {
          throw new BackupError(
            `Wrong backup key: this backup was encrypted with key id ${header.encryption.keyId}, HORAE_BACKUP_KEY has key id ${keyId(key)}.`,
            'header',
          );
        }
        reader.cipher = new FrameCipher(key, Buffer.from(header.encryption.salt, 'base64'));
      }
      return reader;
    } catch (error) {
      await fh.close();
      throw error;
    }
  }

  private async readExact(length: number, part: string): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await this.fh.read(buffer, read, length - read, this.pos + read);
      if (bytesRead === 0) {
        throw new BackupError(
          `${describePart(part)}: the archive ends early at byte ${this.pos + read} (truncated or corrupt).`,
          part,
        );
      }
      read += bytesRead;
    }
    this.pos += length;
    return buffer;
  }

  private async nextFrame(part: string): Promise<Frame> {
    const offset = this.pos;
    const head = await this.readExact(5, part);
    const type = head.readUInt8(0);
    const length = head.readUInt32BE(1);
    if (!FRAME_NAMES.has(type) || length > MAX_FRAME_BYTES) {
      throw new BackupError(
        `${describePart(part)}: the archive is corrupt at byte ${offset} (unknown frame type ${type} or impossible length ${length}).`,
        part,
      );
    }
    const body = await this.readExact(length, part);
    if (type === FRAME.Z) return { type, payload: body, offset };
    this.fileHash.update(head);
    this.fileHash.update(body);
    if (!this.cipher || type === FRAME.H) return { type, payload: body, offset };
    try {
      return { type, payload: this.cipher.open(type, body), offset };
    } catch {
      throw new BackupError(
        `${describePart(part)}: the encrypted data at byte ${offset} failed authentication (the archive is corrupt or was altered).`,
        part,
      );
    }
  }

  /**
   * Reads the next table: `consume` gets its COPY text (checked against the archive's row count
   * and SHA-256 as it flows). Errors name the table.
   */
  async readTable(
    table: ArchiveTable,
    consume: (copyText: Readable) => Promise<unknown>,
  ): Promise<TableStats> {
    const { name } = table;
    const expected = this.header.tables[this.stats.length]?.name;
    if (expected !== name) throw new Error(`readTable(${name}) out of order: expected ${expected}`);
    const start = await this.nextFrame(name);
    if (start.type !== FRAME.T || parseJson<{ name: string }>(start.payload, name).name !== name) {
      throw new BackupError(
        `Table ${name}: its part of the archive is missing or out of place.`,
        name,
      );
    }
    let end: TableStats | undefined;
    let compressed = 0;
    const frames = async function* (this: ArchiveReader) {
      for (;;) {
        const frame = await this.nextFrame(name);
        if (frame.type === FRAME.D) {
          compressed += frame.payload.length;
          yield frame.payload;
        } else if (frame.type === FRAME.E) {
          end = parseJson<TableStats>(frame.payload, name);
          return;
        } else {
          throw new BackupError(
            `Table ${name}: unexpected ${FRAME_NAMES.get(frame.type)} frame at byte ${frame.offset} inside the table's data.`,
            name,
          );
        }
      }
    }.bind(this);
    const meter = new TableMeter();
    const results = await Promise.allSettled([
      pipeline(Readable.from(frames()), createGunzip(), meter),
      consume(meter),
    ]);
    const [archive, sink] = results;
    // When one side fails the other usually reports a mere "premature close": name the cause.
    const cause =
      archive.status === 'rejected' &&
      (archive.reason as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE'
        ? archive
        : sink.status === 'rejected'
          ? sink
          : archive;
    if (cause.status === 'rejected') throw explainTableError(name, cause.reason);
    const stats = meter.stats(name, compressed);
    if (!end) throw new BackupError(`Table ${name}: the end of its data is missing.`, name);
    if (stats.rows !== end.rows || stats.sha256 !== end.sha256) {
      throw new BackupError(
        `Table ${name}: the data does not match its checksum (read ${stats.rows} rows, sha256 ${stats.sha256.slice(0, 12)}…; archive says ${end.rows} rows, ${end.sha256.slice(0, 12)}…).`,
        name,
      );
    }
    this.stats.push(stats);
    return stats;
  }

  /** Reads the manifest and the final checksum; call after every table was read. */
  async finish(): Promise<Manifest> {
    const frame = await this.nextFrame('manifest');
    if (frame.type !== FRAME.M) {
      throw new BackupError(
        `The manifest is missing (found a ${FRAME_NAMES.get(frame.type)} frame).`,
        'manifest',
      );
    }
    const manifest = parseJson<Manifest>(frame.payload, 'manifest');
    for (const [i, stats] of this.stats.entries()) {
      const listed = manifest.tables[i];
      if (
        !listed ||
        listed.name !== stats.name ||
        listed.rows !== stats.rows ||
        listed.sha256 !== stats.sha256
      ) {
        throw new BackupError(
          `Table ${stats.name}: the manifest disagrees with the table's data.`,
          stats.name,
        );
      }
    }
    if (
      manifest.tables.length !== this.stats.length ||
      manifest.schemaVersion !== this.header.schemaVersion
    ) {
      throw new BackupError('The manifest disagrees with the archive header.', 'manifest');
    }
    const digest = this.fileHash.digest();
    const last = await this.nextFrame('trailer');
    if (last.type !== FRAME.Z || !last.payload.equals(digest)) {
      throw new BackupError('The archive checksum (trailer) does not match the file.', 'trailer');
    }
    if (this.pos !== this.sizeBytes) {
      throw new BackupError(
        `${this.sizeBytes - this.pos} unexpected bytes follow the archive's end.`,
        'trailer',
      );
    }
    return manifest;
  }

  async close(): Promise<void> {
    await this.fh.close().catch(() => {});
  }
}

function describePart(part: string): string {
  return ['header', 'manifest', 'trailer'].includes(part) ? `Archive ${part}` : `Table ${part}`;
}

function parseJson<T>(payload: Buffer, part: string): T {
  try {
    return JSON.parse(payload.toString('utf8')) as T;
  } catch {
    throw new BackupError(
      `${describePart(part)}: its description in the archive is corrupt.`,
      part,
    );
  }
}

function explainTableError(table: string, error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  const e = error as { code?: string; message?: string; errno?: number };
  const message = e?.message ?? String(error);
  if (e?.code?.startsWith('Z_') || typeof e?.errno === 'number') {
    return new BackupError(`Table ${table}: the compressed data is corrupt (${message}).`, table);
  }
  return new BackupError(`Table ${table}: ${message}`, table);
}

/** Where each part of an archive lies (for inspection and for tests that damage one table). */
export async function archiveLayout(
  file: string,
): Promise<{ part: string; type: string; offset: number; length: number }[]> {
  const bytes = await fs.readFile(file);
  const header = JSON.parse(
    bytes
      .subarray(MAGIC.length + 5, MAGIC.length + 5 + bytes.readUInt32BE(MAGIC.length + 1))
      .toString('utf8'),
  ) as ArchiveHeader;
  const parts: { part: string; type: string; offset: number; length: number }[] = [];
  let pos = MAGIC.length;
  let table = -1;
  let current = 'header';
  while (pos < bytes.length) {
    const type = FRAME_NAMES.get(bytes.readUInt8(pos)) ?? '?';
    const length = bytes.readUInt32BE(pos + 1);
    if (type === 'T') current = header.tables[++table]?.name ?? '?';
    if (type === 'M') current = 'manifest';
    if (type === 'Z') current = 'trailer';
    parts.push({ part: current, type, offset: pos, length: 5 + length });
    pos += 5 + length;
  }
  return parts;
}
