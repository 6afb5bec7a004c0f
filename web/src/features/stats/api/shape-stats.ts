import { addDays, formatDate } from '../../../lib/time';
import type { DateRange } from './date-range';

// The API sends numeric and bigint columns as numbers or as strings, depending on size.
export type Num = number | string;

export interface DayHoursRow {
  work_date: string;
  entry_hours: Num;
  task_hours: Num;
}
export interface WeekHoursRow {
  week_start: string;
  entry_hours: Num;
  task_hours: Num;
}
export interface MemberHoursRow {
  user_id: number;
  alias: string;
  color: string;
  entry_hours: Num;
  task_hours: Num;
}
export interface BuildingRow {
  building_id: number;
  building_name: string;
  entries: Num;
  hours: Num;
}
export interface DeviceTypeRow {
  device_type: string;
  entries: Num;
}
export interface FollowupRow {
  day: string;
  opened: Num;
  closed: Num;
}
export interface AlertRow {
  alert_type: string;
  raised: Num;
  resolved: Num;
}

export interface HoursPoint {
  key: string;
  label: string;
  jobs: number;
  tasks: number;
}

export function toNumber(value: Num | null | undefined): number {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** "3.5" → "3.50": hours as the database rounds them, for tables and totals. */
export function formatDecimal(hours: number): string {
  return hours.toFixed(2);
}

/** Every day of the range, with zero on days nobody logged anything (a chart needs the gaps). */
export function fillDays(rows: DayHoursRow[], range: DateRange): HoursPoint[] {
  const byDate = new Map(rows.map((r) => [r.work_date.slice(0, 10), r]));
  const points: HoursPoint[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const row = byDate.get(day);
    points.push({
      key: day,
      label: formatDate(day),
      jobs: toNumber(row?.entry_hours),
      tasks: toNumber(row?.task_hours),
    });
  }
  return points;
}

/** Only the days with work, for the table beside the chart. */
export function workedDays(points: HoursPoint[]): HoursPoint[] {
  return points.filter((p) => p.jobs !== 0 || p.tasks !== 0);
}

export function weekPoints(rows: WeekHoursRow[]): HoursPoint[] {
  return rows.map((r) => ({
    key: r.week_start.slice(0, 10),
    label: `Week of ${formatDate(r.week_start.slice(0, 10))}`,
    jobs: toNumber(r.entry_hours),
    tasks: toNumber(r.task_hours),
  }));
}

export function memberPoints(rows: MemberHoursRow[]): HoursPoint[] {
  return rows.map((r) => ({
    key: String(r.user_id),
    label: r.alias,
    jobs: toNumber(r.entry_hours),
    tasks: toNumber(r.task_hours),
  }));
}

/** Jobs, tasks and both over a list of points, summed in hundredths to avoid float drift. */
export function sumHours(points: HoursPoint[]): { jobs: number; tasks: number; total: number } {
  let jobs = 0;
  let tasks = 0;
  for (const p of points) {
    jobs += Math.round(p.jobs * 100);
    tasks += Math.round(p.tasks * 100);
  }
  return { jobs: jobs / 100, tasks: tasks / 100, total: (jobs + tasks) / 100 };
}

const ALERT_TYPE_LABELS: Record<string, string> = {
  job: 'Job',
  security: 'Security',
  system: 'System',
  site: 'Site-wide',
};

export function alertTypeLabel(type: string): string {
  return ALERT_TYPE_LABELS[type] ?? type;
}
