import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  CHUNK_BYTES,
  FORMAT_VERSION,
  FRAME,
  json,
  MAGIC,
  TableMeter,
  type ArchiveHeader,
  type Manifest,
  type TableStats,
} from './archive-format.js';
import { FrameCipher, keyId } from './backup-key.js';

/** Writes the archive format described in archive-format.ts. */
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
