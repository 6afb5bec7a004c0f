import { type DayTotals, dayTotals } from './format-day';
import type { DayItem } from './get-day';

/** A row of the `team_activity` view for one date: who worked where and when. */
export interface TeamActivityRow {
  kind: 'entry' | 'task';
  item_id: number;
  user_id: number;
  alias: string;
  color: string;
  start_time: string | null;
  end_time: string | null;
  ticket_number: string | null;
  building_name: string | null;
  followup_required: boolean;
}

/** Names of the jobs and tasks the reader may open (their own; a manager's: everyone's). */
export interface ReadableNames {
  jobs: Map<number, { name: string | null; changed: boolean }>;
  tasks: Map<number, string | null>;
}

export interface TeamDayItem extends DayItem {
  /** Whether the reader may open the item (and so sees its name). */
  readable: boolean;
}

export interface MemberOfDay {
  userId: number;
  alias: string;
  color: string;
  items: TeamDayItem[];
  totals: DayTotals;
}

function toItem(row: TeamActivityRow, names: ReadableNames): TeamDayItem {
  if (row.kind === 'entry') {
    const job = names.jobs.get(row.item_id);
    return {
      kind: 'job',
      id: row.item_id,
      name: job ? (job.name ?? 'Untitled job') : 'Job',
      start: row.start_time,
      end: row.end_time,
      ticketNumber: row.ticket_number,
      buildingName: row.building_name,
      followup: row.followup_required,
      changed: job?.changed ?? false,
      readable: job !== undefined,
    };
  }
  const readable = names.tasks.has(row.item_id);
  return {
    kind: 'task',
    id: row.item_id,
    name: readable ? (names.tasks.get(row.item_id) ?? 'Untitled task') : 'Task',
    start: row.start_time,
    end: row.end_time,
    ticketNumber: null,
    buildingName: null,
    followup: false,
    changed: false,
    readable,
  };
}

/** The team's day per member (by alias), each member's items in time order, with totals. */
export function teamDay(rows: TeamActivityRow[], names: ReadableNames): MemberOfDay[] {
  const members = new Map<number, MemberOfDay>();
  for (const row of rows) {
    let member = members.get(row.user_id);
    if (!member) {
      member = {
        userId: row.user_id,
        alias: row.alias,
        color: row.color,
        items: [],
        totals: dayTotals([]),
      };
      members.set(row.user_id, member);
    }
    member.items.push(toItem(row, names));
  }
  return [...members.values()]
    .map((m) => {
      const items = m.items.sort((a, b) => (a.start ?? '99').localeCompare(b.start ?? '99'));
      return { ...m, items, totals: dayTotals(items) };
    })
    .sort((a, b) => a.alias.localeCompare(b.alias));
}
