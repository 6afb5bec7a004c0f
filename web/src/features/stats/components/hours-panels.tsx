import { useMemo } from 'react';
import type { DateRange } from '../api/date-range';
import { type Scope, useStat } from '../api/get-stats';
import {
  fillDays,
  formatDecimal,
  type HoursPoint,
  memberPoints,
  sumHours,
  weekPoints,
  workedDays,
} from '../api/shape-stats';
import { BarChart } from './bar-chart';
import { type Column, FigurePanel } from './figure-panel';

const HOURS_COLUMNS = (first: string): Column<HoursPoint>[] => [
  { header: first, cell: (p) => p.label },
  { header: 'Jobs (h)', cell: (p) => formatDecimal(p.jobs), numeric: true },
  { header: 'Tasks (h)', cell: (p) => formatDecimal(p.tasks), numeric: true },
  { header: 'Total (h)', cell: (p) => formatDecimal(sumHours([p]).total), numeric: true },
];

function HoursChart({ points, description }: { points: HoursPoint[]; description: string }) {
  const { labels, series } = useMemo(
    () => ({
      labels: points.map((p) => p.label),
      series: [
        { label: 'Jobs (h)', data: points.map((p) => p.jobs) },
        { label: 'Tasks (h)', data: points.map((p) => p.tasks) },
      ],
    }),
    [points],
  );
  return <BarChart labels={labels} series={series} description={description} stacked />;
}

/** Total hours over the range, and hours per day, as a chart and a table. */
export function HoursPerDay({ range, scope }: { range: DateRange; scope: Scope }) {
  const query = useStat('stats_hours_by_day', range, scope);
  const points = useMemo(() => fillDays(query.data ?? [], range), [query.data, range]);
  const worked = useMemo(() => workedDays(points), [points]);
  const totals = sumHours(worked);
  return (
    <>
      <dl className="row mb-3" aria-label="Hours in this range">
        {(['jobs', 'tasks', 'total'] as const).map((key) => (
          <div className="col-4" key={key}>
            <dt className="small text-capitalize">
              {key === 'total' ? 'Total hours' : `${key} hours`}
            </dt>
            <dd className="total-figure m-0" data-testid={`stats-${key}-hours`}>
              {query.isPending ? '…' : formatDecimal(totals[key])}
            </dd>
          </div>
        ))}
      </dl>
      <FigurePanel
        title="Hours per day"
        query={query}
        rows={worked}
        columns={HOURS_COLUMNS('Day')}
        rowKey={(p) => p.key}
        rowHeader={(p) => p.label}
        chart={<HoursChart points={points} description="Bar chart of job and task hours per day" />}
      />
    </>
  );
}

export function HoursPerWeek({ range, scope }: { range: DateRange; scope: Scope }) {
  const query = useStat('stats_hours_by_week', range, scope);
  const points = useMemo(() => weekPoints(query.data ?? []), [query.data]);
  return (
    <FigurePanel
      title="Hours per week"
      query={query}
      rows={points}
      columns={HOURS_COLUMNS('Week')}
      rowKey={(p) => p.key}
      rowHeader={(p) => p.label}
      chart={<HoursChart points={points} description="Bar chart of job and task hours per week" />}
    />
  );
}

export function HoursPerMember({ range }: { range: DateRange }) {
  const query = useStat('stats_hours_by_member', range, null);
  const points = useMemo(() => memberPoints(query.data ?? []), [query.data]);
  return (
    <FigurePanel
      title="Hours per member"
      query={query}
      rows={points}
      columns={HOURS_COLUMNS('Member')}
      rowKey={(p) => p.key}
      rowHeader={(p) => p.label}
      chart={
        <HoursChart points={points} description="Bar chart of job and task hours per team member" />
      }
    />
  );
}
