/** A job entry as the `ticket_entries` view shows it. */
export interface JobEntry {
  entry_id: number;
  user_id: number;
  ticket_id: number;
  job_name: string | null;
  job_date: string;
  job_start_time: string | null;
  job_end_time: string | null;
  job_description: string | null;
  job_materials_needed: string | null;
  job_materials_used: string | null;
  job_access_needed: string | null;
  job_programming_changes: string | null;
  job_followup_required: boolean;
  job_changed_flag: boolean;
  created_at: string;
  updated_at: string;
}

export interface Ticket {
  ticket_id: number;
  ticket_number: string;
  building_id: number;
  status: 'open' | 'in_progress' | 'closed';
}

export interface Building {
  building_id: number;
  building_name: string;
}

export interface Device {
  device_id: number;
  building_id: number;
  device_name: string;
  device_type: string | null;
}

export type EditableEntryField = Exclude<
  keyof JobEntry,
  'entry_id' | 'user_id' | 'created_at' | 'updated_at' | 'job_changed_flag'
>;

export const entryKeys = {
  all: ['jobs'] as const,
  list: (page: number, search: string) => ['jobs', 'list', page, search] as const,
  one: (id: number) => ['jobs', 'entry', id] as const,
  devices: (id: number) => ['jobs', 'entry', id, 'devices'] as const,
  alerts: (id: number) => ['jobs', 'entry', id, 'alerts'] as const,
  history: (id: number) => ['jobs', 'entry', id, 'history'] as const,
};
