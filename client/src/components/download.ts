/**
 * Downloads from the server's file endpoints (CSV exports, the personal-data ZIP) with fetch, so
 * the page can show progress, cancel, and explain refusals the server sends as JSON — none of which
 * a plain link can do.
 */

/** The CSV exports of GET /export/<resource>.csv. */
export type ExportResource =
  | 'users'
  | 'customers'
  | 'projects'
  | 'tasks'
  | 'time-entries'
  | 'report'
  | 'invoices'
  | 'timesheets'
  | 'audit-events';

/** A list's current filters, as the export endpoint reads them; empty values are left out. */
export type ExportFilters = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type CsvFormat = { semicolon: boolean; bom: boolean };

export type DownloadProgress = {
  bytes: number;
  /** CSV rows after the header (a line break inside a quoted cell does not count). */
  rows: number;
  /** From Content-Length, when the server knows it in advance (a streamed CSV does not). */
  totalBytes: number | null;
};

export type Downloaded = DownloadProgress & { blob: Blob; fileName: string };

/** A refusal or failure, worded for people; `code` is the server's `extensions.code`. */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export function exportUrl(
  resource: ExportResource,
  filters: ExportFilters,
  format: CsvFormat,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === '') continue;
    params.set(name, String(value));
  }
  if (format.semicolon) params.set('delimiter', ';');
  if (format.bom) params.set('bom', '1');
  const query = params.toString();
  return `/export/${resource}.csv${query ? `?${query}` : ''}`;
}

export function personalDataUrl(userId?: string): string {
  return userId
    ? `/export/personal-data.zip?${new URLSearchParams({ userId }).toString()}`
    : '/export/personal-data.zip';
}

/** The file name a Content-Disposition header proposes, without any folder part. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  let name: string | undefined;
  const encoded = /filename\*\s*=\s*utf-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      name = decodeURIComponent(encoded.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i
    .exec(disposition)
    ?.slice(1)
    .find(part => part !== undefined)
    ?.replace(/\\(.)/g, '$1');
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base || fallback;
}

const STATUS_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Sign in again, then download once more.',
  403: 'You do not have permission to download this.',
  404: 'There is nothing to download here any more.',
  429: 'Too many downloads at once. Wait a minute, then try again.',
};

/** The server's JSON refusal `{ errors: [{ message, extensions: { code } }] }`, if it sent one. */
async function refusalOf(response: Response): Promise<DownloadError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const first: unknown =
    typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)
      ? (body.errors as unknown[])[0]
      : undefined;
  const record =
    typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
  const extensions = record['extensions'];
  const code =
    typeof extensions === 'object' && extensions !== null && 'code' in extensions
      ? String(extensions.code)
      : null;
  const message =
    typeof record['message'] === 'string' && record['message']
      ? record['message']
      : (STATUS_MESSAGES[response.status] ??
        'The download failed on our side. Try again in a moment.');
  return new DownloadError(message, code);
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Counts CSV record ends in a stream of chunks. A quote toggles "inside a cell" (an escaped quote
 * toggles twice), so line breaks inside quoted descriptions are not taken for rows. Bytes are
 * enough: neither byte occurs inside a multi-byte UTF-8 character.
 */
function lineCounter() {
  let quoted = false;
  let lines = 0;
  return {
    add(chunk: Uint8Array) {
      // An indexed loop: iterating a typed array byte by byte is several times slower.
      for (let i = 0; i < chunk.length; i += 1) {
        const byte = chunk[i];
        if (byte === QUOTE) quoted = !quoted;
        else if (byte === NEWLINE && !quoted) lines += 1;
      }
      return lines;
    },
  };
}

type DownloadOptions = {
  signal: AbortSignal;
  /** The name to save under when the server proposes none. */
  fallbackName: string;
  countRows: boolean;
  onProgress: (progress: DownloadProgress) => void;
};

/** How often progress is reported while the body streams in (each report re-renders). */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Fetches a file with the session cookie, reporting bytes (and CSV rows) as they arrive. Rejects
 * with a DownloadError, or with the AbortError of `signal` when cancelled.
 */
export async function downloadFile(url: string, options: DownloadOptions): Promise<Downloaded> {
  const { signal, onProgress } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { accept: 'text/csv, application/zip, application/json' },
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DownloadError('Horae could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await refusalOf(response);

  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  const fileName = fileNameOf(response.headers.get('content-disposition'), options.fallbackName);
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const counter = lineCounter();
  let bytes = 0;
  let lines = 0;
  let reportedAt = 0;
  const rows = () => (options.countRows ? Math.max(0, lines - 1) : 0);

  onProgress({ bytes, rows: 0, totalBytes });
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        if (options.countRows) lines = counter.add(value);
        const now = performance.now();
        if (now - reportedAt >= PROGRESS_INTERVAL_MS) {
          reportedAt = now;
          onProgress({ bytes, rows: rows(), totalBytes });
        }
      }
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DownloadError(
        'The download broke off before it was complete, so nothing was saved. Try again.',
      );
    }
  }
  const result = { bytes, rows: rows(), totalBytes };
  onProgress(result);
  return { ...result, blob: new Blob(chunks, { type }), fileName };
}

/** Hands a downloaded file to the browser to save. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start saving before the address goes away.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat();

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${countFormat.format(bytes)} bytes`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} kB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

export function formatRows(rows: number): string {
  return `${countFormat.format(rows)} ${rows === 1 ? 'row' : 'rows'}`;
}
