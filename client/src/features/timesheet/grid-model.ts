/** The week grid as data: rows are project/task combinations, columns the days of the week. */

export type ProjectRef = { id: string; name: string; code: string };
export type TaskRef = { id: string; name: string };

/** What a row stands for; rows with no time yet exist only in the browser. */
export type RowSpec = { project: ProjectRef; task: TaskRef | null };

export type GridEntry = RowSpec & { id: string; date: string; minutes: number };

export type GridRow = RowSpec & {
  key: string;
  /** Entries per day (YYYY-MM-DD); several on one day are shown as their sum, read-only. */
  cells: Record<string, GridEntry[]>;
  total: number;
};

export function rowKey(projectId: string, taskId: string | null | undefined): string {
  return `${projectId}/${taskId ?? ''}`;
}

export function keyOf(spec: RowSpec): string {
  return rowKey(spec.project.id, spec.task?.id);
}

/** Identifies one cell across weeks: a draft typed in it survives paging and re-sorting. */
export function cellKey(row: RowSpec, date: string): string {
  return `${date}|${keyOf(row)}`;
}

export function rowLabel(spec: RowSpec): string {
  return `${spec.project.code} ${spec.project.name}${spec.task ? `, ${spec.task.name}` : ''}`;
}

function byProjectThenTask(a: RowSpec, b: RowSpec): number {
  return (
    a.project.code.localeCompare(b.project.code) ||
    a.project.name.localeCompare(b.project.name) ||
    (a.task?.name ?? '').localeCompare(b.task?.name ?? '')
  );
}

/** One spec per distinct project/task, in a stable order (for rows and "Copy last week"). */
export function rowSpecsOf(entries: readonly RowSpec[]): RowSpec[] {
  const specs = new Map<string, RowSpec>();
  for (const e of entries) {
    const key = keyOf(e);
    if (!specs.has(key)) specs.set(key, { project: e.project, task: e.task });
  }
  return [...specs.values()].sort(byProjectThenTask);
}

/** The rows of the week: every project/task with time, plus rows added in the browser. */
export function buildRows(
  entries: readonly GridEntry[],
  added: readonly RowSpec[],
  days: readonly string[],
): GridRow[] {
  const rows = new Map<string, GridRow>();
  for (const spec of rowSpecsOf([...entries, ...added])) {
    const cells = Object.fromEntries(days.map(day => [day, [] as GridEntry[]]));
    rows.set(keyOf(spec), { ...spec, key: keyOf(spec), cells, total: 0 });
  }
  for (const entry of entries) {
    const row = rows.get(keyOf(entry));
    const cell = row?.cells[entry.date];
    if (!row || !cell) continue;
    cell.push(entry);
    row.total += entry.minutes;
  }
  return [...rows.values()];
}

export function sumMinutes(entries: readonly { minutes: number }[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

export function dayTotals(rows: readonly GridRow[], days: readonly string[]): number[] {
  return days.map(day => rows.reduce((sum, row) => sum + sumMinutes(row.cells[day] ?? []), 0));
}
