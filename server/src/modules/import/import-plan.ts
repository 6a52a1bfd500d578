import { randomUUID } from 'node:crypto';
import type { EntityName } from '@mikro-orm/postgresql';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import type { ColumnMapping, ImportResourceName } from './import-fields.js';
import type { FileRow } from './import-file.js';
import type { ImportPresetName } from './import-presets.js';
import type { DateFormat, Parsed } from './import-values.js';

export type OutcomeName = 'create' | 'update' | 'unchanged' | 'refused';

/** Why a row is refused: the column (as in the file) and the field it was read for. */
export type RowProblem = {
  field: string | null;
  column: string | null;
  code: string;
  message: string;
};

export type RowResult = {
  line: number;
  outcome: OutcomeName;
  /** What identifies the record on re-import (number, code, email, entry id). */
  key: string;
  summary: string;
  problems: RowProblem[];
};

/** One record written by an apply, for the audit log. */
export type AuditEntry = {
  action: string;
  target: { type: string; id: string };
  data: Record<string, unknown>;
};

export type Plan = {
  rows: RowResult[];
  /** Records created alongside (missing customers, projects, tasks of time entries). */
  related: { resource: ImportResourceName; create: number }[];
  /** Writes every create and update; only called when no row is refused. */
  apply: () => Promise<{ audit: AuditEntry[]; notes: string[] }>;
};

/** A record an import changes: its entity, and its fields before and after (only what changed). */
export type PlannedUpdate<E, F> = { entity: E; before: Partial<F>; after: Partial<F> };

/**
 * Writes the planned creates and updates of one resource (customers, projects, tasks) and returns
 * their audit entries: `<type>.created` with the fields, `<type>.updated` with before and after.
 * `context` adds to each entry's data what names the record beyond its id (a task's project).
 */
export async function writeCreatesAndUpdates<E extends { id: string }, F extends object>(
  ctx: RequestContext,
  siteId: string,
  entity: EntityName<E>,
  type: string,
  creates: readonly F[],
  updates: readonly PlannedUpdate<E, F>[],
  context: { created?: (fields: F) => object; updated?: (record: E) => object } = {},
): Promise<AuditEntry[]> {
  const audit: AuditEntry[] = [];
  for (const fields of creates) {
    const record = ctx.em.create(entity, {
      id: randomUUID(),
      site: siteId,
      ...fields,
      archived: false,
    } as never);
    audit.push({
      action: `${type}.created`,
      target: { type, id: record.id },
      data: { ...context.created?.(fields), after: fields },
    });
  }
  for (const { entity: record, before, after } of updates) {
    ctx.em.assign(record, after as never);
    audit.push({
      action: `${type}.updated`,
      target: { type, id: record.id },
      data: { ...context.updated?.(record), before, after },
    });
  }
  await ctx.em.flush();
  return audit;
}

export type ImportRun = {
  ctx: RequestContext;
  actor: Actor;
  importId: string;
  rows: FileRow[];
  headers: string[];
  mapping: ColumnMapping;
  dateFormat: DateFormat;
  preset: ImportPresetName | null;
  createMissing: boolean;
  sendInvitations: boolean;
};

/** Reads the mapped cells of one row and collects its problems. */
export class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    readonly row: FileRow,
    private readonly run: Pick<ImportRun, 'headers' | 'mapping'>,
  ) {}

  get line(): number {
    return this.row.line;
  }

  has(field: string): boolean {
    return this.run.mapping.has(field);
  }

  column(field: string): string | null {
    return this.run.mapping.get(field) ?? null;
  }

  /** The trimmed cell of the field's column; empty when unmapped or missing. */
  text(field: string): string {
    const column = this.run.mapping.get(field);
    if (!column) return '';
    return (this.row.cells[this.run.headers.indexOf(column)] ?? '').trim();
  }

  refuse(field: string | null, code: string, message: string): void {
    this.problems.push({ field, column: field ? this.column(field) : null, code, message });
  }

  /** The value, or undefined with the problem recorded (a UserError of a shared check). */
  check<T>(field: string, result: T | UserError): T | undefined {
    if (result instanceof UserError) {
      this.refuse(field, result.code, result.message);
      return undefined;
    }
    return result;
  }

  parse<T>(field: string, code: string, result: Parsed<T>): T | undefined {
    if (!result.ok) {
      this.refuse(field, code, result.message);
      return undefined;
    }
    return result.value;
  }

  result(outcome: Exclude<OutcomeName, 'refused'>, key: string, summary: string): RowResult {
    return {
      line: this.line,
      outcome: this.problems.length ? 'refused' : outcome,
      key,
      summary,
      problems: this.problems,
    };
  }
}

/** Keeps the first row per key; later rows with the same key are refused (naming the first). */
export class SeenKeys {
  private readonly lines = new Map<string, number>();
  claim(reader: RowReader, field: string, key: string, label: string): void {
    const first = this.lines.get(key);
    if (first !== undefined) {
      reader.refuse(field, 'DUPLICATE_ROW', `Row ${first} already has ${label}.`);
    } else this.lines.set(key, reader.line);
  }
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

/** "name: Old → New; currency: EUR → USD", for the dry-run report. */
export function describeChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  labels: Record<string, string> = {},
): string {
  return Object.keys(after)
    .map(k => `${labels[k] ?? k}: ${shown(before[k])} → ${shown(after[k])}`)
    .join('; ');
}

export function needs(permission: string, what: string): string {
  return `${what} needs the permission "${permission}", which you do not have.`;
}
