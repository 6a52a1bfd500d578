import { projectLabel, type Row } from './report-columns';

export const MAX_SERIES = 6;
const OTHER = 'other';

export type Series = { key: string; label: string; minutes: number };

export type WeeklyData = {
  series: Series[];
  /** Minutes per week (Monday) and series key. */
  byWeek: Map<string, Map<string, number>>;
  total: number;
};

/** Projects by hours, the biggest first; beyond MAX_SERIES they are added up as "Other". */
export function weeklySeries(rows: readonly Row[]): WeeklyData {
  const perProject = new Map<string, Series>();
  for (const row of rows) {
    const key = row.projectId ?? OTHER;
    const series = perProject.get(key) ?? { key, label: projectLabel(row), minutes: 0 };
    series.minutes += row.minutes;
    perProject.set(key, series);
  }
  const ranked = [...perProject.values()].sort((a, b) => b.minutes - a.minutes);
  const shown = ranked.length > MAX_SERIES + 1 ? ranked.slice(0, MAX_SERIES) : ranked;
  const rest = ranked.slice(shown.length);
  const keyOf = new Map<string, string>(shown.map(s => [s.key, s.key]));
  const series = [...shown];
  if (rest.length) {
    series.push({
      key: OTHER,
      label: `${rest.length} other projects`,
      minutes: rest.reduce((sum, s) => sum + s.minutes, 0),
    });
  }
  const byWeek = new Map<string, Map<string, number>>();
  let total = 0;
  for (const row of rows) {
    if (!row.week) continue;
    const key = keyOf.get(row.projectId ?? OTHER) ?? OTHER;
    const week = byWeek.get(row.week) ?? new Map<string, number>();
    week.set(key, (week.get(key) ?? 0) + row.minutes);
    byWeek.set(row.week, week);
    total += row.minutes;
  }
  return { series, byWeek, total };
}

export function weekTotal(week: Map<string, number> | undefined): number {
  let sum = 0;
  for (const minutes of week?.values() ?? []) sum += minutes;
  return sum;
}
