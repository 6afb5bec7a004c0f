import { durationMinutes } from '../../../lib/time';
import type { ActivityRow } from './activity';

export interface HoursBy {
  key: string;
  minutes: number;
  items: number;
}

/** Minutes per ticket or per building, largest first; tasks count under "Misc tasks". */
export function hoursBy(rows: ActivityRow[], by: 'ticket' | 'building'): HoursBy[] {
  const totals = new Map<string, HoursBy>();
  for (const row of rows) {
    const key =
      row.kind === 'task'
        ? 'Misc tasks'
        : by === 'ticket'
          ? `#${row.ticket_number ?? '?'}`
          : (row.building_name ?? 'Unknown building');
    const current = totals.get(key) ?? { key, minutes: 0, items: 0 };
    current.minutes += durationMinutes(row.start_time, row.end_time);
    current.items += 1;
    totals.set(key, current);
  }
  return [...totals.values()].sort((a, b) => b.minutes - a.minutes || a.key.localeCompare(b.key));
}

export function totalMinutes(rows: ActivityRow[]): number {
  return rows.reduce((sum, row) => sum + durationMinutes(row.start_time, row.end_time), 0);
}
