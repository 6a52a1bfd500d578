import { formatMinutes } from '@horae/shared/time';
import { useId } from 'react';
import { formatDate, formatDayMonth } from '../../components/dates';
import { ChartAxes } from './ChartAxes';
import { CHART, hours, hoursText, niceTicks, PLOT, weeksBetween } from './chart-scale';
import { weekLabel } from './report-columns';

type BudgetBurnChartProps = {
  projectName: string;
  budgetMinutes: number;
  /** Minutes per week (Monday) in the period. */
  weekly: ReadonlyMap<string, number>;
  /** Minutes before the period: they count against the budget too. */
  before: number;
  from: string;
  to: string;
};

type Point = { week: string; minutes: number; used: number };

function pointsOf(weeks: readonly string[], weekly: ReadonlyMap<string, number>, before: number) {
  let used = before;
  return weeks.map((week): Point => {
    const minutes = weekly.get(week) ?? 0;
    used += minutes;
    return { week, minutes, used };
  });
}

function summaryOf(name: string, budget: number, used: number, to: string): string {
  const share = budget ? Math.round((used / budget) * 100) : 0;
  const state =
    used > budget
      ? `${hoursText(used - budget)} over budget.`
      : `${hoursText(budget - used)} of the budget remain.`;
  return `${name} had used ${hoursText(used)} of its ${hoursText(budget)} budget (${share}%) by ${formatDate(to)}: ${state}`;
}

/** Cumulative hours per week against the time budget (a line chart in inline SVG). */
export function BudgetBurnChart({
  projectName,
  budgetMinutes,
  weekly,
  before,
  from,
  to,
}: BudgetBurnChartProps) {
  const id = useId();
  const weeks = weeksBetween(from, to);
  const points = pointsOf(weeks, weekly, before);
  const used = points[points.length - 1]?.used ?? before;
  const ticks = niceTicks(Math.max(hours(budgetMinutes), hours(used)) * 1.05);
  const top = ticks[ticks.length - 1] ?? 1;
  const band = PLOT.width / Math.max(weeks.length, 1);
  const x = (i: number) => CHART.left + band * (i + 0.5);
  const y = (minutes: number) => CHART.top + PLOT.height * (1 - hours(minutes) / top);
  const budgetY = y(budgetMinutes);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.used).toFixed(1)}`).join(' ');
  const baseline = CHART.top + PLOT.height;
  const area = points.length
    ? `${x(0).toFixed(1)},${baseline} ${line} ${x(points.length - 1).toFixed(1)},${baseline}`
    : '';
  const summary = summaryOf(projectName, budgetMinutes, used, to);

  return (
    <figure className="chart" aria-labelledby={`${id}-name`}>
      <figcaption className="chart__caption">
        <span className="chart__title" id={`${id}-name`}>
          Budget burn-down: {projectName}
        </span>
        <span className="chart__summary" id={`${id}-summary`}>
          {summary}
          {before ? ` ${hoursText(before)} were used before ${formatDate(from)}.` : ''}
        </span>
      </figcaption>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        <title id={`${id}-title`}>{`Budget burn-down of ${projectName}`}</title>
        <ChartAxes ticks={ticks} weeks={weeks} />
        {area ? <polygon className="chart__area" points={area} /> : null}
        <line
          className="chart__budget"
          x1={CHART.left}
          x2={CHART.left + PLOT.width}
          y1={budgetY}
          y2={budgetY}
        />
        <text
          className="chart__label chart__label--budget"
          x={CHART.left + PLOT.width}
          y={budgetY - 6}
          textAnchor="end"
        >
          Budget {hoursText(budgetMinutes)}
        </text>
        <polyline className="chart__line" points={line} />
        {points.map((p, i) => (
          <circle
            key={p.week}
            className={p.used > budgetMinutes ? 'chart__dot chart__dot--over' : 'chart__dot'}
            cx={x(i)}
            cy={y(p.used)}
            r={3}
          >
            <title>{`${formatDayMonth(p.week)}: ${hoursText(p.used)} used`}</title>
          </circle>
        ))}
      </svg>
      <ul className="chart-legend" aria-label="Lines">
        <li>
          <span className="chart-swatch chart-swatch--line" aria-hidden="true" />
          Hours used so far
        </li>
        <li>
          <span className="chart-swatch chart-swatch--budget" aria-hidden="true" />
          Time budget
        </li>
      </ul>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">
              Hours per week and used so far (hours:minutes)
            </caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col" className="table__number">
                  Hours
                </th>
                <th scope="col" className="table__number">
                  Used so far
                </th>
                <th scope="col" className="table__number">
                  Left of budget
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map(p => (
                <tr key={p.week}>
                  <th scope="row">{weekLabel(p.week)}</th>
                  <td className="table__number">{formatMinutes(p.minutes)}</td>
                  <td className="table__number">{formatMinutes(p.used)}</td>
                  <td className="table__number">{formatMinutes(budgetMinutes - p.used)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
