import type { ApiRow } from '../../../lib/offline/outbox-types';

/** How the conflict chooser names the fields of jobs and tasks. */
const LABELS: Record<string, string> = {
  job_name: 'Job name',
  job_date: 'Date',
  job_start_time: 'Start time',
  job_end_time: 'End time',
  job_description: 'Description',
  job_materials_needed: 'Materials needed',
  job_materials_used: 'Materials used',
  job_access_needed: 'Access needed',
  job_programming_changes: 'Programming changes',
  job_followup_required: 'Follow-up required',
  ticket_id: 'Ticket',
  misc_name: 'Task',
  misc_start_date: 'Date',
  misc_start_time: 'Start time',
  misc_end_time: 'End time',
};

export function fieldLabel(field: string): string {
  return LABELS[field] ?? field.replace(/_/g, ' ');
}

/** A value as the person reads it; times lose their seconds, empty shows as such. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value);
  return /^\d{2}:\d{2}:\d{2}$/.test(text) ? text.slice(0, 5) : text;
}

/** Same value, whatever the format (the server writes times with seconds). */
export function sameValue(a: unknown, b: unknown): boolean {
  return showValue(a) === showValue(b);
}

/** The fields of my edit with my value, the server's now, and whether they differ. */
export function compareFields(patch: ApiRow, theirs: ApiRow) {
  return Object.keys(patch).map((field) => ({
    field,
    mine: patch[field],
    theirs: theirs[field],
    differs: !sameValue(patch[field], theirs[field]),
  }));
}
