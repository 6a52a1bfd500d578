import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

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
export const FRAME = { H: 0x48, T: 0x54, D: 0x44, E: 0x45, M: 0x4d, Z: 0x5a } as const;
export const FRAME_NAMES = new Map<number, string>(Object.entries(FRAME).map(([k, v]) => [v, k]));
export const CHUNK_BYTES = 256 * 1024;
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

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

export const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
