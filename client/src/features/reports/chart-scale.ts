import { addDays, weekStart } from '@horae/shared/time';

/** The Mondays of every week that has a day between `from` and `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) {
    weeks.push(monday);
    if (weeks.length > 520) break; // ten years is more than a chart can show
  }
  return weeks;
}

/** Round axis steps (1, 2, 2.5, 5 × 10ⁿ) from 0 to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Math.round(value * 1000) / 1000);
    if (value >= max) break;
  }
  return ticks;
}

/** Label every n-th of `count` items so that at most `max` labels fit. */
export function labelEvery(count: number, max: number): number {
  return Math.max(1, Math.ceil(count / max));
}

export function hours(minutes: number): number {
  return minutes / 60;
}

/** "1,234.5 h" for summaries read aloud. */
export function hoursText(minutes: number): string {
  return `${(Math.round(hours(minutes) * 10) / 10).toLocaleString('en-GB')} h`;
}

export const CHART = {
  width: 720,
  height: 260,
  top: 14,
  right: 16,
  bottom: 34,
  left: 52,
} as const;

export const PLOT = {
  width: CHART.width - CHART.left - CHART.right,
  height: CHART.height - CHART.top - CHART.bottom,
} as const;
