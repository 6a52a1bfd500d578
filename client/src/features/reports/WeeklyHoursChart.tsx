import { formatMinutes } from '@horae/shared/time';
import { useId } from 'react';
import { formatDate, formatDayMonth } from '../../components/dates';
import { ChartAxes } from './ChartAxes';
import { CHART, hours, hoursText, niceTicks, PLOT, weeksBetween } from './chart-scale';
import { weekLabel, type Row } from './report-columns';
import { weeklySeries, weekTotal, type WeeklyData } from './weekly-series';

type WeeklyHoursChartProps = { rows: readonly Row[]; from: string; to: string };

function summaryOf(data: WeeklyData, weeks: readonly string[], from: string, to: string): string {
  const busiest = weeks.reduce<{ week: string; minutes: number } | null>((best, week) => {
    const minutes = weekTotal(data.byWeek.get(week));
    return !best || minutes > best.minutes ? { week, minutes } : best;
  }, null);
  const [top] = data.series;
  return [
    `${hoursText(data.total)} from ${formatDate(from)} to ${formatDate(to)}, over ${weeks.length} weeks.`,
    top ? `Most went to ${top.label} (${hoursText(top.minutes)}).` : '',
    busiest && busiest.minutes
      ? `The busiest week began ${formatDate(busiest.week)} with ${hoursText(busiest.minutes)}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

type Segment = {
  key: string;
  index: number;
  label: string;
  minutes: number;
  y: number;
  height: number;
};

/** The bars: per week, the series' segments stacked from the x axis up. */
function stacksOf(
  data: WeeklyData,
  weeks: readonly string[],
  scale: (hours: number) => number,
): { week: string; segments: Segment[] }[] {
  return weeks.map(week => {
    const perSeries = data.byWeek.get(week);
    const segments: Segment[] = [];
    let base = CHART.top + PLOT.height;
    data.series.forEach((series, index) => {
      const minutes = perSeries?.get(series.key) ?? 0;
      if (!minutes) return;
      const height = scale(hours(minutes));
      base -= height;
      segments.push({ key: series.key, index, label: series.label, minutes, y: base, height });
    });
    return { week, segments };
  });
}

/** Hours per week, one stacked bar per week with a segment per project (inline SVG). */
export function WeeklyHoursChart({ rows, from, to }: WeeklyHoursChartProps) {
  const id = useId();
  const weeks = weeksBetween(from, to);
  const data = weeklySeries(rows);
  const max = Math.max(0, ...weeks.map(w => hours(weekTotal(data.byWeek.get(w)))));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const band = PLOT.width / Math.max(weeks.length, 1);
  const barWidth = Math.max(2, band * 0.7);
  const scale = (h: number) => (PLOT.height * h) / top;
  const summary = summaryOf(data, weeks, from, to);

  return (
    <figure className="chart" aria-labelledby={`${id}-name`}>
      <figcaption className="chart__caption">
        <span className="chart__title" id={`${id}-name`}>
          Hours per week by project
        </span>
        <span className="chart__summary" id={`${id}-summary`}>
          {summary}
        </span>
      </figcaption>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <title id={`${id}-title`}>Hours per week by project</title>
        <ChartAxes ticks={ticks} weeks={weeks} />
        {stacksOf(data, weeks, scale).map(({ week, segments }, i) => (
          <g key={week}>
            {segments.map(segment => (
              <rect
                key={segment.key}
                className={`chart__fill chart__fill--${segment.index}`}
                x={CHART.left + band * i + (band - barWidth) / 2}
                y={segment.y}
                width={barWidth}
                height={segment.height}
              >
                <title>{`${formatDayMonth(week)}: ${segment.label}, ${formatMinutes(segment.minutes)}`}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-label="Projects">
        {data.series.map((series, s) => (
          <li key={series.key}>
            <span className={`chart-swatch chart-swatch--${s}`} aria-hidden="true" />
            {series.label} <span className="muted">{hoursText(series.minutes)}</span>
          </li>
        ))}
      </ul>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">Hours per week by project (hours:minutes)</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                {data.series.map(series => (
                  <th key={series.key} scope="col" className="table__number">
                    {series.label}
                  </th>
                ))}
                <th scope="col" className="table__number">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map(week => {
                const perSeries = data.byWeek.get(week);
                return (
                  <tr key={week}>
                    <th scope="row">{weekLabel(week)}</th>
                    {data.series.map(series => (
                      <td key={series.key} className="table__number">
                        {formatMinutes(perSeries?.get(series.key) ?? 0)}
                      </td>
                    ))}
                    <td className="table__number">{formatMinutes(weekTotal(perSeries))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
