/** What the calendars read: just the columns an event needs. */

export type ItemKind = 'entry' | 'task';

/** A `ticket_entries` row, trimmed to the calendar's columns. */
export interface EntryRow {
  entry_id: number;
  user_id: number;
  job_name: string | null;
  job_date: string;
  job_start_time: string | null;
  job_end_time: string | null;
}

/** A `ticket_misc_entries` row, trimmed to the calendar's columns. */
export interface TaskRow {
  entry_id: number;
  user_id: number;
  misc_name: string | null;
  misc_start_date: string;
  misc_start_time: string | null;
  misc_end_time: string | null;
}

/** A `team_activity` row: who worked where and when, never the job's details. */
export interface ActivityRow {
  kind: ItemKind;
  item_id: number;
  user_id: number;
  alias: string;
  color: string | null;
  work_date: string;
  start_time: string | null;
  end_time: string | null;
  ticket_number: string | null;
  building_id: number | null;
  building_name: string | null;
}

/** A person of the team directory (`users`). */
export interface Person {
  user_id: number;
  alias: string;
  name: string | null;
  user_preferred_color: string | null;
  user_is_active: boolean;
}

export interface BuildingOption {
  building_id: number;
  building_name: string;
}

export const calendarKeys = {
  all: ['calendar'] as const,
  mine: (userId: number | null, from: string, to: string) =>
    ['calendar', 'mine', userId, from, to] as const,
  team: (from: string, to: string, person: number | null, building: number | null) =>
    ['calendar', 'team', from, to, person, building] as const,
  people: ['calendar', 'people'] as const,
  buildings: ['calendar', 'buildings'] as const,
};
