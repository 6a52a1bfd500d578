import chardet from 'chardet';
import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { UserError } from '../../graphql/user-error.js';

/** What one import may hold (README, "Import"). */
export const IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 20_000,
  maxColumns: 100,
  /** One record (a row, quotes included) in characters: a runaway quote fails fast. */
  maxRecordCharacters: 100_000,
} as const;

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export type DecodedFile = { encoding: string; text: string };

/** A data row with the line of the file it starts on (the header is line 1). */
export type FileRow = { line: number; cells: string[] };

export type ParsedFile = { headers: string[]; rows: FileRow[] };

const fileError = (code: string, message: string, field: string | null = 'file') =>
  UserError.of(code, message, field);

/** Names the detector may report for what is, in practice, Windows-1252 (a superset of them). */
const WESTERN_SINGLE_BYTE = new Set(['ISO-8859-1', 'ISO-8859-15', 'WINDOWS-1252']);

/**
 * The text of the file: a byte order mark decides; else valid UTF-8 is UTF-8; else the detector's
 * guess (Western single-byte files, as Excel writes them, read as Windows-1252).
 */
export function decodeFile(bytes: Buffer, override?: string | null): DecodedFile | UserError {
  if (override?.trim()) {
    const name: string = override.trim();
    const known: boolean = iconv.encodingExists(name);
    if (!known) {
      return fileError(
        'UNKNOWN_ENCODING',
        `"${name}" is not an encoding we know. Try UTF-8 or windows-1252.`,
        'encoding',
      );
    }
    return { encoding: name, text: stripBom(iconv.decode(bytes, name)) };
  }
  if (bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) {
    return { encoding: 'UTF-8', text: bytes.subarray(3).toString('utf8') };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'UTF-16LE', text: iconv.decode(bytes.subarray(2), 'utf-16le') };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'UTF-16BE', text: iconv.decode(bytes.subarray(2), 'utf-16be') };
  }
  try {
    return { encoding: 'UTF-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: guess below.
  }
  const guess = (chardet.detect(bytes) ?? '').toUpperCase();
  const encoding =
    WESTERN_SINGLE_BYTE.has(guess) || !guess || !iconv.encodingExists(guess)
      ? 'windows-1252'
      : guess;
  return { encoding, text: stripBom(iconv.decode(bytes, encoding)) };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Quoted cells may hold any delimiter: count only outside quotes. */
function countOutsideQuotes(line: string, delimiter: string): number {
  return line.replace(/"(?:[^"]|"")*"/g, '').split(delimiter).length - 1;
}

/**
 * The delimiter that splits the first lines most consistently into the most columns (comma when
 * nothing splits: a one-column file).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r?\n/)
    .filter(l => l.trim())
    .slice(0, 20);
  let best: { delimiter: Delimiter; consistent: number; columns: number } = {
    delimiter: ',',
    consistent: 0,
    columns: 0,
  };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map(l => countOutsideQuotes(l, delimiter));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter(c => c === header).length;
    if (consistent > best.consistent || (consistent === best.consistent && header > best.columns)) {
      best = { delimiter, consistent, columns: header };
    }
  }
  return best.delimiter;
}

export function delimiterOf(value: string | null | undefined): Delimiter | null | UserError {
  if (value === null || value === undefined || value === '') return null;
  const named: Record<string, Delimiter> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };
  const delimiter = named[value.toLowerCase()] ?? value;
  if ((DELIMITERS as readonly string[]).includes(delimiter)) return delimiter as Delimiter;
  return fileError(
    'UNKNOWN_DELIMITER',
    'The delimiter is one of: comma (,), semicolon (;), tab or pipe (|).',
    'delimiter',
  );
}

/** Blank headers get a name; repeated ones a number, so every column can be told apart. */
function headersOf(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

type Record_ = { record: string[]; raw: string; info: { lines: number } };

/** The header and data rows, within IMPORT_LIMITS; empty lines are skipped. */
export function parseFile(text: string, delimiter: Delimiter): ParsedFile | UserError {
  let records: Record_[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      raw: true,
      info: true,
      max_record_size: IMPORT_LIMITS.maxRecordCharacters,
      // The header, the allowed rows and one more to notice there are too many.
      to: IMPORT_LIMITS.maxRows + 2,
    }) as unknown as Record_[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return fileError(
        'INVALID_CSV',
        `The file is not readable as CSV${line ? ` near line ${line}` : ''}: ${error.message.replace(/^Invalid [^:]*: /, '')}. Check the quotes in that row.`,
      );
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header || header.record.every(c => !c.trim())) {
    return fileError('EMPTY_FILE', 'The file is empty: the first line must name the columns.');
  }
  if (header.record.length > IMPORT_LIMITS.maxColumns) {
    return fileError(
      'TOO_MANY_COLUMNS',
      `The file has ${header.record.length} columns; an import reads at most ${IMPORT_LIMITS.maxColumns}.`,
    );
  }
  if (data.length > IMPORT_LIMITS.maxRows) {
    return fileError(
      'TOO_MANY_ROWS',
      `The file has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows. Split it into smaller files and import them one after the other.`,
    );
  }
  const rows: FileRow[] = [];
  for (const r of data) {
    if (r.record.every(c => !c.trim())) continue;
    // info.lines is where the record ends; quoted line breaks inside it move its start up (raw
    // also carries the skipped empty lines before it).
    const inner = (
      r.raw
        .replace(/^[\r\n]+/, '')
        .replace(/\r?\n$/, '')
        .match(/\n/g) ?? []
    ).length;
    rows.push({ line: r.info.lines - inner, cells: r.record });
  }
  return { headers: headersOf(header.record), rows };
}
