import type { NewEntry } from './entries';
import type { TicketChoice } from './ticket-choice';

/** What the new-job form holds while it is being filled in (kept in sessionStorage). */
export interface JobDraft {
  ticket: TicketChoice | null;
  job_name: string;
  job_date: string;
  job_start_time: string;
  job_end_time: string;
  job_description: string;
  job_materials_needed: string;
  job_materials_used: string;
  job_access_needed: string;
  job_programming_changes: string;
  job_followup_required: boolean;
  devices: number[];
}

export function emptyDraft(today: string): JobDraft {
  return {
    ticket: null,
    job_name: '',
    job_date: today,
    job_start_time: '',
    job_end_time: '',
    job_description: '',
    job_materials_needed: '',
    job_materials_used: '',
    job_access_needed: '',
    job_programming_changes: '',
    job_followup_required: false,
    devices: [],
  };
}

export type DraftErrors = Partial<Record<keyof JobDraft, string>>;

/** The form's own checks, before anything is sent (the database checks again). */
export function checkDraft(draft: JobDraft): DraftErrors {
  const found: DraftErrors = {};
  if (!draft.ticket) found.ticket = 'Choose a ticket or type a new ticket number.';
  else if (draft.ticket.kind === 'new' && draft.ticket.buildingId === null) {
    found.ticket = `Choose the building of new ticket #${draft.ticket.ticketNumber}.`;
  }
  if (!draft.job_name.trim()) found.job_name = 'Give the job a name.';
  if (!draft.job_date) found.job_date = 'Enter the date of the job.';
  if (draft.job_end_time && !draft.job_start_time)
    found.job_start_time = 'Enter the start time too.';
  return found;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The row to POST: empty text becomes null, so no empty field raises a job alert. */
export function entryFromDraft(draft: JobDraft, ticketId: number): NewEntry {
  return {
    ticket_id: ticketId,
    job_name: draft.job_name.trim(),
    job_date: draft.job_date,
    job_start_time: draft.job_start_time || null,
    job_end_time: draft.job_end_time || null,
    job_description: orNull(draft.job_description),
    job_materials_needed: orNull(draft.job_materials_needed),
    job_materials_used: orNull(draft.job_materials_used),
    job_access_needed: orNull(draft.job_access_needed),
    job_programming_changes: orNull(draft.job_programming_changes),
    job_followup_required: draft.job_followup_required,
  };
}
