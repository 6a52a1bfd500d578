import type { Permission } from '@horae/shared/permissions';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  previewCustomersQuery,
  previewProjectsQuery,
  previewTimeEntriesQuery,
  previewUsersQuery,
} from './operations';

/** How many records each sample asks for. */
export const SAMPLE_SIZE = 5;

export type SampleField = {
  /** Where the value is in a record, e.g. "vatNumber" or "project.code". */
  path: string;
  label: string;
};

export type Sample = {
  id: string;
  title: string;
  /** The query's root field; its answer is a connection with `nodes`. */
  rootField: string;
  /** What the service needs to call it at all. */
  permission: Permission;
  document: TypedDocumentNode<unknown, { first: number }>;
  fields: readonly SampleField[];
};

/** Queries touching the catalogued sensitive fields, with the fields around them. */
export const SAMPLES: readonly Sample[] = [
  {
    id: 'customers',
    title: 'Customers',
    rootField: 'customers',
    permission: 'customer.read',
    document: previewCustomersQuery,
    fields: [
      { path: 'name', label: 'Name' },
      { path: 'number', label: 'Number' },
      { path: 'vatNumber', label: 'VAT number' },
      { path: 'contact', label: 'Contact' },
    ],
  },
  {
    id: 'projects',
    title: 'Projects',
    rootField: 'projects',
    permission: 'project.read',
    document: previewProjectsQuery,
    fields: [
      { path: 'code', label: 'Code' },
      { path: 'name', label: 'Name' },
      { path: 'hourlyRate', label: 'Hourly rate (cents)' },
      { path: 'budgetAmount', label: 'Budget (cents)' },
    ],
  },
  {
    id: 'time-entries',
    title: 'Approved time entries',
    rootField: 'timeEntries',
    permission: 'timeEntry.read',
    document: previewTimeEntriesQuery,
    fields: [
      { path: 'date', label: 'Date' },
      { path: 'project.code', label: 'Project' },
      { path: 'minutes', label: 'Minutes' },
      { path: 'rate', label: 'Rate (cents per hour)' },
      { path: 'amount', label: 'Amount (cents)' },
    ],
  },
  {
    id: 'users',
    title: 'People',
    rootField: 'users',
    permission: 'user.read',
    document: previewUsersQuery,
    fields: [
      { path: 'displayName', label: 'Name' },
      { path: 'email', label: 'Email address' },
    ],
  },
];

/** A GraphQL error as either client reports it. */
export type ApiError = { message: string; code: string | null; path: readonly (string | number)[] };

export type Cell =
  { kind: 'value'; text: string } | { kind: 'empty' } | { kind: 'hidden'; message: string };

export type SampleRecord = { id: string; cells: ReadonlyMap<string, Cell> };

export type SampleResult =
  | { state: 'loading' }
  | { state: 'not-permitted'; message: string }
  | { state: 'failed'; message: string }
  | { state: 'ok'; totalCount: number | null; records: readonly SampleRecord[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) value = isObject(value) ? value[key] : undefined;
  return value;
}

function textOf(value: unknown): Cell {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'value', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'value', text: String(value) };
  }
  return { kind: 'value', text: JSON.stringify(value) };
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * Reads one client's answer to a sample: FORBIDDEN at the root field means the operation is not
 * permitted; FORBIDDEN at a field of a record means that field is hidden (null in the data).
 */
export function readSample(
  sample: Sample,
  data: unknown,
  errors: readonly ApiError[],
  failure: string | null,
): SampleResult {
  const root = errors.find(e => samePath(e.path, [sample.rootField]));
  if (root?.code === 'FORBIDDEN') return { state: 'not-permitted', message: root.message };
  const connection = isObject(data) ? data[sample.rootField] : null;
  if (!isObject(connection) || !Array.isArray(connection.nodes)) {
    return {
      state: 'failed',
      message: failure ?? root?.message ?? errors[0]?.message ?? 'There was no answer.',
    };
  }
  const records = connection.nodes.filter(isObject).map((node, index) => {
    const cells = new Map<string, Cell>();
    for (const field of sample.fields) {
      const at = [sample.rootField, 'nodes', index, ...field.path.split('.')];
      const hidden = errors.find(e => e.code === 'FORBIDDEN' && samePath(e.path, at));
      cells.set(
        field.path,
        hidden ? { kind: 'hidden', message: hidden.message } : textOf(valueAt(node, field.path)),
      );
    }
    return { id: typeof node.id === 'string' ? node.id : String(index), cells };
  });
  const total = connection.totalCount;
  return { state: 'ok', totalCount: typeof total === 'number' ? total : null, records };
}

export type Difference = 'same' | 'hidden' | 'differs';

export type ComparedRow = {
  field: SampleField;
  mine: readonly Cell[];
  /** The service's value for each of my records; null when its answer lacks the record. */
  theirs: readonly (Cell | null)[];
  difference: Difference;
};

function sameCell(a: Cell, b: Cell | null): boolean {
  if (!b || a.kind !== b.kind) return false;
  return a.kind !== 'value' || (b.kind === 'value' && a.text === b.text);
}

/** Field by field, record by record (matched by id): what the service sees of what I see. */
export function compareSample(
  sample: Sample,
  mine: readonly SampleRecord[],
  theirs: readonly SampleRecord[],
): ComparedRow[] {
  const theirsById = new Map(theirs.map(r => [r.id, r]));
  return sample.fields.map(field => {
    const mineCells = mine.map(r => r.cells.get(field.path) ?? ({ kind: 'empty' } as const));
    const theirCells = mine.map(r => theirsById.get(r.id)?.cells.get(field.path) ?? null);
    const difference: Difference = theirCells.some(c => c?.kind === 'hidden')
      ? 'hidden'
      : mineCells.every((cell, i) => sameCell(cell, theirCells[i] ?? null))
        ? 'same'
        : 'differs';
    return { field, mine: mineCells, theirs: theirCells, difference };
  });
}
