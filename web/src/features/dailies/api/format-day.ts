import {
  decimalHours,
  durationMinutes,
  formatDate,
  formatHours,
  formatTime,
} from '../../../lib/time';
import type { DayItem } from './get-day';

export interface DayTotals {
  jobs: number;
  tasks: number;
  total: number;
}

/** Minutes worked on jobs, on tasks and altogether. */
export function dayTotals(items: DayItem[]): DayTotals {
  let jobs = 0;
  let tasks = 0;
  for (const item of items) {
    const minutes = durationMinutes(item.start, item.end);
    if (item.kind === 'job') jobs += minutes;
    else tasks += minutes;
  }
  return { jobs, tasks, total: jobs + tasks };
}

/** The day as plain text for pasting into an email or a timesheet. */
export function formatDayAsText(alias: string, date: string, items: DayItem[]): string {
  const totals = dayTotals(items);
  const lines = [`Daily for ${alias} — ${formatDate(date)}`, ''];
  if (items.length === 0) lines.push('Nothing logged.');
  for (const item of items) {
    const time = item.start ? `${formatTime(item.start)}–${formatTime(item.end)}` : 'no time';
    const minutes = durationMinutes(item.start, item.end);
    const where =
      item.kind === 'job'
        ? ` [#${item.ticketNumber ?? '?'}${item.buildingName ? `, ${item.buildingName}` : ''}]`
        : ' [task]';
    const flags = item.followup ? ' (follow-up required)' : '';
    lines.push(`${time}  ${item.name}${where}  ${decimalHours(minutes)} h${flags}`);
  }
  lines.push(
    '',
    `Jobs: ${formatHours(totals.jobs)} · Tasks: ${formatHours(totals.tasks)} · Total: ${formatHours(totals.total)} (${decimalHours(totals.total)} h)`,
  );
  return lines.join('\n');
}
