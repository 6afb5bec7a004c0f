import type { ImportDraft } from './types';

export type DraftField =
  | 'ticket_number'
  | 'building_id'
  | 'job_name'
  | 'job_date'
  | 'job_start_time';
export type DraftProblems = Partial<Record<DraftField, string>>;

/**
 * What must be fixed before a draft can be confirmed. The server checks again; these
 * checks only spare a round trip and say where the problem is. A draft whose ticket
 * exists already came with that ticket's building.
 */
export function checkImportDraft(draft: ImportDraft): DraftProblems {
  const found: DraftProblems = {};
  if (!draft.ticket_number?.trim()) found.ticket_number = 'Enter the ticket number.';
  if (draft.building_id === null) found.building_id = 'Choose the building.';
  if (!draft.job_name.trim()) found.job_name = 'Give the job a name.';
  if (!draft.job_date) found.job_date = 'Enter the date of the job.';
  if (draft.job_end_time && !draft.job_start_time)
    found.job_start_time = 'Enter the start time too.';
  return found;
}

/** The drafts as the server expects them: trimmed text, empty times as null. */
export function draftsToConfirm(drafts: ImportDraft[]): ImportDraft[] {
  return drafts.map((draft) => ({
    ...draft,
    ticket_number: draft.ticket_number?.trim() ?? null,
    job_name: draft.job_name.trim(),
    job_start_time: draft.job_start_time || null,
    job_end_time: draft.job_end_time || null,
  }));
}
