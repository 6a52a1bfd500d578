import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import {
  FORMAT_VERSION,
  FRAME,
  FRAME_NAMES,
  MAGIC,
  MAX_FRAME_BYTES,
  TableMeter,
  type ArchiveHeader,
  type ArchiveTable,
  type Manifest,
  type TableStats,
} from './archive-format.js';
import { BackupError, FrameCipher, keyId } from './backup-key.js';

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
