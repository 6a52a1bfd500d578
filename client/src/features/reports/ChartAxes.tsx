import { formatDayMonth } from '../../components/dates';
import { CHART, labelEvery, PLOT } from './chart-scale';

type ChartAxesProps = {
  /** Hours on the y axis. */
  ticks: readonly number[];
  weeks: readonly string[];
};

/** Horizontal grid lines with hour labels, and week labels under the plot. */
export function ChartAxes({ ticks, weeks }: ChartAxesProps) {
  const top = ticks[ticks.length - 1] ?? 1;
  const band = PLOT.width / Math.max(weeks.length, 1);
  const every = labelEvery(weeks.length, 10);
  return (
    <g aria-hidden="true">
      {ticks.map(tick => {
        const y = CHART.top + PLOT.height * (1 - tick / top);
        return (
          <g key={tick}>
            <line
              className={tick === 0 ? 'chart__axis' : 'chart__grid'}
              x1={CHART.left}
              x2={CHART.left + PLOT.width}
              y1={y}
              y2={y}
            />
            <text className="chart__label" x={CHART.left - 8} y={y + 4} textAnchor="end">
              {tick.toLocaleString('en-GB')} h
            </text>
          </g>
        );
      })}
      {weeks.map((week, i) =>
        i % every === 0 ? (
          <text
            key={week}
            className="chart__label"
            x={CHART.left + band * (i + 0.5)}
            y={CHART.top + PLOT.height + 20}
            textAnchor="middle"
          >
            {formatDayMonth(week)}
          </text>
        ) : null,
      )}
    </g>
  );
}
